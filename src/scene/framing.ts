import { type Box3, Sphere } from 'three';
import type { RegionId } from '../content/regionIds';
import type { ViewPreset } from '../state/urlState';
import { bestView, type SurfaceSample, sampleSurface, TriangleGrid } from './bestView';
import type { RegionSkin } from './skin/regionSkin';

// Camera azimuths (around the vertical axis, 0 = in front). The person's left is +x.
export const VIEW_AZIMUTH: Record<ViewPreset, number> = {
  front: 0,
  back: Math.PI,
  left: Math.PI / 2,
  right: -Math.PI / 2,
};

// Small regions (a wrist) still get some body around them, so people keep their bearings.
const MIN_FOCUS_RADIUS = 0.28;
// The scene camera's vertical field of view (BodyScene), to know how far away a framing stands.
const CAMERA_FOV = (30 * Math.PI) / 180;
// Skin samples per focus: plenty to tell what shows, few enough to rate ~100 directions at once.
const SAMPLES_PER_FOCUS = 96;
const MIN_SAMPLES_PER_REGION = 16;

/**
 * Points to frame besides the regions (the comparison's markers), in groups that each count like
 * one region when the view is chosen; `key` names them for the cache.
 */
export interface ExtraFocus {
  key: string;
  groups: SurfaceSample[][];
}

export interface Framing {
  sphere: Sphere;
  /** Camera azimuth, around the vertical axis (0 = in front, π/2 = the person's left). */
  azimuth: number;
  /** Camera polar angle (0 = from straight above, π/2 = level, above π/2 = from below). */
  polar: number;
}

/** Evenly spread points of each region's skin, with the way each faces (world space). */
export function sampleRegions<Id extends string>(
  skin: RegionSkin<Id>,
  ids: readonly Id[],
  perRegion: number,
) {
  return ids.map((id) => sampleSurface(skin.triangles(id), perRegion));
}

// The body and its layers do not move: each one's occlusion grid and each focus's framing are
// worked out once.
const caches = new WeakMap<RegionSkin<string>, { grid: TriangleGrid; framings: Map<string, Framing> }>();

function bodyCache(skin: RegionSkin<string>) {
  let cache = caches.get(skin);
  if (!cache) {
    cache = { grid: new TriangleGrid(skin.triangles('all')), framings: new Map() };
    caches.set(skin, cache);
  }
  return cache;
}

/** The sphere a focus's box is framed by: a little room around it, and never too close. */
export function focusSphere(box: Box3): Sphere {
  const sphere = box.getBoundingSphere(new Sphere());
  sphere.radius = Math.max(sphere.radius * 1.15, MIN_FOCUS_RADIUS);
  return sphere;
}

/**
 * The sphere to fit around some regions and the direction to look from: the one (of about a
 * hundred around the body, above and below) from which most of their skin faces the camera with no
 * other part of the body in front of it.
 *
 * Regions on both sides or front and back (a condition) get one view, not a tour: a person who
 * chose a condition expects to see it at once and can turn the body. That view shows some of each
 * region (each counts the same, and a view that leaves one out scores low). Where mirrored sides
 * face apart and no view shows both (the outer thighs of iliotibial band syndrome), it shows one
 * side well: the other side is its mirror image. Worked out once per focus (tens of ms) and kept.
 */
export function frameRegions<Id extends string = RegionId>(
  skin: RegionSkin<Id>,
  regionIds: readonly Id[],
  extra?: ExtraFocus,
): Framing | null {
  const ids = regionIds.filter((id) => skin.triangles(id).length > 0);
  const extraGroups = extra?.groups.filter((group) => group.length > 0) ?? [];
  if (ids.length === 0 && extraGroups.length === 0) return null;
  const { grid, framings } = bodyCache(skin as unknown as RegionSkin<string>);
  const key = extraGroups.length > 0 ? `${ids.join(' ')}+${extra?.key}` : ids.join(' ');
  const known = framings.get(key);
  if (known) return { sphere: known.sphere.clone(), azimuth: known.azimuth, polar: known.polar };

  const box = skin.box(ids);
  for (const { point } of extraGroups.flat()) box.expandByPoint(point);
  const sphere = focusSphere(box);
  const groupCount = ids.length + extraGroups.length;
  const perRegion = Math.max(MIN_SAMPLES_PER_REGION, Math.floor(SAMPLES_PER_FOCUS / groupCount));
  const distance = sphere.radius / Math.sin(CAMERA_FOV / 2);
  const groups = [...sampleRegions(skin, ids, perRegion), ...extraGroups];
  const { azimuth, polar } = bestView(groups, sphere.center, distance, grid);
  const framing = { sphere, azimuth, polar };
  framings.set(key, framing);
  return { sphere: sphere.clone(), azimuth, polar };
}

/**
 * Framing for some parts beneath the skin (a muscle, a condition's muscles): as for regions, with
 * the parts' own layer as what may stand in front of them (the skin is see-through by then).
 * Parts of other layers count as extra groups. Null until a part's layer has arrived.
 */
export function frameParts(
  parts: readonly { layer: string; id: string }[],
  layerSkin: (layer: string) => RegionSkin<string> | undefined,
): Framing | null {
  const first = parts[0];
  if (!first) return null;
  const main = layerSkin(first.layer);
  if (!main || parts.some((p) => !layerSkin(p.layer))) return null;
  const own = parts.filter((p) => p.layer === first.layer).map((p) => p.id);
  const others = parts.filter((p) => p.layer !== first.layer);
  const extra: ExtraFocus | undefined =
    others.length > 0
      ? {
          key: others.map((p) => `${p.layer}:${p.id}`).join(' '),
          groups: others.map((p) =>
            sampleSurface(layerSkin(p.layer)?.triangles(p.id) ?? [], MIN_SAMPLES_PER_REGION),
          ),
        }
      : undefined;
  return frameRegions(main, own, extra);
}

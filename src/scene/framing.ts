import { Sphere } from 'three';
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
export function sampleRegions(skin: RegionSkin, ids: readonly RegionId[], perRegion: number) {
  return ids.map((id) => sampleSurface(skin.triangles(id), perRegion));
}

// The body does not move: its occlusion grid and each focus's framing are worked out once.
let cache: { skin: RegionSkin; grid: TriangleGrid; framings: Map<string, Framing> } | null = null;

function bodyCache(skin: RegionSkin) {
  if (cache?.skin !== skin)
    cache = { skin, grid: new TriangleGrid(skin.triangles('all')), framings: new Map() };
  return cache;
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
export function frameRegions(
  skin: RegionSkin,
  regionIds: readonly RegionId[],
  extra?: ExtraFocus,
): Framing | null {
  const ids = regionIds.filter((id) => skin.triangles(id).length > 0);
  const extraGroups = extra?.groups.filter((group) => group.length > 0) ?? [];
  if (ids.length === 0 && extraGroups.length === 0) return null;
  const { grid, framings } = bodyCache(skin);
  const key = extraGroups.length > 0 ? `${ids.join(' ')}+${extra?.key}` : ids.join(' ');
  const known = framings.get(key);
  if (known) return { sphere: known.sphere.clone(), azimuth: known.azimuth, polar: known.polar };

  const box = skin.box(ids);
  for (const { point } of extraGroups.flat()) box.expandByPoint(point);
  const sphere = box.getBoundingSphere(new Sphere());
  sphere.radius = Math.max(sphere.radius * 1.15, MIN_FOCUS_RADIUS);
  const groupCount = ids.length + extraGroups.length;
  const perRegion = Math.max(MIN_SAMPLES_PER_REGION, Math.floor(SAMPLES_PER_FOCUS / groupCount));
  const distance = sphere.radius / Math.sin(CAMERA_FOV / 2);
  const groups = [...sampleRegions(skin, ids, perRegion), ...extraGroups];
  const { azimuth, polar } = bestView(groups, sphere.center, distance, grid);
  const framing = { sphere, azimuth, polar };
  framings.set(key, framing);
  return { sphere: sphere.clone(), azimuth, polar };
}

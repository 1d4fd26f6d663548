import { Box3, Vector3 } from 'three';
import type { PartRef } from '../../state/anatomySlice';
import {
  candidateDirections,
  directionVector,
  FACING_MIN,
  type SurfaceSample,
  sampleSurface,
  type ViewDirection,
} from '../bestView';
import { type Framing, focusSphere } from '../framing';
import { layerRegistry } from '../layers/layerRegistry';

// Where the camera looks from in the segmental view: the spine levels and the limb's muscles in
// one frame. Everything but them is a ghost or see-through, so what matters is that the lit
// muscles face the camera and that the spine is seen from behind (its labels and the needle sites
// beside it are on the back); a level view rather than from high above or below.

const SAMPLES_PER_PART = 24;
/** How much seeing the spine from straight behind counts, against the muscles facing the camera. */
const BACK_PREFERENCE = 0.45;
/** With a chosen level the skin band matters most: the back counts less. */
const LEVEL_BACK_PREFERENCE = 0.15;
const NOT_BEHIND = 0.05;
/** How much a tilted view counts against (per radian off level). */
const TILT_PENALTY = 0.3;
const DEG = Math.PI / 180;
const POLAR_RANGE = [65 * DEG, 110 * DEG] as const;

const toEye = new Vector3();

/** The side of the body a direction looks at (+1 the left, -1 the right), or 0 from the front or back. */
const nearSideOf = (azimuth: number) => {
  const side = Math.sin(azimuth);
  return Math.abs(side) < SIDE_VIEW_MIN ? 0 : Math.sign(side);
};

/** Share of the samples (those on the near side, from a side) that face a direction. */
function facingShare(samples: readonly SurfaceSample[], direction: Vector3, side: number): number {
  let facing = 0;
  let counted = 0;
  for (const { point, normal } of samples) {
    if (side !== 0 && point.x * side < -MIDLINE) continue;
    counted++;
    if (normal.dot(direction) > FACING_MIN) facing++;
  }
  return counted > 0 ? facing / counted : 0;
}

/**
 * Rates a direction: the lit parts facing it (paired parts: the near one, from a side; its mirror
 * image is the same), the back of the body facing it as much as `back` says (negative: the front
 * preferred), a level view.
 */
export function rateSegmentView(
  direction: ViewDirection,
  parts: readonly (readonly SurfaceSample[])[],
  back: number,
): number {
  const d = directionVector(direction, toEye);
  const side = nearSideOf(direction.azimuth);
  const facing =
    parts.length > 0 ? parts.reduce((sum, g) => sum + facingShare(g, d, side), 0) / parts.length : 0;
  // The back of the body faces -z: from behind, d.z is -1.
  return facing + back * Math.max(0, -d.z) - TILT_PENALTY * Math.abs(direction.polar - Math.PI / 2);
}

/** Below this (sine of the azimuth) a view is from the front or back and frames both sides. */
const SIDE_VIEW_MIN = 0.25;
/** How far past the midline (metres) a point still counts as on the near side. */
const MIDLINE = 0.02;

const LABEL_ROOM = new Vector3(0, 0.06, 0);
const corner = new Vector3();

/** Grows a box by the triangles' corners on one side of the body (+1 the left, -1 the right, 0 both). */
function expandByTriangles(box: Box3, tris: Float32Array, side: number) {
  for (let i = 0; i + 3 <= tris.length; i += 3) {
    corner.fromArray(tris, i);
    if (side === 0 || corner.x * side >= -MIDLINE) box.expandByPoint(corner);
  }
}

const cache = new Map<string, Framing>();

/** What the segmental view frames. */
export interface SegmentFocus {
  /** The parts: vertebrae (the spine), muscles and nerves (the limb). */
  parts: readonly PartRef[];
  /** The needle sites' places. */
  markers?: readonly SurfaceSample[];
  /** A chosen level's skin band (spread samples of it): the view is chosen to show it. */
  band?: { level: string; samples: readonly SurfaceSample[] } | null;
}

/**
 * The framing of the view: spine, limb, needle sites and skin band in one frame, from the side
 * that shows them best; null until every layer the parts are on has arrived.
 */
export function segmentFraming({ parts: focus, markers = [], band = null }: SegmentFocus): Framing | null {
  if (focus.length === 0) return null;
  const key = `${focus.map((p) => `${p.layer}:${p.id}`).join(' ')}+${markers.length}+${band?.level ?? ''}`;
  const known = cache.get(key);
  if (known) return { ...known, sphere: known.sphere.clone() };
  const spine: Float32Array[] = [];
  const limb: Float32Array[] = [];
  for (const part of focus) {
    const layer = layerRegistry.get(part.layer);
    if (!layer) return null;
    const tris = layer.skin.triangles(part.id);
    if (tris.length > 0) (part.layer === 'skeleton' ? spine : limb).push(tris);
  }
  // The vertebrae face every way: the spine counts by the side it is seen from instead. With no
  // spine (the jaw), a view from behind loses a tie: a face is known from the front.
  const back = spine.length === 0 ? -NOT_BEHIND : band ? LEVEL_BACK_PREFERENCE : BACK_PREFERENCE;
  // A chosen level's view is rated by its skin band alone: its muscles (many of them on the back,
  // for most levels) are in the frame, but the band is what the view is for.
  const bandSamples = band?.samples ?? [];
  const groups =
    bandSamples.length > 0 ? [bandSamples] : limb.map((tris) => sampleSurface(tris, SAMPLES_PER_PART));
  let best: ViewDirection | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const direction of candidateDirections()) {
    if (direction.polar < POLAR_RANGE[0] || direction.polar > POLAR_RANGE[1]) continue;
    const score = rateSegmentView(direction, groups, back);
    if (score > bestScore + 1e-9) {
      bestScore = score;
      best = direction;
    }
  }
  if (!best) return null;
  // Paired parts are mirror images: seen from one side, the near one is framed (closer, larger).
  const nearSide = nearSideOf(best.azimuth);
  const box = new Box3();
  for (const tris of spine) expandByTriangles(box, tris, 0);
  // A level's muscles can run the length of the back (erector spinae): its band and vertebra
  // are framed, its muscles are seen where they lie between them.
  if (bandSamples.length === 0) for (const tris of limb) expandByTriangles(box, tris, nearSide);
  for (const { point } of [...markers, ...bandSamples])
    if (point.x * nearSide >= -MIDLINE) box.expandByPoint(point);
  if (box.isEmpty()) return null;
  // Room above and below for the label column, which may reach past the levels it names.
  box.expandByVector(LABEL_ROOM);
  const framing: Framing = { sphere: focusSphere(box), azimuth: best.azimuth, polar: best.polar };
  cache.set(key, framing);
  return { ...framing, sphere: framing.sphere.clone() };
}

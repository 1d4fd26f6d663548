import { Box3, type Sphere, Vector3 } from 'three';
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
/** How much a tilted view counts against (per radian off level). */
const TILT_PENALTY = 0.3;
const DEG = Math.PI / 180;
const POLAR_RANGE = [65 * DEG, 110 * DEG] as const;

const toEye = new Vector3();

/** Share of the samples that face a direction. */
function facingShare(samples: readonly SurfaceSample[], direction: Vector3): number {
  if (samples.length === 0) return 0;
  let facing = 0;
  for (const { normal } of samples) if (normal.dot(direction) > FACING_MIN) facing++;
  return facing / samples.length;
}

/** Rates a direction: the lit parts facing it, the spine seen from behind, a level view. */
export function rateSegmentView(
  direction: ViewDirection,
  parts: readonly SurfaceSample[][],
  hasSpine: boolean,
): number {
  const d = directionVector(direction, toEye);
  const facing = parts.length > 0 ? parts.reduce((sum, g) => sum + facingShare(g, d), 0) / parts.length : 0;
  // The back of the body faces -z: from behind, d.z is -1.
  const behind = hasSpine ? BACK_PREFERENCE * Math.max(0, -d.z) : 0;
  return facing + behind - TILT_PENALTY * Math.abs(direction.polar - Math.PI / 2);
}

/** Below this (sine of the azimuth) a view is from the front or back and frames both sides. */
const SIDE_VIEW_MIN = 0.25;
/** How far past the midline (metres) a point still counts as on the near side. */
const MIDLINE = 0.02;
/** Room for the view buttons at the foot of the canvas (share of the sphere's radius). */
const ROOM = 1.1;

const corner = new Vector3();

/** Grows a box by the triangles' corners on one side of the body (+1 the left, -1 the right, 0 both). */
function expandByTriangles(box: Box3, tris: Float32Array, side: number) {
  for (let i = 0; i + 3 <= tris.length; i += 3) {
    corner.fromArray(tris, i);
    if (side === 0 || corner.x * side >= -MIDLINE) box.expandByPoint(corner);
  }
}

function roomy(sphere: Sphere): Sphere {
  sphere.radius *= ROOM;
  return sphere;
}

const cache = new Map<string, Framing>();

/**
 * The framing of some parts (vertebrae, muscles, nerves) and extra points (the needle sites);
 * null until every layer those parts are on has arrived.
 */
export function segmentFraming(
  focus: readonly PartRef[],
  extra: readonly SurfaceSample[] = [],
): Framing | null {
  if (focus.length === 0) return null;
  const key = `${focus.map((p) => `${p.layer}:${p.id}`).join(' ')}+${extra.length}`;
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
  // The vertebrae face every way: the spine counts by the side it is seen from instead.
  const hasSpine = spine.length > 0;
  const parts = limb.map((tris) => sampleSurface(tris, SAMPLES_PER_PART));
  let best: ViewDirection | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const direction of candidateDirections()) {
    if (direction.polar < POLAR_RANGE[0] || direction.polar > POLAR_RANGE[1]) continue;
    const score = rateSegmentView(direction, parts, hasSpine);
    if (score > bestScore + 1e-9) {
      bestScore = score;
      best = direction;
    }
  }
  if (!best) return null;
  // Paired muscles are mirror images: seen from one side, the near one is framed (closer, larger).
  const side = Math.sin(best.azimuth);
  const nearSide = Math.abs(side) < SIDE_VIEW_MIN ? 0 : Math.sign(side);
  const box = new Box3();
  for (const tris of spine) expandByTriangles(box, tris, 0);
  for (const tris of limb) expandByTriangles(box, tris, nearSide);
  for (const { point } of extra) if (point.x * nearSide >= -MIDLINE) box.expandByPoint(point);
  if (box.isEmpty()) return null;
  const framing: Framing = { sphere: roomy(focusSphere(box)), azimuth: best.azimuth, polar: best.polar };
  cache.set(key, framing);
  return { ...framing, sphere: framing.sphere.clone() };
}

// Turns a zone's pieces into a strength per skin vertex: 255 on a piece's path, falling to
// MAIN_ZONE_MIN at its half width, then smoothly to nothing over FALL metres; a spill-over piece the
// same at SPILL_PEAK and below. Distances are measured along the skin, so a zone never jumps across
// a gap (arm to thigh) the way a straight-line distance would.
import { MAIN_ZONE_MIN } from '../../../../src/scene/layers/layerFormat.mjs';
import { mirrorNeighbours, symmetrize } from './mirror.mjs';
import { skinDistances, skinPath } from './surface.mjs';

/** @typedef {import('./skin.mjs').Skin} Skin */
/** @typedef {import('./rules.mjs').Piece} Piece */
/** @typedef {import('./surface.mjs').Vec3} Vec3 */

/** How far (metres) a piece's edge fades out along the skin. */
export const FALL = 0.011;
/** The spill-over's strength on its path and at its half width. */
export const SPILL_PEAK = 125;
const SPILL_EDGE = 100;
/** Weaker than this is left out of the file (the glow would not show). */
export const MIN_STORED = 40;

const smoothstep = (/** @type {number} */ t) => (t <= 0 ? 0 : t >= 1 ? 1 : t * t * (3 - 2 * t));

/**
 * Where a piece starts its walk: the corners of the triangle each of its points lies on (where the
 * skin is flat its triangles are large, and a zone covers at least the triangle of its landmark), and
 * the vertices of the path along the skin between its points.
 * @param {Skin} skin @param {Piece} p
 */
function pathSeeds(skin, p) {
  /** @type {Map<number, number>} */
  const seeds = new Map();
  for (const point of p.at) for (const c of point.corners) seeds.set(c, 0);
  for (let i = 1; i < p.at.length; i++)
    for (const w of skinPath(skin, p.at[i - 1].w, p.at[i].w)) seeds.set(w, 0);
  return seeds;
}

/** Distance from a point to a polyline (one point: to that point). @param {ArrayLike<number>} q @param {Vec3[]} line */
function polylineDistance(q, line) {
  let best = Infinity;
  for (let i = 0; i < line.length; i++) {
    const a = line[i];
    const b = line[Math.min(i + 1, line.length - 1)];
    const ab = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const l2 = ab[0] * ab[0] + ab[1] * ab[1] + ab[2] * ab[2];
    const aq = [q[0] - a[0], q[1] - a[1], q[2] - a[2]];
    const t = l2 > 0 ? Math.max(0, Math.min(1, (aq[0] * ab[0] + aq[1] * ab[1] + aq[2] * ab[2]) / l2)) : 0;
    best = Math.min(best, Math.hypot(aq[0] - t * ab[0], aq[1] - t * ab[1], aq[2] - t * ab[2]));
  }
  return best;
}

/**
 * How far a vertex is from a piece: the straight distance to the line through its landmarks (smooth
 * and exact, even where the skin's triangles are large), but never less than GEO_SHARE of the way
 * along the skin, so that a zone does not jump a gap to a part that merely lies close (arm and thigh).
 */
const GEO_SHARE = 0.6;

/**
 * Paints pieces into `out` (per welded vertex, keeping the strongest).
 * @param {Skin} skin @param {Piece[]} pieces @param {number} peak @param {number} edge @param {Float32Array} out
 */
function paintPieces(skin, pieces, peak, edge, out) {
  for (const p of pieces) {
    const line = p.at.map((point) => point.p);
    for (const [w, along] of skinDistances(skin, pathSeeds(skin, p), (p.r + FALL) / GEO_SHARE)) {
      const d = Math.max(polylineDistance(skin.wPos.subarray(w * 3, w * 3 + 3), line), GEO_SHARE * along);
      if (d > p.r + FALL) continue;
      const v = d <= p.r ? peak - (peak - edge) * (d / p.r) ** 2 : edge * (1 - smoothstep((d - p.r) / FALL));
      if (v > out[w]) out[w] = v;
    }
  }
}

/**
 * One muscle's strength per welded vertex (both sides painted into the same array).
 * @param {Skin} skin @param {import('./rules.mjs').Zone[]} zones one per side
 * @param {ReturnType<typeof mirrorNeighbours>} mirror
 */
export function paintZone(skin, zones, mirror) {
  let out = new Float32Array(skin.welded);
  for (const z of zones) {
    paintPieces(skin, z.main, 255, MAIN_ZONE_MIN, out);
    paintPieces(skin, z.spill, SPILL_PEAK, SPILL_EDGE, out);
  }
  out = symmetrize(out, mirror);
  for (let pass = 0; pass < SMOOTHING_PASSES; pass++) out = smooth(skin, out);
  // smoothing lowers the narrow paths a little: the heart is 255 again
  let peak = 0;
  for (const v of out) peak = Math.max(peak, v);
  if (peak > 0) for (let w = 0; w < out.length; w++) out[w] = Math.min(255, (out[w] * 255) / peak);
  return out;
}

/** Passes of neighbour averaging: they even out the steps that walking along mesh edges leaves. */
const SMOOTHING_PASSES = 3;
/** Neighbours further than this (metres) are left out of the average. */
const SMOOTHING_REACH = 0.006;

/**
 * Each vertex halfway to the mean of its near neighbours, the nearer ones counting more (the mesh is
 * fine in places and coarse in others; close vertices must end up close in strength).
 * @param {Skin} skin @param {Float32Array} v
 */
function smooth(skin, v) {
  const { adjStart, adj, adjLen } = skin;
  const out = new Float32Array(v.length);
  for (let w = 0; w < v.length; w++) {
    let sum = 0;
    let weight = 0;
    for (let j = adjStart[w]; j < adjStart[w + 1]; j++) {
      // only near neighbours: where the mesh is coarse, averaging would blur a whole zone away
      if (adjLen[j] > SMOOTHING_REACH) continue;
      const k = 1 / Math.max(adjLen[j], 1e-4);
      sum += k * v[adj[j]];
      weight += k;
    }
    out[w] = weight > 0 ? 0.5 * v[w] + (0.5 * sum) / weight : v[w];
  }
  return out;
}

/**
 * Below 3 × MIN_STORED the strength ramps down to 0 at MIN_STORED (half as steep again as the
 * fall-off), so leaving out the faintest leaves no step.
 */
function storedStrength(/** @type {number} */ v) {
  if (v >= 3 * MIN_STORED) return v;
  return Math.max(0, 1.5 * (v - MIN_STORED));
}

/**
 * The file's entry for a muscle: stored skin vertices with their strength, indices delta-coded.
 * @param {Skin} skin @param {Float32Array} welded strength per welded vertex
 */
export function encodeZone(skin, welded) {
  /** @type {number[]} */
  const idx = [];
  /** @type {number[]} */
  const val = [];
  let last = 0;
  for (let i = 0; i < skin.count; i++) {
    const v = Math.round(storedStrength(welded[skin.weld[i]]));
    if (v < 1) continue;
    idx.push(i - last);
    val.push(Math.min(255, v));
    last = i;
  }
  return { idx, val };
}

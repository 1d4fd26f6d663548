// Joins the labelled skin into ONE mesh with per-vertex region attributes (see
// src/scene/skin/skinFormat.mjs for the format). A vertex on a border is stored once for each
// region that uses it, so every triangle's corners share one region.
// For the shader's soft edges each vertex also gets the region across its nearest border and the
// straight distance to it (to the nearest segment of the region's rim), so the distance grows
// evenly in every direction and the soft edge has the same width all along the border, whatever
// the triangles' shapes.
import { EDGE_RANGE_M } from '../../src/scene/skin/skinFormat.mjs';

/**
 * @typedef {{ positions: Float32Array, normals: Float32Array, indices: Uint32Array,
 *   region: Uint8Array, near: Uint8Array, edge: Uint8Array }} SkinMesh
 */

/**
 * @param {number[][]} tris per region index: triangle corners as indices into P/N
 * @param {number[]} P positions (x, y, z per vertex)
 * @param {number[]} N normals
 * @returns {SkinMesh}
 */
export function joinRegions(tris, P, N) {
  // which regions use each shared vertex
  /** @type {Map<number, number[]>} */
  const users = new Map();
  tris.forEach((tri, r) => {
    for (const v of new Set(tri)) {
      const list = users.get(v);
      if (list) list.push(r);
      else users.set(v, [r]);
    }
  });

  const pos = [];
  const nor = [];
  const region = [];
  const near = [];
  const edge = [];
  const indices = [];
  tris.forEach((tri, r) => {
    const local = new Map();
    const globalOf = [];
    for (const v of tri) {
      if (local.has(v)) continue;
      local.set(v, globalOf.length);
      globalOf.push(v);
    }
    const base = pos.length / 3;
    const { dist, from } = borderDistances(tri, globalOf, r, users, P);
    globalOf.forEach((v, i) => {
      pos.push(P[v * 3], P[v * 3 + 1], P[v * 3 + 2]);
      nor.push(N[v * 3], N[v * 3 + 1], N[v * 3 + 2]);
      region.push(r);
      near.push(from[i] ?? r);
      edge.push(Math.min(255, Math.round(((dist[i] ?? Infinity) / EDGE_RANGE_M) * 255)));
    });
    for (const v of tri) indices.push(base + /** @type {number} */ (local.get(v)));
  });
  return {
    positions: new Float32Array(pos),
    normals: new Float32Array(nor),
    indices: new Uint32Array(indices),
    region: new Uint8Array(region),
    near: new Uint8Array(near),
    edge: new Uint8Array(edge),
  };
}

/**
 * Straight distance from each vertex of region r to the nearest segment of its rim (brute force:
 * a region's rim has a few hundred segments), and the region across that segment.
 * @param {number[]} tri region r's triangles (global vertex indices)
 * @param {number[]} vertices region r's vertices (global indices), in output order
 * @param {number} r
 * @param {Map<number, number[]>} users the regions using each global vertex
 * @param {number[]} P
 */
function borderDistances(tri, vertices, r, users, P) {
  // the rim: edges used by one of the region's triangles only
  const uses = new Map();
  for (let t = 0; t < tri.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const a = tri[t + k];
      const b = tri[t + ((k + 1) % 3)];
      const key = a < b ? `${a} ${b}` : `${b} ${a}`;
      uses.set(key, (uses.get(key) ?? 0) + 1);
    }
  }
  const at = (v) => [P[v * 3], P[v * 3 + 1], P[v * 3 + 2]];
  const others = (v) => (users.get(v) ?? []).filter((u) => u !== r);
  const segments = [];
  for (const [key, count] of uses) {
    if (count !== 1) continue;
    const [a, b] = key.split(' ').map(Number);
    const across = others(a).find((u) => others(b).includes(u)) ?? others(a)[0] ?? others(b)[0];
    segments.push({ a: at(a), b: at(b), across });
  }
  const dist = vertices.map(() => Infinity);
  /** @type {(number | undefined)[]} */
  const from = vertices.map(() => undefined);
  vertices.forEach((v, i) => {
    const p = at(v);
    for (const segment of segments) {
      const d = segmentDistance(p, segment.a, segment.b);
      if (d >= dist[i]) continue;
      dist[i] = d;
      from[i] = segment.across;
    }
  });
  return { dist, from };
}

/** @param {number[]} a @param {number[]} b */
function sub(a, b) {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}

/** Distance from point p to the segment a–b. */
function segmentDistance(p, a, b) {
  const ab = sub(b, a);
  const ap = sub(p, a);
  const len2 = ab[0] ** 2 + ab[1] ** 2 + ab[2] ** 2;
  const t = len2 > 0 ? Math.min(1, Math.max(0, (ap[0] * ab[0] + ap[1] * ab[1] + ap[2] * ab[2]) / len2)) : 0;
  return Math.hypot(ap[0] - t * ab[0], ap[1] - t * ab[1], ap[2] - t * ab[2]);
}

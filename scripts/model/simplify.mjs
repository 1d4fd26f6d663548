// Simplifies the whole fine skin in one piece with meshoptimizer, before it is cut into regions.
// Simplifying each region separately with locked borders (the first approach) left a band of
// tiny border triangles fanned to large interior ones on both sides of every border; their
// linear interpolation bent the shading there and showed every region border as a crease line.
// Simplified in one piece, the triangles are even across the borders, and the cut into regions
// afterwards only re-triangulates inside existing triangles (see regions.mjs), so it cannot
// change the surface. Kept vertices are a subset of the fine ones: they stay on the true surface
// with the field's gradient as their normal.
import { MeshoptSimplifier } from 'meshoptimizer';

/** @typedef {import('./mesher.mjs').FineMesh} FineMesh */

/**
 * @param {FineMesh} m
 * @param {{ error: number, triangles: number, normalWeight: number, detail?: (x: number, y: number, z: number) => number }} o
 *   error: absolute error in metres; triangles: upper bound on the result; detail: how much more
 *   a change of shading counts at a point (1 = as everywhere), to keep more triangles in the face
 * @returns {Promise<FineMesh>}
 */
export async function simplifyMesh(m, o) {
  await MeshoptSimplifier.ready;
  const pos32 = new Float32Array(m.positions);
  const w = o.normalWeight;
  // the normals, scaled where detail matters: the simplifier counts their change as a cost
  const attrs = new Float32Array(m.normals);
  if (o.detail) {
    for (let v = 0; v < attrs.length / 3; v++) {
      const k = o.detail(m.positions[v * 3], m.positions[v * 3 + 1], m.positions[v * 3 + 2]);
      attrs[v * 3] *= k;
      attrs[v * 3 + 1] *= k;
      attrs[v * 3 + 2] *= k;
    }
  }
  const [idx] = MeshoptSimplifier.simplifyWithAttributes(
    m.indices,
    pos32,
    3,
    attrs,
    3,
    [w, w, w],
    null,
    o.triangles * 3,
    o.error,
    ['ErrorAbsolute'],
  );
  // drop the vertices no longer used, numbering them in order of first use (deterministic)
  const remap = new Int32Array(m.positions.length / 3).fill(-1);
  let n = 0;
  const indices = new Uint32Array(idx.length);
  for (let i = 0; i < idx.length; i++) {
    const v = idx[i];
    if (remap[v] < 0) remap[v] = n++;
    indices[i] = remap[v];
  }
  const positions = new Float64Array(n * 3);
  const normals = new Float32Array(n * 3);
  for (let v = 0; v < remap.length; v++) {
    const r = remap[v];
    if (r < 0) continue;
    positions.set(m.positions.subarray(v * 3, v * 3 + 3), r * 3);
    normals.set(m.normals.subarray(v * 3, v * 3 + 3), r * 3);
  }
  return { positions, normals, indices };
}

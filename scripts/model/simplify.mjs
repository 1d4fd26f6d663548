// Simplifies each region mesh with meshoptimizer, locking its border so that neighbouring
// regions keep sharing exactly the same border vertices (no cracks).
import { MeshoptSimplifier } from 'meshoptimizer';

/** @typedef {{ id: string, positions: Float32Array, normals: Float32Array, indices: Uint32Array }} RegionMesh */

/**
 * @param {RegionMesh} m
 * @param {number} error absolute error in metres
 * @returns {Promise<RegionMesh>}
 */
export async function simplifyRegion(m, error) {
  await MeshoptSimplifier.ready;
  if (m.indices.length === 0) return m;
  const [idx] = MeshoptSimplifier.simplifyWithAttributes(
    m.indices,
    m.positions,
    3,
    m.normals,
    3,
    [0.02, 0.02, 0.02],
    null,
    0,
    error,
    ['LockBorder', 'ErrorAbsolute'],
  );
  // drop the vertices no longer used
  const remap = new Int32Array(m.positions.length / 3).fill(-1);
  let n = 0;
  const out = new Uint32Array(idx.length);
  for (let i = 0; i < idx.length; i++) {
    const v = idx[i];
    if (remap[v] < 0) remap[v] = n++;
    out[i] = remap[v];
  }
  const positions = new Float32Array(n * 3);
  const normals = new Float32Array(n * 3);
  for (let v = 0; v < remap.length; v++) {
    const r = remap[v];
    if (r < 0) continue;
    positions.set(m.positions.subarray(v * 3, v * 3 + 3), r * 3);
    normals.set(m.normals.subarray(v * 3, v * 3 + 3), r * 3);
  }
  return { id: m.id, positions, normals, indices: out };
}

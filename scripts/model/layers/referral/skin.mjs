// The committed skin, read back from public/models/body.glb as the app gets it (meshopt-decoded,
// dequantized to world space), and welded into one surface for walking along the skin: border
// vertices are stored once per region in the file, so vertices at the same place are one point here.
import { NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import { SKIN_ATTRIBUTES } from '../../../../src/scene/skin/skinFormat.mjs';

/**
 * @typedef {{
 *   count: number,
 *   positions: Float32Array, normals: Float32Array, region: Uint8Array,
 *   indices: Uint32Array,
 *   weld: Uint32Array, welded: number,
 *   wPos: Float32Array, wNor: Float32Array,
 *   adjStart: Uint32Array, adj: Uint32Array, adjLen: Float32Array,
 * }} Skin
 */

/** Reads the skin mesh of a body.glb file. @param {string} path @returns {Promise<Skin>} */
export async function readSkin(path) {
  await MeshoptDecoder.ready;
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const doc = await io.read(path);
  const node = doc
    .getRoot()
    .listNodes()
    .find((n) => n.getName() === 'skin');
  const prim = node?.getMesh()?.listPrimitives()[0];
  const pos = prim?.getAttribute('POSITION');
  const nor = prim?.getAttribute('NORMAL');
  const reg = prim?.getAttribute(SKIN_ATTRIBUTES.region);
  const idx = prim?.getIndices();
  if (!node || !pos || !nor || !reg || !idx) throw new Error(`${path}: no skin mesh with regions`);
  const m = node.getWorldMatrix();
  const count = pos.getCount();
  const positions = new Float32Array(count * 3);
  const normals = new Float32Array(count * 3);
  const region = new Uint8Array(count);
  /** @type {number[]} */
  const e = [0, 0, 0];
  for (let i = 0; i < count; i++) {
    const [x = 0, y = 0, z = 0] = pos.getElement(i, e);
    positions[i * 3] = m[0] * x + m[4] * y + m[8] * z + m[12];
    positions[i * 3 + 1] = m[1] * x + m[5] * y + m[9] * z + m[13];
    positions[i * 3 + 2] = m[2] * x + m[6] * y + m[10] * z + m[14];
    const [nx = 0, ny = 0, nz = 1] = nor.getElement(i, e);
    const l = Math.hypot(nx, ny, nz) || 1;
    normals.set([nx / l, ny / l, nz / l], i * 3);
    region[i] = reg.getScalar(i);
  }
  const indices = new Uint32Array(idx.getCount());
  for (let i = 0; i < indices.length; i++) indices[i] = idx.getScalar(i);
  return { count, positions, normals, region, indices, ...weldSurface(positions, normals, indices) };
}

/**
 * Welds vertices at the same place (to a micrometre) and builds the edge graph of the welded surface.
 * @param {Float32Array} positions @param {Float32Array} normals @param {Uint32Array} indices
 */
function weldSurface(positions, normals, indices) {
  const count = positions.length / 3;
  const weld = new Uint32Array(count);
  /** @type {Map<string, number>} */
  const byPlace = new Map();
  /** @type {number[]} */
  const first = [];
  for (let i = 0; i < count; i++) {
    const key = `${Math.round(positions[i * 3] * 1e6)},${Math.round(positions[i * 3 + 1] * 1e6)},${Math.round(positions[i * 3 + 2] * 1e6)}`;
    let w = byPlace.get(key);
    if (w === undefined) {
      w = first.length;
      byPlace.set(key, w);
      first.push(i);
    }
    weld[i] = w;
  }
  const welded = first.length;
  const wPos = new Float32Array(welded * 3);
  const wNor = new Float32Array(welded * 3);
  for (let i = 0; i < count; i++) {
    const w = weld[i];
    for (let k = 0; k < 3; k++) wNor[w * 3 + k] += normals[i * 3 + k];
  }
  first.forEach((i, w) => {
    wPos.set(positions.subarray(i * 3, i * 3 + 3), w * 3);
    const l = Math.hypot(wNor[w * 3], wNor[w * 3 + 1], wNor[w * 3 + 2]) || 1;
    for (let k = 0; k < 3; k++) wNor[w * 3 + k] /= l;
  });
  // each undirected edge once per direction, sorted by vertex so the graph is the same every run
  /** @type {Set<number>[]} */
  const nbrs = Array.from({ length: welded }, () => new Set());
  for (let t = 0; t < indices.length; t += 3) {
    const a = weld[indices[t]];
    const b = weld[indices[t + 1]];
    const c = weld[indices[t + 2]];
    nbrs[a].add(b).add(c);
    nbrs[b].add(a).add(c);
    nbrs[c].add(a).add(b);
  }
  const adjStart = new Uint32Array(welded + 1);
  for (let w = 0; w < welded; w++) adjStart[w + 1] = adjStart[w] + nbrs[w].size;
  const adj = new Uint32Array(adjStart[welded]);
  const adjLen = new Float32Array(adjStart[welded]);
  for (let w = 0; w < welded; w++) {
    let j = adjStart[w];
    for (const n of [...nbrs[w]].sort((x, y) => x - y)) {
      adj[j] = n;
      adjLen[j] = Math.hypot(
        wPos[n * 3] - wPos[w * 3],
        wPos[n * 3 + 1] - wPos[w * 3 + 1],
        wPos[n * 3 + 2] - wPos[w * 3 + 2],
      );
      j++;
    }
  }
  return { weld, welded, wPos, wNor, adjStart, adj, adjLen };
}

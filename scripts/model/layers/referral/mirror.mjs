// Left–right symmetry of the zones. The skin's triangles are not laid out the same on both sides,
// so walking along the mesh edges gives slightly different zones on the left and the right; each
// vertex is averaged with the skin at its mirror image (the few vertices nearest to it there).

/** @typedef {import('./skin.mjs').Skin} Skin */

/** Vertices blended for the mirror image of a vertex. */
const NEAREST = 4;
/** Grid cell (metres) for finding them. */
const CELL = 0.01;

/**
 * For each welded vertex, the vertices nearest its mirror image and their weights (by inverse distance).
 * @param {Skin} skin
 */
export function mirrorNeighbours(skin) {
  const { wPos, welded } = skin;
  const key = (/** @type {number} */ x, /** @type {number} */ y, /** @type {number} */ z) =>
    `${Math.floor(x / CELL)},${Math.floor(y / CELL)},${Math.floor(z / CELL)}`;
  /** @type {Map<string, number[]>} */
  const grid = new Map();
  for (let w = 0; w < welded; w++) {
    const k = key(wPos[w * 3], wPos[w * 3 + 1], wPos[w * 3 + 2]);
    const list = grid.get(k);
    if (list) list.push(w);
    else grid.set(k, [w]);
  }
  const idx = new Uint32Array(welded * NEAREST);
  const weight = new Float32Array(welded * NEAREST);
  for (let w = 0; w < welded; w++) {
    const x = -wPos[w * 3];
    const y = wPos[w * 3 + 1];
    const z = wPos[w * 3 + 2];
    /** @type {[number, number][]} distance, vertex */
    let best = [];
    for (let ring = 1; best.length < NEAREST && ring <= 4; ring++) {
      best = [];
      for (let dx = -ring; dx <= ring; dx++)
        for (let dy = -ring; dy <= ring; dy++)
          for (let dz = -ring; dz <= ring; dz++)
            for (const n of grid.get(key(x + dx * CELL, y + dy * CELL, z + dz * CELL)) ?? []) {
              const d = Math.hypot(wPos[n * 3] - x, wPos[n * 3 + 1] - y, wPos[n * 3 + 2] - z);
              best.push([d, n]);
            }
    }
    best.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const chosen = best.slice(0, NEAREST);
    const inv = chosen.map(([d]) => 1 / Math.max(d, 1e-5));
    const total = inv.reduce((a, b) => a + b, 0);
    chosen.forEach(([, n], k) => {
      idx[w * NEAREST + k] = n;
      weight[w * NEAREST + k] = inv[k] / total;
    });
  }
  return { idx, weight };
}

/**
 * Each vertex's strength averaged with the strength at its mirror image.
 * @param {Float32Array} v @param {ReturnType<typeof mirrorNeighbours>} mirror
 */
export function symmetrize(v, mirror) {
  const out = new Float32Array(v.length);
  for (let w = 0; w < v.length; w++) {
    let m = 0;
    for (let k = 0; k < NEAREST; k++) m += mirror.weight[w * NEAREST + k] * v[mirror.idx[w * NEAREST + k]];
    out[w] = 0.5 * (v[w] + m);
  }
  return out;
}

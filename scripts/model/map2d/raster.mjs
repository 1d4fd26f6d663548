// Projects the skin's triangles straight onto a picture plane and keeps, in each cell of a grid,
// the region and the depth of the nearest surface: a z-buffer in plain JavaScript. A view is three
// axes (the picture's right, its down, and towards the viewer), each a row of dot products.

/**
 * @typedef {{ right: [number, number, number], down: [number, number, number], toward: [number, number, number] }} Axes
 * @typedef {{ cols: number, rows: number, u0: number, v0: number, cell: number,
 *   label: Int16Array, depth: Float32Array }} Raster
 */

/** @param {[number, number, number]} a @param {Float32Array} p @param {number} i */
const dot = (a, p, i) => a[0] * p[i * 3] + a[1] * p[i * 3 + 1] + a[2] * p[i * 3 + 2];

/**
 * Rasterises the triangles whose corners pass `keep` (by region index).
 * `label` holds the region index, or -1 where no skin is.
 * @param {{ positions: Float32Array, indices: Uint32Array, region: Uint8Array }} skin
 * @param {Axes} axes @param {number} cell metres per cell
 * @param {(region: number) => boolean} keep
 * @returns {Raster}
 */
export function rasterise(skin, axes, cell, keep) {
  const { positions, indices, region } = skin;
  const n = positions.length / 3;
  const u = new Float64Array(n);
  const v = new Float64Array(n);
  const d = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    u[i] = dot(axes.right, positions, i);
    v[i] = dot(axes.down, positions, i);
    d[i] = dot(axes.toward, positions, i);
  }
  const tris = [];
  for (let t = 0; t < indices.length; t += 3) if (keep(region[indices[t]])) tris.push(t);
  let [uMin, uMax, vMin, vMax] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const t of tris)
    for (let k = 0; k < 3; k++) {
      const i = indices[t + k];
      uMin = Math.min(uMin, u[i]);
      uMax = Math.max(uMax, u[i]);
      vMin = Math.min(vMin, v[i]);
      vMax = Math.max(vMax, v[i]);
    }
  // A margin of empty cells all round, so every outline closes inside the grid.
  const margin = 3;
  const u0 = Math.floor(uMin / cell) * cell - margin * cell;
  const v0 = Math.floor(vMin / cell) * cell - margin * cell;
  const cols = Math.ceil((uMax - u0) / cell) + margin;
  const rows = Math.ceil((vMax - v0) / cell) + margin;
  const label = new Int16Array(cols * rows).fill(-1);
  const depth = new Float32Array(cols * rows).fill(-Infinity);

  for (const t of tris) {
    const [a, b, c] = [indices[t], indices[t + 1], indices[t + 2]];
    // grid coordinates of the corners; cell (i, j) has its centre at (i + 0.5, j + 0.5)
    const ax = (u[a] - u0) / cell;
    const ay = (v[a] - v0) / cell;
    const bx = (u[b] - u0) / cell;
    const by = (v[b] - v0) / cell;
    const cx = (u[c] - u0) / cell;
    const cy = (v[c] - v0) / cell;
    const area = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    if (Math.abs(area) < 1e-12) continue;
    const i0 = Math.max(0, Math.floor(Math.min(ax, bx, cx) - 0.5));
    const i1 = Math.min(cols - 1, Math.ceil(Math.max(ax, bx, cx) - 0.5));
    const j0 = Math.max(0, Math.floor(Math.min(ay, by, cy) - 0.5));
    const j1 = Math.min(rows - 1, Math.ceil(Math.max(ay, by, cy) - 0.5));
    const r = region[a];
    for (let j = j0; j <= j1; j++) {
      const py = j + 0.5;
      for (let i = i0; i <= i1; i++) {
        const px = i + 0.5;
        const w0 = ((bx - px) * (cy - py) - (by - py) * (cx - px)) / area;
        const w1 = ((cx - px) * (ay - py) - (cy - py) * (ax - px)) / area;
        const w2 = 1 - w0 - w1;
        if (w0 < -1e-9 || w1 < -1e-9 || w2 < -1e-9) continue;
        const z = w0 * d[a] + w1 * d[b] + w2 * d[c];
        const k = j * cols + i;
        if (z > depth[k]) {
          depth[k] = z;
          label[k] = r;
        }
      }
    }
  }
  return { cols, rows, u0, v0, cell, label, depth };
}

/**
 * Replaces lone cells (fewer than three of their eight neighbours share their region) by their
 * neighbours' commonest region: specks of a region seen edge-on would make unclickable crumbs.
 * @param {Raster} raster
 */
export function removeSpecks(raster) {
  const { cols, rows, label } = raster;
  const out = label.slice();
  /** @type {Map<number, number>} */
  const counts = new Map();
  for (let j = 1; j < rows - 1; j++)
    for (let i = 1; i < cols - 1; i++) {
      const k = j * cols + i;
      const own = label[k];
      if (own < 0) continue;
      counts.clear();
      let same = 0;
      for (let dj = -1; dj <= 1; dj++)
        for (let di = -1; di <= 1; di++) {
          if (di === 0 && dj === 0) continue;
          const l = label[k + dj * cols + di];
          if (l === own) same++;
          else if (l >= 0) counts.set(l, (counts.get(l) ?? 0) + 1);
        }
      if (same >= 3) continue;
      let best = own;
      let bestCount = 0;
      for (const [l, c] of [...counts].sort((p, q) => p[0] - q[0]))
        if (c > bestCount) {
          best = l;
          bestCount = c;
        }
      out[k] = best;
    }
  raster.label.set(out);
}

/**
 * Each region's label point: the cell deepest inside it (furthest, stepping cell to cell inside the
 * region, from any other region or the outside), in grid coordinates, and its cell count.
 * @param {Raster} raster
 * @returns {Map<number, { i: number, j: number, cells: number }>}
 */
export function labelPoints(raster) {
  const { cols, rows, label } = raster;
  const dist = new Float32Array(cols * rows);
  for (let j = 0; j < rows; j++)
    for (let i = 0; i < cols; i++) {
      const k = j * cols + i;
      const l = label[k];
      const edge =
        l < 0 ||
        i === 0 ||
        j === 0 ||
        i === cols - 1 ||
        j === rows - 1 ||
        label[k - 1] !== l ||
        label[k + 1] !== l ||
        label[k - cols] !== l ||
        label[k + cols] !== l;
      dist[k] = edge ? 0 : Infinity;
    }
  const D = Math.SQRT2;
  // two chamfer passes, forward then back
  for (let j = 1; j < rows - 1; j++)
    for (let i = 1; i < cols - 1; i++) {
      const k = j * cols + i;
      dist[k] = Math.min(
        dist[k],
        dist[k - 1] + 1,
        dist[k - cols] + 1,
        dist[k - cols - 1] + D,
        dist[k - cols + 1] + D,
      );
    }
  for (let j = rows - 2; j > 0; j--)
    for (let i = cols - 2; i > 0; i--) {
      const k = j * cols + i;
      dist[k] = Math.min(
        dist[k],
        dist[k + 1] + 1,
        dist[k + cols] + 1,
        dist[k + cols + 1] + D,
        dist[k + cols - 1] + D,
      );
    }
  /** @type {Map<number, { i: number, j: number, cells: number, best: number }>} */
  const found = new Map();
  for (let j = 0; j < rows; j++)
    for (let i = 0; i < cols; i++) {
      const k = j * cols + i;
      const l = label[k];
      if (l < 0) continue;
      const known = found.get(l);
      if (!known) found.set(l, { i, j, cells: 1, best: dist[k] });
      else {
        known.cells++;
        if (dist[k] > known.best) Object.assign(known, { i, j, best: dist[k] });
      }
    }
  return new Map([...found].map(([l, { i, j, cells }]) => [l, { i, j, cells }]));
}

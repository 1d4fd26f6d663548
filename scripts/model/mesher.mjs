// Surface nets on a regular grid, skipping bricks far from the surface, then every vertex is
// pulled onto the true surface with Newton steps and given the field's gradient as its normal.
// Without the projection the surface stays visibly faceted.

/** @typedef {{ positions: Float64Array, normals: Float32Array, indices: Uint32Array }} FineMesh */
/** @typedef {(x: number, y: number, z: number) => number} Field */

const EPS = 0.0004;

/** Gradient by the tetrahedron technique (4 evaluations). @param {Field} f */
export function gradient(f, x, y, z) {
  const e = EPS;
  const a = f(x + e, y - e, z - e);
  const b = f(x - e, y - e, z + e);
  const c = f(x - e, y + e, z - e);
  const d = f(x + e, y + e, z + e);
  return [(a - b - c + d) / (4 * e), (-a - b + c + d) / (4 * e), (-a + b - c + d) / (4 * e)];
}

/**
 * Moves a point onto the zero set with Newton steps along the gradient.
 * @param {Field} f @param {number[]} p (modified) @param {number} maxStep
 */
export function project(f, p, maxStep, steps = 3) {
  for (let i = 0; i < steps; i++) {
    const d = f(p[0], p[1], p[2]);
    if (Math.abs(d) < 1e-6) break;
    const g = gradient(f, p[0], p[1], p[2]);
    const g2 = g[0] * g[0] + g[1] * g[1] + g[2] * g[2];
    if (g2 < 1e-8) break;
    let s = d / g2;
    const stepLen = Math.abs(s) * Math.sqrt(g2);
    if (stepLen > maxStep) s *= maxStep / stepLen;
    p[0] -= g[0] * s;
    p[1] -= g[1] * s;
    p[2] -= g[2] * s;
  }
  return p;
}

/** Unit normal from the gradient. @param {Field} f */
export function normalAt(f, x, y, z) {
  const g = gradient(f, x, y, z);
  const l = Math.hypot(g[0], g[1], g[2]) || 1;
  return [g[0] / l, g[1] / l, g[2] / l];
}

/**
 * @param {Field} f
 * @param {{ min: number[], max: number[], h: number, brick?: number }} grid
 * @returns {FineMesh & { evaluations: number }}
 */
export function surfaceNets(f, grid) {
  const { h } = grid;
  const B = grid.brick ?? 8;
  const o = grid.min;
  const nx = Math.ceil((grid.max[0] - o[0]) / h) + 1;
  const ny = Math.ceil((grid.max[1] - o[1]) / h) + 1;
  const nz = Math.ceil((grid.max[2] - o[2]) / h) + 1;
  const sxy = nx * ny;
  const vals = new Float32Array(nx * ny * nz);
  const done = new Uint8Array(nx * ny * nz);
  const bnx = Math.ceil((nx - 1) / B);
  const bny = Math.ceil((ny - 1) / B);
  const bnz = Math.ceil((nz - 1) / B);
  const active = [];
  const reach = B * h * Math.sqrt(3) * 0.5 * 1.3 + 0.004;
  let evaluations = 0;
  // pass 1: classify bricks; far bricks take the centre's value (its sign is what matters)
  for (let bk = 0; bk < bnz; bk++) {
    for (let bj = 0; bj < bny; bj++) {
      for (let bi = 0; bi < bnx; bi++) {
        const d = f(o[0] + (bi + 0.5) * B * h, o[1] + (bj + 0.5) * B * h, o[2] + (bk + 0.5) * B * h);
        evaluations++;
        if (Math.abs(d) < reach) {
          active.push(bi, bj, bk);
          continue;
        }
        for (let k = bk * B; k <= Math.min(nz - 1, bk * B + B); k++) {
          for (let j = bj * B; j <= Math.min(ny - 1, bj * B + B); j++) {
            for (let i = bi * B; i <= Math.min(nx - 1, bi * B + B); i++) {
              const id = i + nx * j + sxy * k;
              if (!done[id]) vals[id] = d;
            }
          }
        }
      }
    }
  }
  // pass 2: evaluate every corner of the bricks near the surface
  for (let a = 0; a < active.length; a += 3) {
    const bi = active[a];
    const bj = active[a + 1];
    const bk = active[a + 2];
    for (let k = bk * B; k <= Math.min(nz - 1, bk * B + B); k++) {
      const z = o[2] + k * h;
      for (let j = bj * B; j <= Math.min(ny - 1, bj * B + B); j++) {
        const y = o[1] + j * h;
        for (let i = bi * B; i <= Math.min(nx - 1, bi * B + B); i++) {
          const id = i + nx * j + sxy * k;
          if (done[id]) continue;
          vals[id] = f(o[0] + i * h, y, z);
          done[id] = 1;
          evaluations++;
        }
      }
    }
  }
  // cells with a sign change get one vertex at the mean of their edge crossings
  const cellVert = new Map();
  /** @type {number[]} */
  const pos = [];
  /** @type {number[]} */
  const cellList = [];
  const corner = [0, 1, nx, nx + 1, sxy, sxy + 1, sxy + nx, sxy + nx + 1];
  const cOff = [
    [0, 0, 0],
    [1, 0, 0],
    [0, 1, 0],
    [1, 1, 0],
    [0, 0, 1],
    [1, 0, 1],
    [0, 1, 1],
    [1, 1, 1],
  ];
  const edges = [
    [0, 1],
    [2, 3],
    [4, 5],
    [6, 7],
    [0, 2],
    [1, 3],
    [4, 6],
    [5, 7],
    [0, 4],
    [1, 5],
    [2, 6],
    [3, 7],
  ];
  const v = new Float64Array(8);
  for (let a = 0; a < active.length; a += 3) {
    const bi = active[a];
    const bj = active[a + 1];
    const bk = active[a + 2];
    for (let k = bk * B; k < Math.min(nz - 1, bk * B + B); k++) {
      for (let j = bj * B; j < Math.min(ny - 1, bj * B + B); j++) {
        for (let i = bi * B; i < Math.min(nx - 1, bi * B + B); i++) {
          const id = i + nx * j + sxy * k;
          let mask = 0;
          for (let c = 0; c < 8; c++) {
            v[c] = vals[id + corner[c]];
            if (v[c] < 0) mask |= 1 << c;
          }
          if (mask === 0 || mask === 255) continue;
          let sx = 0;
          let sy = 0;
          let sz = 0;
          let n = 0;
          for (const [e0, e1] of edges) {
            const in0 = v[e0] < 0;
            if (in0 === v[e1] < 0) continue;
            const t = v[e0] / (v[e0] - v[e1]);
            const p0 = cOff[e0];
            const p1 = cOff[e1];
            sx += p0[0] + (p1[0] - p0[0]) * t;
            sy += p0[1] + (p1[1] - p0[1]) * t;
            sz += p0[2] + (p1[2] - p0[2]) * t;
            n++;
          }
          cellVert.set(id, pos.length / 3);
          cellList.push(id);
          pos.push(o[0] + (i + sx / n) * h, o[1] + (j + sy / n) * h, o[2] + (k + sz / n) * h);
        }
      }
    }
  }
  // project onto the surface and take normals from the gradient
  const nv = pos.length / 3;
  const positions = new Float64Array(nv * 3);
  const normals = new Float32Array(nv * 3);
  const p = [0, 0, 0];
  for (let i = 0; i < nv; i++) {
    p[0] = pos[i * 3];
    p[1] = pos[i * 3 + 1];
    p[2] = pos[i * 3 + 2];
    project(f, p, h);
    positions.set(p, i * 3);
    normals.set(normalAt(f, p[0], p[1], p[2]), i * 3);
  }
  // one quad per sign-changing grid edge, from the four cells around it
  /** @type {number[]} */
  const tris = [];
  const axes = [
    [1, nx, sxy],
    [nx, sxy, 1],
    [sxy, 1, nx],
  ];
  for (const id of cellList) {
    const v0 = vals[id] < 0;
    for (const [along, du, dv] of axes) {
      if (v0 === vals[id + along] < 0) continue;
      const a = cellVert.get(id);
      const b = cellVert.get(id - du);
      const c = cellVert.get(id - du - dv);
      const d = cellVert.get(id - dv);
      if (b === undefined || c === undefined || d === undefined) continue;
      // split on the shorter diagonal
      const dac = dist2(positions, a, c);
      const dbd = dist2(positions, b, d);
      if (dac <= dbd) tris.push(a, b, c, a, c, d);
      else tris.push(a, b, d, b, c, d);
    }
  }
  const indices = new Uint32Array(tris);
  orientAlongNormals(positions, normals, indices);
  return { positions, normals, indices, evaluations };
}

function dist2(P, a, b) {
  const dx = P[a * 3] - P[b * 3];
  const dy = P[a * 3 + 1] - P[b * 3 + 1];
  const dz = P[a * 3 + 2] - P[b * 3 + 2];
  return dx * dx + dy * dy + dz * dz;
}

/** Flips triangles whose winding disagrees with their vertices' gradient normals. */
export function orientAlongNormals(P, N, I) {
  for (let t = 0; t < I.length; t += 3) {
    const a = I[t];
    const b = I[t + 1];
    const c = I[t + 2];
    const ux = P[b * 3] - P[a * 3];
    const uy = P[b * 3 + 1] - P[a * 3 + 1];
    const uz = P[b * 3 + 2] - P[a * 3 + 2];
    const vx = P[c * 3] - P[a * 3];
    const vy = P[c * 3 + 1] - P[a * 3 + 1];
    const vz = P[c * 3 + 2] - P[a * 3 + 2];
    const fx = uy * vz - uz * vy;
    const fy = uz * vx - ux * vz;
    const fz = ux * vy - uy * vx;
    const s =
      fx * (N[a * 3] + N[b * 3] + N[c * 3]) +
      fy * (N[a * 3 + 1] + N[b * 3 + 1] + N[c * 3 + 1]) +
      fz * (N[a * 3 + 2] + N[b * 3 + 2] + N[c * 3 + 2]);
    if (s < 0) {
      I[t + 1] = c;
      I[t + 2] = b;
    }
  }
}

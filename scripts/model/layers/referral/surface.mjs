// Walking on the welded skin: find the skin point a ray from inside the body comes out at, the skin
// point nearest a place, and distances along the skin (Dijkstra over the mesh edges, which reads a
// few per cent long on a diagonal: fine for soft zones several centimetres wide).

/** @typedef {import('./skin.mjs').Skin} Skin */
/** @typedef {[number, number, number]} Vec3 */

/** The welded vertex nearest to p. @param {Skin} skin @param {Vec3} p */
export function nearestVertex(skin, p) {
  const { wPos, welded } = skin;
  let best = 0;
  let bestD = Infinity;
  for (let w = 0; w < welded; w++) {
    const dx = wPos[w * 3] - p[0];
    const dy = wPos[w * 3 + 1] - p[1];
    const dz = wPos[w * 3 + 2] - p[2];
    const d = dx * dx + dy * dy + dz * dz;
    if (d < bestD) {
      bestD = d;
      best = w;
    }
  }
  return best;
}

/**
 * A point on the skin: where it is, the corners of its triangle (welded) and the nearest of them.
 * @typedef {{ p: Vec3, corners: number[], w: number }} SkinPoint
 */

/**
 * Where a ray from a point inside the body leaves the skin: the first triangle it crosses.
 * Throws when the ray meets no skin (a wrong landmark).
 * @param {Skin} skin @param {Vec3} from @param {Vec3} dir
 * @returns {SkinPoint}
 */
export function castOut(skin, from, dir) {
  const { positions: P, indices, weld, wPos } = skin;
  const l = Math.hypot(dir[0], dir[1], dir[2]);
  const dx = dir[0] / l;
  const dy = dir[1] / l;
  const dz = dir[2] / l;
  let bestT = Infinity;
  let best = -1;
  let bestTri = -1;
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t] * 3;
    const b = indices[t + 1] * 3;
    const c = indices[t + 2] * 3;
    // Möller–Trumbore
    const e1x = P[b] - P[a];
    const e1y = P[b + 1] - P[a + 1];
    const e1z = P[b + 2] - P[a + 2];
    const e2x = P[c] - P[a];
    const e2y = P[c + 1] - P[a + 1];
    const e2z = P[c + 2] - P[a + 2];
    const px = dy * e2z - dz * e2y;
    const py = dz * e2x - dx * e2z;
    const pz = dx * e2y - dy * e2x;
    const det = e1x * px + e1y * py + e1z * pz;
    if (Math.abs(det) < 1e-12) continue;
    const inv = 1 / det;
    const sx = from[0] - P[a];
    const sy = from[1] - P[a + 1];
    const sz = from[2] - P[a + 2];
    const u = (sx * px + sy * py + sz * pz) * inv;
    if (u < 0 || u > 1) continue;
    const qx = sy * e1z - sz * e1y;
    const qy = sz * e1x - sx * e1z;
    const qz = sx * e1y - sy * e1x;
    const v = (dx * qx + dy * qy + dz * qz) * inv;
    if (v < 0 || u + v > 1) continue;
    const hit = (e2x * qx + e2y * qy + e2z * qz) * inv;
    if (hit <= 0 || hit >= bestT) continue;
    bestT = hit;
    bestTri = t;
  }
  if (bestTri < 0) throw new Error(`no skin along the ray from ${from.join(', ')} towards ${dir.join(', ')}`);
  const p = /** @type {Vec3} */ ([from[0] + bestT * dx, from[1] + bestT * dy, from[2] + bestT * dz]);
  const corners = [0, 1, 2].map((k) => weld[indices[bestTri + k]]);
  const offsets = corners.map((c) =>
    Math.hypot(wPos[c * 3] - p[0], wPos[c * 3 + 1] - p[1], wPos[c * 3 + 2] - p[2]),
  );
  best = corners[offsets.indexOf(Math.min(...offsets))];
  return { p, corners, w: best };
}

/** A binary min-heap of vertices keyed by distance (ties broken by vertex index: deterministic). */
class Heap {
  constructor() {
    /** @type {number[]} */
    this.v = [];
    /** @type {number[]} */
    this.k = [];
  }
  get size() {
    return this.v.length;
  }
  /** @param {number} i @param {number} j */
  less(i, j) {
    return this.k[i] < this.k[j] || (this.k[i] === this.k[j] && this.v[i] < this.v[j]);
  }
  /** @param {number} i @param {number} j */
  swap(i, j) {
    const v = this.v[i];
    this.v[i] = this.v[j];
    this.v[j] = v;
    const k = this.k[i];
    this.k[i] = this.k[j];
    this.k[j] = k;
  }
  /** @param {number} vertex @param {number} key */
  push(vertex, key) {
    this.v.push(vertex);
    this.k.push(key);
    let i = this.v.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }
  /** Removes the top; read it first from v[0], k[0]. */
  pop() {
    const lastV = /** @type {number} */ (this.v.pop());
    const lastK = /** @type {number} */ (this.k.pop());
    if (this.v.length === 0) return;
    this.v[0] = lastV;
    this.k[0] = lastK;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.v.length && this.less(l, m)) m = l;
      if (r < this.v.length && this.less(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }
}

/** Work arrays shared by every walk on one skin, reset only where a walk touched them. */
const WORK = new WeakMap();
/** @param {Skin} skin @returns {{ dist: Float32Array, from: Int32Array }} */
function work(skin) {
  let w = WORK.get(skin);
  if (!w) {
    w = { dist: new Float32Array(skin.welded).fill(Infinity), from: new Int32Array(skin.welded).fill(-1) };
    WORK.set(skin, w);
  }
  return w;
}

/**
 * Walks the skin from seed vertices, each with its starting distance (Dijkstra over the edges; A*
 * towards `target` when one is given, stopping there) up to `reach` metres. Calls `visit(vertex,
 * distance)` for every vertex reached, in order of distance, and returns the predecessor of each.
 * @param {Skin} skin @param {Map<number, number>} seeds @param {number} reach
 * @param {{ target?: number, visit?: (w: number, d: number) => void }} [opts]
 */
function walk(skin, seeds, reach, opts = {}) {
  const { dist, from } = work(skin);
  const { adjStart, adj, adjLen, wPos } = skin;
  const target = opts.target ?? -1;
  const tx = target >= 0 ? wPos[target * 3] : 0;
  const ty = target >= 0 ? wPos[target * 3 + 1] : 0;
  const tz = target >= 0 ? wPos[target * 3 + 2] : 0;
  /** straight-line distance to the target: never more than the way along the skin */
  const h = (/** @type {number} */ w) =>
    target < 0 ? 0 : Math.hypot(wPos[w * 3] - tx, wPos[w * 3 + 1] - ty, wPos[w * 3 + 2] - tz);
  /** @type {number[]} */
  const touched = [];
  const heap = new Heap();
  for (const [s, d0] of seeds) {
    if (dist[s] === Infinity) touched.push(s);
    if (d0 >= dist[s]) continue;
    dist[s] = d0;
    heap.push(s, d0 + h(s));
  }
  const done = new Set();
  while (heap.size > 0) {
    const w = heap.v[0];
    heap.pop();
    if (done.has(w)) continue;
    done.add(w);
    const d = dist[w];
    opts.visit?.(w, d);
    if (w === target) break;
    for (let j = adjStart[w]; j < adjStart[w + 1]; j++) {
      const n = adj[j];
      const nd = d + adjLen[j];
      if (nd < dist[n] && nd <= reach) {
        if (dist[n] === Infinity) touched.push(n);
        dist[n] = nd;
        from[n] = w;
        heap.push(n, nd + h(n));
      }
    }
  }
  /** @type {Map<number, number>} */
  const prev = new Map();
  for (const w of touched) {
    prev.set(w, from[w]);
    dist[w] = Infinity;
    from[w] = -1;
  }
  return prev;
}

/**
 * Distances along the skin from seed vertices (with their starting distances), up to `reach`
 * metres: the vertices reached, with theirs.
 * @param {Skin} skin @param {Map<number, number>} seeds @param {number} reach
 * @returns {Map<number, number>}
 */
export function skinDistances(skin, seeds, reach) {
  /** @type {Map<number, number>} */
  const out = new Map();
  walk(skin, seeds, reach, { visit: (w, d) => out.set(w, d) });
  return out;
}

/** The vertices of the shortest path along the skin from a to b. @param {Skin} skin @param {number} a @param {number} b */
export function skinPath(skin, a, b) {
  const prev = walk(skin, new Map([[a, 0]]), Infinity, { target: b });
  /** @type {number[]} */
  const path = [b];
  for (let w = b; w !== a; ) {
    w = prev.get(w) ?? -1;
    if (w < 0) throw new Error(`no path along the skin from vertex ${a} to ${b}`);
    path.push(w);
  }
  return path.reverse();
}

// Signed distance primitives and a small evaluation tree.
// Distances are in metres; negative inside. Shapes follow Inigo Quilez's distance functions.
// Each node carries a bounding box so that whole sub-trees far from a point are skipped:
// with the polynomial smooth minimum, a child whose distance is at least k above the
// current value cannot change the result, so skipping it is exact.

/** @typedef {[number, number, number]} Vec3 */
/** @typedef {{ min: Vec3, max: Vec3 }} Box */
/**
 * @typedef {object} SdfNode
 * @property {Box} box   bounds of the surface, padded
 * @property {(x: number, y: number, z: number) => number} dist
 */

const PAD = 0.02;

/** @param {Vec3} a @param {Vec3} b @returns {Vec3} */
export const sub = (a, b) => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
/** @param {Vec3} a @param {Vec3} b @returns {Vec3} */
export const add = (a, b) => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
/** @param {Vec3} a @param {number} s @returns {Vec3} */
export const scale = (a, s) => [a[0] * s, a[1] * s, a[2] * s];
/** @param {Vec3} a @param {Vec3} b */
export const dot = (a, b) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
/** @param {Vec3} a @param {Vec3} b @returns {Vec3} */
export const cross = (a, b) => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
/** @param {Vec3} a */
export const len = (a) => Math.hypot(a[0], a[1], a[2]);
/** @param {Vec3} a @returns {Vec3} */
export const norm = (a) => scale(a, 1 / len(a));
/** @param {Vec3} a @param {Vec3} b @param {number} t @returns {Vec3} */
export const lerp3 = (a, b, t) => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];

/** Polynomial smooth minimum; exact min when |a-b| >= k. */
export function smin(a, b, k) {
  const m = Math.min(a, b);
  if (k <= 0) return m;
  const h = k - Math.abs(a - b);
  return h <= 0 ? m : m - (h * h) / (4 * k);
}

/** @param {Vec3} c @param {Vec3} r @returns {Box} */
function boxAround(c, r) {
  return {
    min: [c[0] - r[0] - PAD, c[1] - r[1] - PAD, c[2] - r[2] - PAD],
    max: [c[0] + r[0] + PAD, c[1] + r[1] + PAD, c[2] + r[2] + PAD],
  };
}

/** @param {Box[]} boxes @param {number} pad @returns {Box} */
function unionBox(boxes, pad) {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    for (let i = 0; i < 3; i++) {
      min[i] = Math.min(min[i], b.min[i] - pad);
      max[i] = Math.max(max[i], b.max[i] + pad);
    }
  }
  return { min: /** @type {Vec3} */ (min), max: /** @type {Vec3} */ (max) };
}

/** Distance from a point to a box (0 inside). */
export function boxDist(b, x, y, z) {
  const dx = Math.max(b.min[0] - x, 0, x - b.max[0]);
  const dy = Math.max(b.min[1] - y, 0, y - b.max[1]);
  const dz = Math.max(b.min[2] - z, 0, z - b.max[2]);
  return Math.sqrt(dx * dx + dy * dy + dz * dz);
}

/** An orthonormal frame from a main axis and a hint for the second axis. */
export function frame(axis, hint) {
  const u = norm(axis);
  const v = norm(sub(hint, scale(u, dot(hint, u))));
  const w = cross(u, v);
  return { u, v, w };
}

/** @param {Vec3} c @param {number} r @returns {SdfNode} */
export function sphere(c, r) {
  const [cx, cy, cz] = c;
  return {
    box: boxAround(c, [r, r, r]),
    dist: (x, y, z) => Math.hypot(x - cx, y - cy, z - cz) - r,
  };
}

/**
 * Ellipsoid with radii along an optional rotated frame (axes ex, ey, ez as unit vectors).
 * @param {Vec3} c @param {Vec3} r @param {{u: Vec3, v: Vec3, w: Vec3}} [f]
 * @returns {SdfNode}
 */
export function ellipsoid(c, r, f) {
  const [cx, cy, cz] = c;
  const [rx, ry, rz] = r;
  const ex = f ? f.u : [1, 0, 0];
  const ey = f ? f.v : [0, 1, 0];
  const ez = f ? f.w : [0, 0, 1];
  const m = Math.max(rx, ry, rz);
  return {
    box: boxAround(c, f ? [m, m, m] : r),
    dist: (x, y, z) => {
      const px = x - cx;
      const py = y - cy;
      const pz = z - cz;
      const a = (px * ex[0] + py * ex[1] + pz * ex[2]) / rx;
      const b = (px * ey[0] + py * ey[1] + pz * ey[2]) / ry;
      const d = (px * ez[0] + py * ez[1] + pz * ez[2]) / rz;
      const k0 = Math.sqrt(a * a + b * b + d * d);
      const k1 = Math.sqrt((a * a) / (rx * rx) + (b * b) / (ry * ry) + (d * d) / (rz * rz));
      return k1 > 1e-9 ? (k0 * (k0 - 1)) / k1 : -Math.min(rx, ry, rz);
    },
  };
}

/**
 * Round cone between two points (exact distance).
 * @param {Vec3} a @param {Vec3} b @param {number} r1 @param {number} r2
 * @returns {SdfNode}
 */
export function roundCone(a, b, r1, r2) {
  const ba = sub(b, a);
  const l2 = dot(ba, ba);
  const rr = r1 - r2;
  const a2 = l2 - rr * rr;
  const il2 = 1 / l2;
  const box = unionBox([boxAround(a, [r1, r1, r1]), boxAround(b, [r2, r2, r2])], 0);
  return {
    box,
    dist: (x, y, z) => {
      const px = x - a[0];
      const py = y - a[1];
      const pz = z - a[2];
      const yy = px * ba[0] + py * ba[1] + pz * ba[2];
      const zz = yy - l2;
      const qx = px * l2 - ba[0] * yy;
      const qy = py * l2 - ba[1] * yy;
      const qz = pz * l2 - ba[2] * yy;
      const x2 = qx * qx + qy * qy + qz * qz;
      const y2 = yy * yy * l2;
      const z2 = zz * zz * l2;
      const k = Math.sign(rr) * rr * rr * x2;
      if (Math.sign(zz) * a2 * z2 > k) return Math.sqrt(x2 + z2) * il2 - r2;
      if (Math.sign(yy) * a2 * y2 < k) return Math.sqrt(x2 + y2) * il2 - r1;
      return (Math.sqrt(x2 * a2 * il2) + yy * rr) * il2 - r1;
    },
  };
}

/**
 * Loft: cross-sections along a straight axis from `a` to `b`. Each key gives, at parameter t,
 * the half-width along `side`, the depth towards `front` and towards the back, offsets of the
 * centre, a superellipse exponent and an optional groove depth at the back centre (for the spine).
 * Between keys the values follow a Catmull-Rom spline, so the outline is smooth.
 * @typedef {{t: number, w: number, f: number, b: number, cs?: number, cf?: number, n?: number, g?: number}} LoftKey
 * `side` and `front` are hints, made orthogonal to the axis here (front is not derived by a
 * cross product, so mirrored limbs keep their handedness).
 * @param {{a: Vec3, b: Vec3, side: Vec3, front: Vec3, keys: LoftKey[], grooveWidth?: number}} o
 * @returns {SdfNode}
 */
export function loft(o) {
  const axis = sub(o.b, o.a);
  const L = len(axis);
  const fr = frame(axis, o.side);
  const u = fr.u;
  const s = fr.v;
  let fw = sub(o.front, scale(u, dot(o.front, u)));
  fw = norm(sub(fw, scale(s, dot(fw, s))));
  const N = 256;
  const fields = ['w', 'f', 'b', 'cs', 'cf', 'n', 'g'];
  const defaults = { cs: 0, cf: 0, n: 2, g: 0 };
  /** @type {Record<string, Float64Array>} */
  const tab = {};
  const keys = o.keys;
  for (const name of fields) {
    const vals = keys.map((k) => k[name] ?? defaults[name]);
    const arr = new Float64Array(N + 1);
    for (let i = 0; i <= N; i++) arr[i] = spline(keys, vals, i / N);
    tab[name] = arr;
  }
  // slope of the radius per unit length, for the Lipschitz correction
  const slope = new Float64Array(N + 1);
  for (let i = 0; i <= N; i++) {
    const i0 = Math.max(0, i - 1);
    const i1 = Math.min(N, i + 1);
    const dt = ((i1 - i0) / N) * L;
    let m = 0;
    for (const name of ['w', 'f', 'b']) m = Math.max(m, Math.abs(tab[name][i1] - tab[name][i0]) / dt);
    m += Math.hypot(tab.cs[i1] - tab.cs[i0], tab.cf[i1] - tab.cf[i0]) / dt;
    slope[i] = 1 / Math.sqrt(1 + m * m);
  }
  const gw = o.grooveWidth ?? 0.02;
  let rmax = 0;
  for (const k of keys) rmax = Math.max(rmax, k.w + Math.abs(k.cs ?? 0), k.f + Math.abs(k.cf ?? 0), k.b);
  const box = unionBox([boxAround(o.a, [rmax, rmax, rmax]), boxAround(o.b, [rmax, rmax, rmax])], 0);
  const [ax, ay, az] = o.a;
  return {
    box,
    dist: (x, y, z) => {
      const px = x - ax;
      const py = y - ay;
      const pz = z - az;
      const h = px * u[0] + py * u[1] + pz * u[2];
      const t = Math.min(1, Math.max(0, h / L)) * N;
      const i = Math.min(N - 1, Math.floor(t));
      const fr2 = t - i;
      const at = (name) => tab[name][i] * (1 - fr2) + tab[name][i + 1] * fr2;
      const w = at('w');
      const cs = at('cs');
      const cf = at('cf');
      const n = at('n');
      const lx = px * s[0] + py * s[1] + pz * s[2] - cs;
      const lz = px * fw[0] + py * fw[1] + pz * fw[2] - cf;
      let dep = lz > 0 ? at('f') : at('b');
      if (lz < 0) {
        const g = at('g');
        if (g > 0) dep *= 1 - g * Math.exp(-(lx * lx) / (gw * gw));
      }
      const d2 = superellipseDist(lx, lz, w, dep, n) * (slope[i] * (1 - fr2) + slope[i + 1] * fr2);
      const dax = Math.max(-h, h - L);
      if (dax > 0) {
        const dd = Math.max(d2, 0);
        return Math.sqrt(dd * dd + dax * dax);
      }
      return Math.max(d2, dax);
    },
  };
}

/** Approximate distance to a superellipse |x/a|^n + |z/b|^n = 1 (first-order, gradient-normalised). */
function superellipseDist(x, z, a, b, n) {
  const ux = Math.abs(x) / a;
  const uz = Math.abs(z) / b;
  if (n === 2) {
    const k0 = Math.sqrt(ux * ux + uz * uz);
    const k1 = Math.sqrt((ux * ux) / (a * a) + (uz * uz) / (b * b));
    return k1 > 1e-12 ? (k0 * (k0 - 1)) / k1 : -Math.min(a, b);
  }
  const px = ux ** n;
  const pz = uz ** n;
  const S = px + pz;
  if (S < 1e-12) return -Math.min(a, b);
  const k0 = S ** (1 / n);
  // gradient of k0 wrt (x, z)
  const c = S ** (1 / n - 1);
  const gx = (c * (ux > 0 ? px / ux : 0)) / a;
  const gz = (c * (uz > 0 ? pz / uz : 0)) / b;
  const g = Math.sqrt(gx * gx + gz * gz);
  return (k0 - 1) / g;
}

/** Catmull-Rom through (key.t, value), clamped at the ends. */
function spline(keys, vals, t) {
  const n = keys.length;
  if (t <= keys[0].t) return vals[0];
  if (t >= keys[n - 1].t) return vals[n - 1];
  let i = 0;
  while (i < n - 2 && t > keys[i + 1].t) i++;
  const t0 = keys[i].t;
  const t1 = keys[i + 1].t;
  const s = (t - t0) / (t1 - t0);
  const p0 = vals[Math.max(0, i - 1)];
  const p1 = vals[i];
  const p2 = vals[i + 1];
  const p3 = vals[Math.min(n - 1, i + 2)];
  // non-uniform key spacing: scale tangents by neighbouring interval lengths
  const tm1 = keys[Math.max(0, i - 1)].t;
  const tp2 = keys[Math.min(n - 1, i + 2)].t;
  const m1 = i > 0 ? ((p2 - p0) / (t1 - tm1)) * (t1 - t0) : p2 - p1;
  const m2 = i + 2 < n ? ((p3 - p1) / (tp2 - t0)) * (t1 - t0) : p2 - p1;
  const s2 = s * s;
  const s3 = s2 * s;
  return (2 * s3 - 3 * s2 + 1) * p1 + (s3 - 2 * s2 + s) * m1 + (-2 * s3 + 3 * s2) * p2 + (s3 - s2) * m2;
}

/**
 * Smooth union of children, skipping children whose bounds are far enough away to not matter.
 * @param {SdfNode[]} children @param {number} k @returns {SdfNode}
 */
export function union(children, k) {
  const box = unionBox(
    children.map((c) => c.box),
    k * 0.25,
  );
  const boxes = children.map((c) => c.box);
  return {
    box,
    dist: (x, y, z) => {
      let d = Infinity;
      for (let i = 0; i < children.length; i++) {
        if (d !== Infinity && boxDist(boxes[i], x, y, z) >= d + k) continue;
        d = smin(d, children[i].dist(x, y, z), k);
      }
      return d;
    },
  };
}

/**
 * Smooth subtraction: carve `cut` out of `base` with blend radius k.
 * @param {SdfNode} base @param {SdfNode} cut @param {number} k @returns {SdfNode}
 */
export function subtract(base, cut, k) {
  return {
    box: base.box,
    dist: (x, y, z) => {
      const a = base.dist(x, y, z);
      if (boxDist(cut.box, x, y, z) >= k - a) return a;
      const b = -cut.dist(x, y, z);
      const h = k - Math.abs(a - b);
      const m = Math.max(a, b);
      return h <= 0 ? m : m + (h * h) / (4 * k);
    },
  };
}

/**
 * Smooth intersection with the half-space y >= y0 (flat soles).
 * @param {SdfNode} base @param {number} y0 @param {number} k @returns {SdfNode}
 */
export function aboveFloor(base, y0, k) {
  return {
    box: base.box,
    dist: (x, y, z) => {
      const a = base.dist(x, y, z);
      const b = y0 - y;
      const h = k - Math.abs(a - b);
      const m = Math.max(a, b);
      return h <= 0 ? m : m + (h * h) / (4 * k);
    },
  };
}

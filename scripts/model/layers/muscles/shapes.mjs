// The two shapes every muscle is made of, both closed tubes of rings (fast, and the ring's
// parameter gives the distance across the fibres directly):
// - spindle: a loft along a smooth centre curve from origin to insertion, elliptical sections
//   that are thin at the tendons and full at the belly;
// - sheet: a patch on the body's surface (u across the fibres, v along them), each point pulled
//   onto the skin and pushed a few millimetres in, with a thickness that thins to the rim.
import { normalAt, project } from '../../mesher.mjs';
import { add, cross, dot, len, norm, scale, sub } from '../../sdf.mjs';

/** @typedef {import('../../sdf.mjs').Vec3} Vec3 */
/** @typedef {(x: number, y: number, z: number) => number} Field */
/**
 * A closed tube: rings of equal length (loops) and the distance across the fibres (mm) per ring
 * point. Ring points k and mirror(k) have the same fibre value: for a spindle (folded round the
 * ring) mirror(k) = n - k, for a sheet (top, then bottom backwards) mirror(k) = n - 1 - k.
 * @typedef {{ rings: Vec3[][], fibre: number[][], kind: 'spindle' | 'sheet' }} Tube
 */

/** Centripetal Catmull–Rom through `pts`, `per` samples per span (ends repeated as ghosts). */
export function spline(/** @type {Vec3[]} */ pts, per = 16) {
  if (pts.length === 1) return [pts[0]];
  /** @type {Vec3[]} */
  const out = [];
  const n = pts.length;
  const knot = (/** @type {Vec3} */ a, /** @type {Vec3} */ b) => Math.max(1e-6, Math.sqrt(len(sub(b, a))));
  for (let i = 0; i + 1 < n; i++) {
    const p1 = pts[i];
    const p2 = pts[i + 1];
    // ghost ends continue the first and last span straight on
    const p0 = i > 0 ? pts[i - 1] : sub(scale(p1, 2), p2);
    const p3 = i + 2 < n ? pts[i + 2] : sub(scale(p2, 2), p1);
    const t1 = knot(p0, p1);
    const t2 = t1 + knot(p1, p2);
    const t3 = t2 + knot(p2, p3);
    const mix = (a, b, ta, tb, t) => add(scale(a, (tb - t) / (tb - ta)), scale(b, (t - ta) / (tb - ta)));
    for (let k = 0; k < per; k++) {
      const t = t1 + ((t2 - t1) * k) / per;
      const A1 = mix(p0, p1, 0, t1, t);
      const A2 = mix(p1, p2, t1, t2, t);
      const A3 = mix(p2, p3, t2, t3, t);
      out.push(mix(mix(A1, A2, 0, t2, t), mix(A2, A3, t1, t3, t), t1, t2, t));
    }
  }
  out.push(pts[n - 1]);
  return out;
}

/** `count + 1` points evenly spaced by arc length along a polyline. */
export function resample(/** @type {Vec3[]} */ line, count) {
  if (line.length === 1) return Array.from({ length: count + 1 }, () => line[0]);
  const cum = [0];
  for (let i = 1; i < line.length; i++) cum.push(cum[i - 1] + len(sub(line[i], line[i - 1])));
  const total = cum[cum.length - 1];
  /** @type {Vec3[]} */
  const out = [];
  let j = 0;
  for (let k = 0; k <= count; k++) {
    const s = (total * k) / count;
    while (j + 2 < line.length && cum[j + 1] < s) j++;
    const span = cum[j + 1] - cum[j] || 1;
    const t = Math.min(1, Math.max(0, (s - cum[j]) / span));
    out.push(add(line[j], scale(sub(line[j + 1], line[j]), t)));
  }
  return out;
}

/** A smooth profile through keys [t, ...values], eased between neighbours. */
export function profile(/** @type {number[][]} */ keys, t) {
  if (t <= keys[0][0]) return keys[0].slice(1);
  for (let i = 0; i + 1 < keys.length; i++) {
    const [t0] = keys[i];
    const [t1] = keys[i + 1];
    if (t <= t1) {
      const x = (t - t0) / (t1 - t0 || 1);
      const e = x * x * (3 - 2 * x);
      return keys[i].slice(1).map((v, j) => v + (keys[i + 1][j + 1] - v) * e);
    }
  }
  return keys[keys.length - 1].slice(1);
}

/**
 * A spindle (or strap): elliptical rings along a smooth curve through `path`. `section` keys are
 * [t, half-width along `hint`, half-depth across it] by arc-length fraction t. The distance
 * across the fibres runs round the ring, folded so that it meets itself without a seam.
 * @param {{ path: Vec3[], section: number[][], hint: Vec3, rings?: number, around?: number, twist?: Vec3 }} o
 *   twist: a second hint the section turns towards by the insertion (for muscles that twist)
 * @returns {Tube}
 */
export function spindle(o) {
  const nr = o.rings ?? 20;
  const na = o.around ?? 14;
  const centre = resample(spline(o.path, 24), nr);
  let belly = 0;
  for (const [, a, b] of o.section) belly = Math.max(belly, Math.PI * Math.sqrt((a * a + b * b) / 2));
  /** @type {Vec3[][]} */
  const rings = [];
  /** @type {number[][]} */
  const fibre = [];
  for (let i = 0; i <= nr; i++) {
    const t = i / nr;
    const c = centre[i];
    const T = norm(sub(centre[Math.min(nr, i + 1)], centre[Math.max(0, i - 1)]));
    const h = o.twist ? add(scale(o.hint, 1 - t), scale(o.twist, t)) : o.hint;
    const n1 = norm(sub(h, scale(T, dot(h, T))));
    const n2 = cross(T, n1);
    const [a, b] = profile(o.section, t);
    const ring = [];
    const fib = [];
    for (let k = 0; k < na; k++) {
      const th = (2 * Math.PI * k) / na;
      ring.push(add(c, add(scale(n1, a * Math.cos(th)), scale(n2, b * Math.sin(th)))));
      fib.push((Math.min(k, na - k) / na) * belly * 1000);
    }
    rings.push(ring);
    fibre.push(fib);
  }
  return { rings, fibre, kind: 'spindle' };
}

/**
 * A sheet under the skin. `rows` are lines across the fibres from the origin (first) to the
 * insertion (last), near the skin; a single point makes a tendon. Each point is pulled onto the
 * skin, then pushed `depth` in; the sheet is `thick` thick at its heart, thin at the rim.
 * @param {Field} skin
 * @param {{ rows: Vec3[][], depth: number | number[][], thick: number | number[][], across?: number, along?: number,
 *   tendonFrom?: Vec3, tendonTo?: Vec3 }} o
 *   depth / thick may be keys [v, value] along the fibres; tendonFrom / tendonTo: a bony point
 *   deeper in the body that the sheet's first / last edge gathers into
 * @returns {Tube}
 */
export function sheet(skin, o) {
  const nu = o.across ?? 12;
  const nv = o.along ?? 20;
  const rows = o.rows.map((r) => resample(spline(r, 12), nu));
  /** @type {Vec3[][]} columns along v, one per u */
  const cols = [];
  for (let j = 0; j <= nu; j++)
    cols.push(
      resample(
        spline(
          rows.map((r) => r[j]),
          16,
        ),
        nv,
      ),
    );
  const at = (/** @type {number | number[][]} */ p, v) => (typeof p === 'number' ? p : profile(p, v)[0]);
  /** @type {Vec3[][]} */
  const rings = [];
  /** @type {number[][]} */
  const fibre = [];
  for (let i = 0; i <= nv; i++) {
    const v = i / nv;
    const top = [];
    const bottom = [];
    const vBump = Math.sqrt(Math.max(0, Math.sin(Math.PI * Math.min(1, Math.max(0, v))))) * 0.85 + 0.15;
    for (let j = 0; j <= nu; j++) {
      const u = j / nu;
      const s = /** @type {Vec3} */ ([...cols[j][i]]);
      project(skin, s, 0.01, 12);
      const n = normalAt(skin, s[0], s[1], s[2]);
      const d = at(o.depth, v);
      const th = 0.0008 + (at(o.thick, v) - 0.0008) * Math.sqrt(Math.sin(Math.PI * u)) * vBump;
      top.push(sub(s, scale(n, d)));
      bottom.push(sub(s, scale(n, d + th)));
    }
    // the width across the fibres along the top, for the fibre coordinate
    const cum = [0];
    for (let j = 1; j <= nu; j++) cum.push(cum[j - 1] + len(sub(top[j], top[j - 1])) * 1000);
    const widthMm = cum[nu];
    const k = widthMm > 252 ? 252 / widthMm : 1;
    rings.push([...top, ...bottom.reverse()]);
    fibre.push([...cum.map((c) => c * k), ...cum.map((c) => c * k).reverse()]);
  }
  if (o.tendonTo) gatherInto(rings, fibre, o.tendonTo, false);
  if (o.tendonFrom) gatherInto(rings, fibre, o.tendonFrom, true);
  return { rings, fibre, kind: 'sheet' };
}

/** Adds rings that gather a sheet's end edge into a tendon on a bony point. */
function gatherInto(
  /** @type {Vec3[][]} */ rings,
  /** @type {number[][]} */ fibre,
  /** @type {Vec3} */ to,
  atStart,
) {
  const edge = atStart ? rings[0] : rings[rings.length - 1];
  const edgeFibre = atStart ? fibre[0] : fibre[fibre.length - 1];
  const c = scale(
    edge.reduce((sum, p) => add(sum, p), [0, 0, 0]),
    1 / edge.length,
  );
  const steps = 4;
  for (let i = 1; i <= steps; i++) {
    const f = i / steps;
    const centre = add(c, scale(sub(to, c), f));
    const shrink = 1 - 0.8 * f;
    const ring = edge.map((p) => add(centre, scale(sub(p, c), shrink)));
    if (atStart) {
      rings.unshift(ring);
      fibre.unshift(edgeFibre);
    } else {
      rings.push(ring);
      fibre.push(edgeFibre);
    }
  }
}

/**
 * A closed triangle mesh from a tube: quads between rings and a strip across each end. Facing
 * outwards (the winding is flipped where the rings turn the other way).
 * @param {Tube} tube
 * @returns {{ positions: Vec3[], fibre: number[], indices: number[] }}
 */
export function tubeMesh(tube) {
  const { rings } = tube;
  const m = rings[0].length;
  /** @type {Vec3[]} */
  const positions = rings.flat();
  const fibre = tube.fibre.flat();
  /** @type {number[]} */
  const indices = [];
  for (let i = 0; i + 1 < rings.length; i++) {
    for (let k = 0; k < m; k++) {
      const a = i * m + k;
      const b = i * m + ((k + 1) % m);
      const c = a + m;
      const d = b + m;
      indices.push(a, b, d, a, d, c);
    }
  }
  // each end closed by a strip across the ring joining points of equal fibre value, so the
  // stripes run on over the end instead of crowding into a centre point
  const last = (rings.length - 1) * m;
  for (const [a, b, c] of capTriangles(m, tube.kind)) {
    indices.push(c, b, a);
    indices.push(last + a, last + b, last + c);
  }
  // signed volume: negative means the faces point inwards
  let vol = 0;
  for (let t = 0; t < indices.length; t += 3) {
    const [a, b, c] = [positions[indices[t]], positions[indices[t + 1]], positions[indices[t + 2]]];
    vol += dot(a, cross(b, c));
  }
  if (vol < 0) {
    for (let t = 0; t < indices.length; t += 3) {
      const x = indices[t + 1];
      indices[t + 1] = indices[t + 2];
      indices[t + 2] = x;
    }
  }
  return { positions, fibre, indices };
}

/**
 * Triangles (ring indices, in the ring's own turning sense) that close a ring of m points by
 * joining each point to its mirror: a strip of quads between the two halves.
 * @param {number} m @param {'spindle' | 'sheet'} kind
 * @returns {[number, number, number][]}
 */
function capTriangles(m, kind) {
  /** @type {[number, number, number][]} */
  const out = [];
  if (kind === 'sheet') {
    // pairs (k, m - 1 - k)
    for (let k = 0; k + 1 < m / 2; k++) {
      out.push([k, k + 1, m - 2 - k], [k, m - 2 - k, m - 1 - k]);
    }
    return out;
  }
  // pairs (k, m - k), with 0 and m / 2 alone at the two ends of the strip
  out.push([0, 1, m - 1]);
  for (let k = 1; k + 1 < m / 2; k++) out.push([k, k + 1, m - k - 1], [k, m - k - 1, m - k]);
  if (m % 2 === 0) out.push([m / 2 - 1, m / 2, m / 2 + 1]);
  return out;
}

/**
 * The usual spindle section: tendons of radius `tendon` at both ends, the belly (half-width `a`
 * along the hint, half-depth `b`) full between `from` and `to` (arc-length fractions).
 */
export function belly(a, b, tendon = 0.003, from = 0.3, to = 0.6) {
  return [
    [0, tendon, tendon * 0.8],
    [from, a, b],
    [to, a, b],
    [1, tendon, tendon * 0.8],
  ];
}

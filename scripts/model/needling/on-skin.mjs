// Putting things on the skin: a landmark inside the body plus a direction gives the skin point
// where a ray from it leaves the body; a smooth curve through skin points is sampled, pulled onto
// the skin, evened out and resampled so that a line drawn on the body neither cuts through it nor
// turns sharply.
import { normalAt, project } from '../mesher.mjs';
import { add, len, norm, scale, sub } from '../sdf.mjs';

/** @typedef {import('../sdf.mjs').Vec3} Vec3 */
/** @typedef {(x: number, y: number, z: number) => number} Field */

/** Where a ray from `from` (inside the body) along `dir` first leaves the skin. */
export function castOut(/** @type {Field} */ f, /** @type {Vec3} */ from, /** @type {Vec3} */ dir) {
  const u = norm(dir);
  if (f(...from) >= 0) throw new Error(`landmark ${fmt(from)} is not inside the body`);
  const STEP = 0.001;
  let t = 0;
  while (f(...add(from, scale(u, t + STEP))) < 0) {
    t += STEP;
    if (t > 0.25) throw new Error(`no skin within 25 cm of ${fmt(from)}`);
  }
  let lo = t;
  let hi = t + STEP;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (f(...add(from, scale(u, mid))) < 0) lo = mid;
    else hi = mid;
  }
  return onSkin(f, add(from, scale(u, (lo + hi) / 2)));
}

/** The nearest skin point to a point near the skin (Newton steps along the field's gradient). */
export function onSkin(/** @type {Field} */ f, /** @type {Vec3} */ p) {
  const q = [...p];
  project(f, q, 0.004, 40);
  return /** @type {Vec3} */ (q);
}

/** The outward unit normal of the skin at a skin point. */
export function skinNormal(/** @type {Field} */ f, /** @type {Vec3} */ p) {
  return /** @type {Vec3} */ (normalAt(f, p[0], p[1], p[2]));
}

/**
 * Centripetal Catmull–Rom through `pts`, `per` samples per span. The ends' ghost points repeat
 * the end points, or with `straightEnds` continue the first and last span straight on.
 * @param {Vec3[]} pts @param {number} per @param {boolean} [straightEnds]
 * @returns {Vec3[]}
 */
export function catmullRom(pts, per, straightEnds = false) {
  /** @type {Vec3[]} */
  const out = [];
  const n = pts.length;
  for (let i = 0; i + 1 < n; i++) {
    const p1 = pts[i];
    const p2 = pts[i + 1];
    const p0 = i > 0 ? pts[i - 1] : straightEnds ? sub(scale(p1, 2), p2) : p1;
    const p3 = i + 2 < n ? pts[i + 2] : straightEnds ? sub(scale(p2, 2), p1) : p2;
    const knot = (a, b) => Math.max(1e-6, Math.sqrt(len(sub(b, a))));
    const t1 = knot(p0, p1);
    const t2 = t1 + knot(p1, p2);
    const t3 = t2 + knot(p2, p3);
    for (let k = 0; k < per; k++) {
      const t = t1 + ((t2 - t1) * k) / per;
      const mix = (a, b, ta, tb) => add(scale(a, (tb - t) / (tb - ta)), scale(b, (t - ta) / (tb - ta)));
      const A1 = mix(p0, p1, 0, t1);
      const A2 = mix(p1, p2, t1, t2);
      const A3 = mix(p2, p3, t2, t3);
      const B1 = mix(A1, A2, 0, t2);
      const B2 = mix(A2, A3, t1, t3);
      out.push(mix(B1, B2, t1, t2));
    }
  }
  out.push(pts[n - 1]);
  return out;
}

/** Cumulative arc length at each point of a polyline. @param {Vec3[]} line */
function arcLengths(line) {
  const cum = [0];
  for (let i = 1; i < line.length; i++) cum.push(cum[i - 1] + len(sub(line[i], line[i - 1])));
  return cum;
}

/**
 * `count + 1` points evenly spaced by arc length along a polyline (ends kept).
 * @param {Vec3[]} line @param {number} count @param {number[]} [cum] its arc lengths, if known
 * @returns {Vec3[]}
 */
export function resampleEvenly(line, count, cum = arcLengths(line)) {
  if (line.length === 1) return Array.from({ length: count + 1 }, () => line[0]);
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

/** Points spaced about `step` apart along a polyline (the last point kept). */
function resample(/** @type {Vec3[]} */ line, step) {
  const cum = arcLengths(line);
  return resampleEvenly(line, Math.max(1, Math.ceil(cum[cum.length - 1] / step)), cum);
}

/**
 * A smooth line on the skin through skin points, one sample about every `step` metres.
 * The spline's chords dip under the skin between points; each sample is pulled back out, then a
 * few rounds of gentle smoothing (each followed by the pull) even out the dents that curved skin
 * leaves. The ends and the `keep` points (the acupuncture points on the line) stay fixed, so the
 * points drawn on a line lie on it; the other landmarks only guide it.
 * @param {Field} f @param {Vec3[]} through skin points, in order @param {Vec3[]} keep
 * @returns {Vec3[]}
 */
export function lineOnSkin(f, through, keep, step = 0.01) {
  const dense = catmullRom(through, 24).map((p) => onSkin(f, p));
  let line = resample(dense, step).map((p) => onSkin(f, p));
  // keep the given points: snap the nearest sample of each onto it
  const fixed = new Set([0, line.length - 1]);
  for (const p of through.filter((q) => keep.some((k) => len(sub(k, q)) < 1e-9))) {
    let best = 0;
    for (let i = 1; i < line.length; i++) if (len(sub(line[i], p)) < len(sub(line[best], p))) best = i;
    line[best] = p;
    fixed.add(best);
  }
  for (let round = 0; round < 30; round++) {
    line = line.map((p, i) =>
      fixed.has(i) ? p : onSkin(f, scale(add(add(line[i - 1], line[i + 1]), scale(p, 2)), 0.25)),
    );
  }
  return line;
}

/** The largest turn, in degrees, between consecutive segments of a polyline. */
export function largestTurn(/** @type {Vec3[]} */ line) {
  let worst = 0;
  for (let i = 1; i + 1 < line.length; i++) {
    const a = norm(sub(line[i], line[i - 1]));
    const b = norm(sub(line[i + 1], line[i]));
    const c = Math.min(1, Math.max(-1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2]));
    worst = Math.max(worst, (Math.acos(c) * 180) / Math.PI);
  }
  return worst;
}

/** The longest step between consecutive samples. */
export function longestStep(/** @type {Vec3[]} */ line) {
  let worst = 0;
  for (let i = 1; i < line.length; i++) worst = Math.max(worst, len(sub(line[i], line[i - 1])));
  return worst;
}

const fmt = (/** @type {Vec3} */ p) => `[${p.map((v) => v.toFixed(3)).join(', ')}]`;

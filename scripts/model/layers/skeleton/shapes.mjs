// Distance-field shapes the bones need beyond ../../sdf.mjs: a thin plate over a triangle (the
// blades of the scapula and the ilium) and a rounded elliptic cylinder (a vertebral body).
import { cross, dot, norm, scale, sub } from '../../sdf.mjs';

/** @typedef {import('../../sdf.mjs').Vec3} Vec3 */
/** @typedef {import('../../sdf.mjs').SdfNode} SdfNode */

const PAD = 0.02;

/** @param {Vec3[]} pts @param {number} r @returns {import('../../sdf.mjs').Box} */
function boxOf(pts, r) {
  const min = /** @type {Vec3} */ ([0, 1, 2].map((i) => Math.min(...pts.map((p) => p[i])) - r - PAD));
  const max = /** @type {Vec3} */ ([0, 1, 2].map((i) => Math.max(...pts.map((p) => p[i])) + r + PAD));
  return { min, max };
}

/**
 * A plate of half-thickness r over the triangle a, b, c (exact distance to the triangle, minus r).
 * @param {Vec3} a @param {Vec3} b @param {Vec3} c @param {number} r @returns {SdfNode}
 */
export function plate(a, b, c, r) {
  const ba = sub(b, a);
  const cb = sub(c, b);
  const ac = sub(a, c);
  const nor = cross(ba, ac);
  const nn = dot(nor, nor);
  const e1 = cross(ba, nor);
  const e2 = cross(cb, nor);
  const e3 = cross(ac, nor);
  const seg = (/** @type {Vec3} */ e, /** @type {Vec3} */ p) => {
    const t = Math.min(1, Math.max(0, dot(e, p) / dot(e, e)));
    const q = sub(scale(e, t), p);
    return dot(q, q);
  };
  return {
    box: boxOf([a, b, c], r),
    dist: (x, y, z) => {
      const pa = /** @type {Vec3} */ ([x - a[0], y - a[1], z - a[2]]);
      const pb = /** @type {Vec3} */ ([x - b[0], y - b[1], z - b[2]]);
      const pc = /** @type {Vec3} */ ([x - c[0], y - c[1], z - c[2]]);
      const s = Math.sign(dot(e1, pa)) + Math.sign(dot(e2, pb)) + Math.sign(dot(e3, pc));
      const d2 = s < 2 ? Math.min(seg(ba, pa), seg(cb, pb), seg(ac, pc)) : (dot(nor, pa) * dot(nor, pa)) / nn;
      return Math.sqrt(d2) - r;
    },
  };
}

/**
 * A rounded elliptic cylinder around the vertical through c: half-widths w (x) and d (z),
 * half-height h, edges rounded by `round`. Its axis may lean along `axis`.
 * @param {Vec3} c @param {number} w @param {number} h @param {number} d @param {number} round
 * @param {Vec3} [axis] @returns {SdfNode}
 */
export function disc(c, w, h, d, round, axis = [0, 1, 0]) {
  const up = norm(axis);
  const side = norm(sub([1, 0, 0], scale(up, dot([1, 0, 0], up))));
  const fw = cross(side, up);
  const wi = w - round;
  const di = d - round;
  const hi = h - round;
  const m = Math.max(w, h, d);
  return {
    box: boxOf([c], m),
    dist: (x, y, z) => {
      const X = x - c[0];
      const Y = y - c[1];
      const Z = z - c[2];
      const px = (X * side[0] + Y * side[1] + Z * side[2]) / wi;
      const pz = (X * fw[0] + Y * fw[1] + Z * fw[2]) / di;
      const k0 = Math.sqrt(px * px + pz * pz);
      const k1 = Math.sqrt((px * px) / (wi * wi) + (pz * pz) / (di * di));
      const e = k1 > 1e-9 ? (k0 * (k0 - 1)) / k1 : -Math.min(wi, di);
      const dy = Math.abs(X * up[0] + Y * up[1] + Z * up[2]) - hi;
      const ex = Math.max(e, 0);
      const ey = Math.max(dy, 0);
      return Math.sqrt(ex * ex + ey * ey) + Math.min(Math.max(e, dy), 0) - round;
    },
  };
}

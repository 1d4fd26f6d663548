// Finer meshing where detail matters (face, hands, feet). Each zone is the part of the skin on the
// far side of a plane (neck, wrist, ankle) inside a box. The body is meshed on its coarse grid and
// each zone on its own fine grid; both meshes are cut at the zone's plane (the cut points pulled
// onto the surface within the plane), and the two rims are zipped together: every rim edge of one
// side is split at the rim points of the other side that fall between its ends, so both sides end
// up sharing one polyline of vertices. The result is one closed mesh, denser inside the zones.
import { gradient, normalAt, surfaceNets } from './mesher.mjs';
import { boxDist, dot, sub } from './sdf.mjs';

/** @typedef {import('./mesher.mjs').FineMesh} FineMesh */
/** @typedef {import('./mesher.mjs').Field} Field */
/**
 * @typedef {object} Zone
 * @property {string} name
 * @property {import('./sdf.mjs').Vec3} point  a point on the cutting plane
 * @property {import('./sdf.mjs').Vec3} normal unit normal, pointing into the zone
 * @property {{ min: number[], max: number[] }} box  holds the zone's whole skin, with room to spare
 * @property {number} h fine grid step
 * @property {number} detail weight of shading changes in the simplifier (1 = as elsewhere)
 */

/**
 * Meshes the field on the coarse grid and every zone on its own grid, and joins them.
 * @param {Field} f
 * @param {{ min: number[], max: number[], h: number }} grid
 * @param {Zone[]} zones
 * @returns {FineMesh & { evaluations: number, zoneOf: Int8Array }} zoneOf: zone index + 1 per vertex (0 = coarse)
 */
export function meshWithZones(f, grid, zones) {
  const coarse = surfaceNets(f, grid);
  let evaluations = coarse.evaluations;
  const inZone = (z, x, y, w) =>
    boxDist({ min: z.box.min, max: z.box.max }, x, y, w) === 0 && planeSide(z, x, y, w) > 0;
  // the coarse mesh minus every zone
  let body = clip(coarse, (x, y, w) => zones.findIndex((z) => inZone(z, x, y, w)) < 0, zones, f);
  /** @type {number[]} */
  const zoneOf = new Array(body.positions.length / 3).fill(0);
  const P = Array.from(body.positions);
  const N = Array.from(body.normals);
  const I = Array.from(body.indices);
  zones.forEach((z, zi) => {
    const fine = surfaceNets(f, { min: z.box.min, max: z.box.max, h: z.h, brick: 4 });
    evaluations += fine.evaluations;
    const part = clip(fine, (x, y, w) => planeSide(z, x, y, w) > 0, [z], f);
    const off = P.length / 3;
    for (const v of part.positions) P.push(v);
    for (const v of part.normals) N.push(v);
    for (const i of part.indices) I.push(i + off);
    for (let i = 0; i < part.positions.length / 3; i++) zoneOf.push(zi + 1);
    zip(P, I, z, (v) => zoneOf[v] === zi + 1);
  });
  body = { positions: new Float64Array(P), normals: new Float32Array(N), indices: new Uint32Array(I) };
  return { ...body, evaluations, zoneOf: Int8Array.from(zoneOf) };
}

/** Signed distance of a point from the zone's plane (positive inside the zone). */
function planeSide(z, x, y, w) {
  return (x - z.point[0]) * z.normal[0] + (y - z.point[1]) * z.normal[1] + (w - z.point[2]) * z.normal[2];
}

/**
 * Keeps the triangles whose vertices pass `keep`, and cuts those that cross a zone's plane at
 * that plane. Cut points are shared by the two triangles of an edge and pulled onto the surface
 * within the plane, so the rim stays exactly in the plane.
 * @param {FineMesh} m @param {(x: number, y: number, z: number) => boolean} keep
 * @param {Zone[]} zones planes that the kept part may be cut at
 * @param {Field} f
 * @returns {FineMesh}
 */
function clip(m, keep, zones, f) {
  const nv = m.positions.length / 3;
  const P = Array.from(m.positions);
  const N = Array.from(m.normals);
  const pt = (i) => [P[i * 3], P[i * 3 + 1], P[i * 3 + 2]];
  const ok = new Uint8Array(nv);
  for (let i = 0; i < nv; i++) ok[i] = keep(P[i * 3], P[i * 3 + 1], P[i * 3 + 2]) ? 1 : 0;
  const cuts = new Map();
  // the plane a cut edge crosses: the zone whose plane separates its ends
  const cutAt = (a, b) => {
    const key = a < b ? a * nv + b : b * nv + a;
    const hit = cuts.get(key);
    if (hit !== undefined) return hit;
    const A = pt(a);
    const B = pt(b);
    let best = zones[0];
    let bestScore = Infinity;
    for (const z of zones) {
      const sa = planeSide(z, A[0], A[1], A[2]);
      const sb = planeSide(z, B[0], B[1], B[2]);
      const score = sa * sb < 0 ? boxDist(z.box, A[0], A[1], A[2]) : Infinity;
      if (score < bestScore) {
        bestScore = score;
        best = z;
      }
    }
    if (bestScore === Infinity)
      throw new Error('a kept triangle crosses no zone plane: a zone box is too small');
    const sa = planeSide(best, A[0], A[1], A[2]);
    const sb = planeSide(best, B[0], B[1], B[2]);
    const t = sa / (sa - sb);
    const q = [A[0] + (B[0] - A[0]) * t, A[1] + (B[1] - A[1]) * t, A[2] + (B[2] - A[2]) * t];
    projectInPlane(f, q, best.normal);
    const v = P.length / 3;
    P.push(q[0], q[1], q[2]);
    N.push(...normalAt(f, q[0], q[1], q[2]));
    cuts.set(key, v);
    return v;
  };
  /** @type {number[]} */
  const out = [];
  const I = m.indices;
  for (let t = 0; t < I.length; t += 3) {
    const tri = [I[t], I[t + 1], I[t + 2]];
    const k = ok[tri[0]] + ok[tri[1]] + ok[tri[2]];
    if (k === 3) {
      out.push(tri[0], tri[1], tri[2]);
      continue;
    }
    if (k === 0) continue;
    // rotate so that the odd vertex comes first
    const odd = k === 1 ? tri.findIndex((v) => ok[v]) : tri.findIndex((v) => !ok[v]);
    const [a, b, c] = [tri[odd], tri[(odd + 1) % 3], tri[(odd + 2) % 3]];
    const ab = cutAt(a, b);
    const ca = cutAt(c, a);
    if (k === 1) out.push(a, ab, ca);
    else out.push(ab, b, c, ab, c, ca);
  }
  // drop unused vertices, keeping first-use order (deterministic)
  const remap = new Int32Array(P.length / 3).fill(-1);
  const pos = [];
  const nor = [];
  const idx = new Uint32Array(out.length);
  for (let i = 0; i < out.length; i++) {
    const v = out[i];
    if (remap[v] < 0) {
      remap[v] = pos.length / 3;
      pos.push(P[v * 3], P[v * 3 + 1], P[v * 3 + 2]);
      nor.push(N[v * 3], N[v * 3 + 1], N[v * 3 + 2]);
    }
    idx[i] = remap[v];
  }
  return { positions: new Float64Array(pos), normals: new Float32Array(nor), indices: idx };
}

/** Newton steps onto the surface, moving only within the plane with normal n. */
function projectInPlane(f, p, n) {
  for (let i = 0; i < 4; i++) {
    const d = f(p[0], p[1], p[2]);
    if (Math.abs(d) < 1e-7) break;
    const g = gradient(f, p[0], p[1], p[2]);
    const gn = dot(g, n);
    const gx = g[0] - gn * n[0];
    const gy = g[1] - gn * n[1];
    const gz = g[2] - gn * n[2];
    const g2 = gx * gx + gy * gy + gz * gz;
    if (g2 < 1e-8) break;
    const s = Math.max(-0.002, Math.min(0.002, d / g2));
    p[0] -= gx * s;
    p[1] -= gy * s;
    p[2] -= gz * s;
  }
}

/**
 * Zips the rim of a zone's mesh to the rim of the rest along the zone's plane. Both rims are the
 * same closed curve in the plane, sampled at different points; each rim edge is split at the other
 * side's points that lie between its ends (by angle around the rim's centre, which suits the
 * round cross-sections of a neck, wrist or ankle).
 * @param {number[]} P positions (flat) @param {number[]} I indices (modified)
 * @param {Zone} z @param {(v: number) => boolean} isZone whether a vertex belongs to the zone's mesh
 */
function zip(P, I, z, isZone) {
  // rim edges: used by one triangle only, with both ends on the plane
  const uses = new Map();
  const nv = P.length / 3;
  for (let t = 0; t < I.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = I[t + e];
      const b = I[t + ((e + 1) % 3)];
      const key = a < b ? a * nv + b : b * nv + a;
      const u = uses.get(key);
      if (u) u.n++;
      else uses.set(key, { n: 1, t, e });
    }
  }
  const onPlane = (v) => Math.abs(planeSide(z, P[v * 3], P[v * 3 + 1], P[v * 3 + 2])) < 1e-9;
  const rims = { zone: [], rest: [] };
  for (const u of uses.values()) {
    if (u.n !== 1) continue;
    const a = I[u.t + u.e];
    const b = I[u.t + ((u.e + 1) % 3)];
    if (!onPlane(a) || !onPlane(b)) continue;
    if (boxDist(z.box, P[a * 3], P[a * 3 + 1], P[a * 3 + 2]) > 0) continue;
    (isZone(a) ? rims.zone : rims.rest).push(u);
  }
  if (rims.zone.length < 3 || rims.rest.length < 3) throw new Error(`zone ${z.name}: no rim to zip`);
  // angle of each rim point around the rim's centre, in the plane
  const verts = (list) => [...new Set(list.flatMap((u) => [I[u.t + u.e], I[u.t + ((u.e + 1) % 3)]]))];
  const zoneVerts = verts(rims.zone);
  const restVerts = verts(rims.rest);
  const c = [0, 0, 0];
  for (const v of zoneVerts) for (let k = 0; k < 3; k++) c[k] += P[v * 3 + k] / zoneVerts.length;
  const n = z.normal;
  const e1 = normalize(Math.abs(n[0]) < 0.9 ? crossv(n, [1, 0, 0]) : crossv(n, [0, 1, 0]));
  const e2 = crossv(n, e1);
  const angle = (v) => {
    const d = sub([P[v * 3], P[v * 3 + 1], P[v * 3 + 2]], /** @type {any} */ (c));
    return Math.atan2(dot(d, /** @type {any} */ (e2)), dot(d, /** @type {any} */ (e1)));
  };
  const ang = new Map([...zoneVerts, ...restVerts].map((v) => [v, angle(v)]));
  /** @type {number[]} */
  const extra = [];
  const split = (list, others) => {
    for (const u of list) {
      const a = I[u.t + u.e];
      const b = I[u.t + ((u.e + 1) % 3)];
      const x = I[u.t + ((u.e + 2) % 3)];
      const aa = /** @type {number} */ (ang.get(a));
      const span = wrap(/** @type {number} */ (ang.get(b)) - aa);
      const dirn = Math.sign(span);
      const inner = others
        .map((v) => ({ v, s: wrap(/** @type {number} */ (ang.get(v)) - aa) * dirn }))
        .filter((o) => o.s > 0 && o.s < Math.abs(span))
        .sort((p, q) => p.s - q.s || p.v - q.v)
        .map((o) => o.v);
      if (!inner.length) continue;
      const chain = [a, ...inner, b];
      // the triangle becomes a fan from its third vertex over the chain
      I[u.t] = x;
      I[u.t + 1] = chain[0];
      I[u.t + 2] = chain[1];
      for (let i = 1; i + 1 < chain.length; i++) extra.push(x, chain[i], chain[i + 1]);
    }
  };
  split(rims.zone, restVerts);
  split(rims.rest, zoneVerts);
  for (const v of extra) I.push(v);
}

const wrap = (a) => Math.atan2(Math.sin(a), Math.cos(a));
const crossv = (a, b) => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const normalize = (a) => {
  const l = Math.hypot(a[0], a[1], a[2]);
  return [a[0] / l, a[1] / l, a[2] / l];
};

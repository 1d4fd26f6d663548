// Building blocks for the layers drawn as separate pieces (bones, nerves): a distance field meshed
// in its own small box and simplified, a smooth tube along a path, the mirror of a left-side piece,
// and the join of all pieces into one LayerGeometry whose every vertex names its part.
import { surfaceNets } from '../../mesher.mjs';
import { add, cross, dot, len, lerp3, norm, scale, sub } from '../../sdf.mjs';
import { simplifyMesh } from '../../simplify.mjs';

/** @typedef {import('../../sdf.mjs').Vec3} Vec3 */
/** @typedef {import('../../sdf.mjs').SdfNode} SdfNode */
/**
 * A piece of mesh; a tube also keeps its axis as capsules (for the skeleton's distance field).
 * @typedef {{ a: Vec3, b: Vec3, r: number }} Capsule
 * @typedef {{ positions: ArrayLike<number>, normals: ArrayLike<number>, indices: ArrayLike<number>,
 *   capsules?: Capsule[] }} Piece
 */
/** @typedef {{ part: number, piece: Piece }} PartPiece */

/** How far sdf.mjs pads every shape's box; the mesher's box needs only a little margin. */
const BOX_SHRINK = 0.016;

/**
 * Meshes a distance field in its own box (grid step h) and simplifies it to at most `triangles`.
 * @param {SdfNode} node @param {{ h: number, triangles: number, error?: number }} o
 * @returns {Promise<Piece>}
 */
export async function meshField(node, o) {
  const min = node.box.min.map((v) => v + BOX_SHRINK);
  const max = node.box.max.map((v) => v - BOX_SHRINK);
  const fine = surfaceNets(node.dist, { min, max, h: o.h, brick: 6 });
  if (fine.indices.length / 3 <= o.triangles) return fine;
  return simplifyMesh(fine, { error: o.error ?? o.h * 0.35, triangles: o.triangles, normalWeight: 0.02 });
}

/**
 * A smooth tube through `points` with an elliptic cross-section: `ra` across the `up` hint, `rb`
 * the other way (a number or one per point). Without `up` the frame is carried along the path
 * (parallel transport), so the tube never twists. Both ends are closed with a rounded cap.
 * @param {Vec3[]} points
 * @param {{ ra: number | number[], rb?: number | number[], up?: Vec3, sides?: number }} o
 * @returns {Piece}
 */
export function tube(points, o) {
  const n = points.length;
  const sides = o.sides ?? 8;
  const at = (
    /** @type {number | number[] | undefined} */ r,
    /** @type {number} */ i,
    /** @type {number} */ d,
  ) => (r === undefined ? d : typeof r === 'number' ? r : r[i]);
  /** @type {Vec3[]} */
  const tangents = points.map((_, i) =>
    norm(sub(points[Math.min(n - 1, i + 1)], points[Math.max(0, i - 1)])),
  );
  /** @type {Vec3[]} */
  const us = [];
  let u = o.up ?? anyPerpendicular(tangents[0]);
  for (let i = 0; i < n; i++) {
    const t = tangents[i];
    const hint = o.up ?? u;
    let v = sub(hint, scale(t, dot(hint, t)));
    if (len(v) < 1e-6) v = anyPerpendicular(t);
    u = norm(v);
    us.push(u);
  }
  const pos = [];
  const nor = [];
  const idx = [];
  for (let i = 0; i < n; i++) {
    const t = tangents[i];
    const a = us[i];
    const b = cross(t, a);
    const ra = at(o.ra, i, 0.002);
    const rb = at(o.rb, i, ra);
    for (let k = 0; k < sides; k++) {
      const phi = (2 * Math.PI * k) / sides;
      const c = Math.cos(phi);
      const s = Math.sin(phi);
      const p = add(points[i], add(scale(a, c * ra), scale(b, s * rb)));
      pos.push(...p);
      nor.push(...norm(add(scale(a, c / ra), scale(b, s / rb))));
    }
  }
  for (let i = 0; i + 1 < n; i++) {
    for (let k = 0; k < sides; k++) {
      const a = i * sides + k;
      const b = i * sides + ((k + 1) % sides);
      const c = a + sides;
      const d = b + sides;
      idx.push(a, c, b, b, c, d);
    }
  }
  // rounded caps: a ring pulled in halfway, then the tip
  for (const [end, dir] of /** @type {const} */ ([
    [0, -1],
    [n - 1, 1],
  ])) {
    const t = scale(tangents[end], dir);
    const ra = at(o.ra, end, 0.002);
    const rb = at(o.rb, end, ra);
    const a = us[end];
    const b = cross(tangents[end], a);
    const ring = pos.length / 3;
    for (let k = 0; k < sides; k++) {
      const phi = (2 * Math.PI * k) / sides;
      const c = Math.cos(phi) * 0.7;
      const s = Math.sin(phi) * 0.7;
      pos.push(
        ...add(points[end], add(add(scale(a, c * ra), scale(b, s * rb)), scale(t, 0.7 * Math.min(ra, rb)))),
      );
      nor.push(...norm(add(add(scale(a, c / ra), scale(b, s / rb)), scale(t, 1 / Math.min(ra, rb)))));
    }
    const tip = pos.length / 3;
    pos.push(...add(points[end], scale(t, Math.min(ra, rb))));
    nor.push(...t);
    const base = end * sides;
    for (let k = 0; k < sides; k++) {
      const k1 = (k + 1) % sides;
      if (dir > 0)
        idx.push(base + k, ring + k, base + k1, base + k1, ring + k, ring + k1, ring + k, tip, ring + k1);
      else idx.push(base + k, base + k1, ring + k, base + k1, ring + k1, ring + k, ring + k, ring + k1, tip);
    }
  }
  /** @type {Capsule[]} */
  const capsules = [];
  for (let i = 0; i + 1 < n; i++) {
    const r = Math.min(at(o.ra, i, 0.002), at(o.rb, i, at(o.ra, i, 0.002)), at(o.ra, i + 1, 0.002));
    capsules.push({ a: points[i], b: points[i + 1], r });
  }
  return { positions: pos, normals: nor, indices: idx, capsules };
}

/** Chaikin corner cutting: a smooth polyline through (near) the given points, ends kept. */
export function smooth(/** @type {Vec3[]} */ pts, rounds = 3) {
  let p = pts;
  for (let r = 0; r < rounds; r++) {
    /** @type {Vec3[]} */
    const q = [p[0]];
    for (let i = 0; i + 1 < p.length; i++) q.push(lerp3(p[i], p[i + 1], 0.25), lerp3(p[i], p[i + 1], 0.75));
    q.push(p[p.length - 1]);
    p = q;
  }
  return p;
}

/** Points spaced about `step` apart along a polyline, both ends kept. @param {Vec3[]} line */
export function resample(line, step) {
  const cum = [0];
  for (let i = 1; i < line.length; i++) cum.push(cum[i - 1] + len(sub(line[i], line[i - 1])));
  const total = cum[cum.length - 1];
  const count = Math.max(1, Math.round(total / step));
  /** @type {Vec3[]} */
  const out = [];
  let j = 0;
  for (let k = 0; k <= count; k++) {
    const s = (total * k) / count;
    while (j + 2 < line.length && cum[j + 1] < s) j++;
    const t = Math.min(1, Math.max(0, (s - cum[j]) / (cum[j + 1] - cum[j] || 1)));
    out.push(add(line[j], scale(sub(line[j + 1], line[j]), t)));
  }
  return out;
}

/** @param {Vec3} t @returns {Vec3} */
function anyPerpendicular(t) {
  const h = Math.abs(t[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0];
  return norm(sub(/** @type {Vec3} */ (h), scale(t, dot(/** @type {Vec3} */ (h), t))));
}

/** The mirror image of a piece across x = 0 (the other side of the body). @param {Piece} p @returns {Piece} */
export function mirror(p) {
  const positions = Array.from(p.positions);
  const normals = Array.from(p.normals);
  for (let i = 0; i < positions.length; i += 3) {
    positions[i] = -positions[i];
    normals[i] = -normals[i];
  }
  const indices = Array.from(p.indices);
  for (let t = 0; t < indices.length; t += 3)
    [indices[t + 1], indices[t + 2]] = [indices[t + 2], indices[t + 1]];
  const capsules = p.capsules?.map((c) => ({
    a: /** @type {Vec3} */ ([-c.a[0], c.a[1], c.a[2]]),
    b: /** @type {Vec3} */ ([-c.b[0], c.b[1], c.b[2]]),
    r: c.r,
  }));
  return { positions, normals, indices, capsules };
}

/** Joins pieces into one. @param {Piece[]} pieces @returns {Piece} */
export function concat(pieces) {
  const positions = [];
  const normals = [];
  const indices = [];
  for (const p of pieces) {
    const base = positions.length / 3;
    positions.push(...Array.from(p.positions));
    normals.push(...Array.from(p.normals));
    for (const i of Array.from(p.indices)) indices.push(i + base);
  }
  return { positions, normals, indices, capsules: pieces.flatMap((p) => p.capsules ?? []) };
}

/**
 * Joins pieces into one layer mesh; every vertex carries its piece's part number.
 * @param {PartPiece[]} pieces
 * @returns {import('../build-layers.mjs').LayerGeometry}
 */
export function joinPieces(pieces) {
  let nv = 0;
  let ni = 0;
  for (const { piece } of pieces) {
    nv += piece.positions.length / 3;
    ni += piece.indices.length;
  }
  const positions = new Float32Array(nv * 3);
  const normals = new Float32Array(nv * 3);
  const indices = new Uint32Array(ni);
  const parts = new Uint8Array(nv);
  let v = 0;
  let i = 0;
  for (const { part, piece } of pieces) {
    positions.set(piece.positions, v * 3);
    normals.set(piece.normals, v * 3);
    const count = piece.positions.length / 3;
    parts.fill(part, v, v + count);
    for (let k = 0; k < piece.indices.length; k++) indices[i + k] = piece.indices[k] + v;
    v += count;
    i += piece.indices.length;
  }
  return { positions, normals, indices, parts };
}

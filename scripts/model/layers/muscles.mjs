// The muscle layer: every muscle of MUSCLE_IDS built between the bony landmarks of our figure
// (definitions by body area in ./muscles/), the left side built and mirrored for the right.
// Each vertex carries its muscle's index and the distance across the fibres (mm, modulo 256), so
// the app's stripes run along the fibres.
import { MUSCLE_IDS } from '../../../src/content/anatomyIdList.mjs';
import { gradient } from '../mesher.mjs';
import { armMuscles } from './muscles/arm.mjs';
import { backMuscles } from './muscles/back.mjs';
import { headNeckMuscles } from './muscles/head-neck.mjs';
import { hipThighMuscles } from './muscles/hip-thigh.mjs';
import { legFootMuscles } from './muscles/leg-foot.mjs';
import { placer } from './muscles/place.mjs';
import { tubeMesh } from './muscles/shapes.mjs';
import { shoulderMuscles } from './muscles/shoulder.mjs';

/** @typedef {import('../sdf.mjs').Vec3} Vec3 */
/** @typedef {import('./muscles/place.mjs').MuscleDef} MuscleDef */
/** @typedef {(x: number, y: number, z: number) => number} Field */

/** How far inside the skin every muscle point must stay, in metres. */
const UNDER_SKIN = 0.0012;

/**
 * The skin as the muscles see it: the body and its mirror image together (the skin's field is not
 * exactly symmetric: its smooth unions are taken in order, and the shoulder blades differ by up
 * to 1.5 cm), so that the left side's muscles, mirrored, lie under the skin on both sides and
 * keep their layers.
 * @param {Field} skin
 * @returns {Field}
 */
export function symmetricSkin(skin) {
  return (x, y, z) => Math.max(skin(x, y, z), skin(-x, y, z));
}

/**
 * The left side's muscles, in MUSCLE_IDS order.
 * @param {Field} oneSide the skin's field
 * @returns {MuscleDef[]}
 */
export function muscleDefinitions(oneSide) {
  const skin = symmetricSkin(oneSide);
  const P = placer(skin);
  const defs = [
    ...headNeckMuscles(P, skin),
    ...shoulderMuscles(P, skin),
    ...backMuscles(P, skin),
    ...armMuscles(P, skin),
    ...hipThighMuscles(P, skin),
    ...legFootMuscles(P, skin),
  ];
  const order = /** @type {readonly string[]} */ (MUSCLE_IDS);
  return defs.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

/** Pulls a point that lies on or outside the (symmetric) skin back in along the field's gradient. */
function keepUnderSkin(/** @type {Field} */ skin, /** @type {Vec3} */ p) {
  for (let i = 0; i < 6; i++) {
    const d = skin(p[0], p[1], p[2]);
    if (d < -UNDER_SKIN) return p;
    const g = gradient(skin, p[0], p[1], p[2]);
    const gl = Math.hypot(g[0], g[1], g[2]) || 1;
    const step = (d + UNDER_SKIN * 1.5) / gl;
    p = [p[0] - (g[0] / gl) * step, p[1] - (g[1] / gl) * step, p[2] - (g[2] / gl) * step];
  }
  return p;
}

/** Area-weighted vertex normals of a triangle list. */
function vertexNormals(/** @type {Vec3[]} */ pos, /** @type {number[]} */ idx) {
  const n = new Float64Array(pos.length * 3);
  for (let t = 0; t < idx.length; t += 3) {
    const [a, b, c] = [pos[idx[t]], pos[idx[t + 1]], pos[idx[t + 2]]];
    const e1 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const e2 = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
    const fx = e1[1] * e2[2] - e1[2] * e2[1];
    const fy = e1[2] * e2[0] - e1[0] * e2[2];
    const fz = e1[0] * e2[1] - e1[1] * e2[0];
    for (const v of [idx[t], idx[t + 1], idx[t + 2]]) {
      n[v * 3] += fx;
      n[v * 3 + 1] += fy;
      n[v * 3 + 2] += fz;
    }
  }
  for (let v = 0; v < pos.length; v++) {
    const l = Math.hypot(n[v * 3], n[v * 3 + 1], n[v * 3 + 2]) || 1;
    n[v * 3] /= l;
    n[v * 3 + 1] /= l;
    n[v * 3 + 2] /= l;
  }
  return n;
}

/**
 * @param {import('./build-layers.mjs').LayerContext} ctx
 * @returns {import('./build-layers.mjs').LayerGeometry}
 */
export function buildMuscles(ctx) {
  const defs = muscleDefinitions(ctx.skin);
  const skin = symmetricSkin(ctx.skin);
  /** @type {{ pos: Vec3[], nrm: Float64Array, idx: number[], fibre: number[], part: number }[]} */
  const pieces = [];
  for (const def of defs) {
    const part = MUSCLE_IDS.indexOf(def.id);
    for (const tube of def.pieces) {
      const m = tubeMesh(tube);
      const pos = m.positions.map((p) => keepUnderSkin(skin, p));
      pieces.push({ pos, nrm: vertexNormals(pos, m.indices), idx: m.indices, fibre: m.fibre, part });
    }
  }
  let vCount = 0;
  let iCount = 0;
  for (const p of pieces) {
    vCount += p.pos.length * 2;
    iCount += p.idx.length * 2;
  }
  const positions = new Float32Array(vCount * 3);
  const normals = new Float32Array(vCount * 3);
  const indices = new Uint32Array(iCount);
  const parts = new Uint8Array(vCount);
  const fibre = new Uint8Array(vCount);
  let v0 = 0;
  let i0 = 0;
  // the left side, then its mirror (x negated, winding flipped so the faces still point out)
  for (const mirror of [false, true]) {
    const sx = mirror ? -1 : 1;
    for (const p of pieces) {
      for (let v = 0; v < p.pos.length; v++) {
        const o = (v0 + v) * 3;
        positions[o] = p.pos[v][0] * sx;
        positions[o + 1] = p.pos[v][1];
        positions[o + 2] = p.pos[v][2];
        normals[o] = p.nrm[v * 3] * sx;
        normals[o + 1] = p.nrm[v * 3 + 1];
        normals[o + 2] = p.nrm[v * 3 + 2];
        parts[v0 + v] = p.part;
        fibre[v0 + v] = Math.round(p.fibre[v]) & 255;
      }
      for (let t = 0; t < p.idx.length; t += 3) {
        indices[i0 + t] = v0 + p.idx[t];
        indices[i0 + t + 1] = v0 + p.idx[mirror ? t + 2 : t + 1];
        indices[i0 + t + 2] = v0 + p.idx[mirror ? t + 1 : t + 2];
      }
      v0 += p.pos.length;
      i0 += p.idx.length;
    }
  }
  return { positions, normals, indices, parts, fibre };
}

// The spine as distance fields, one per named part: every vertebra C1–L5 (body, the arch round the
// canal, spinous and transverse processes, the joint facets; C1 a ring, C2 with the dens, the
// cervical spines forked), the sacrum with its five levels (ridges in front, openings for the
// roots, the median crest behind) and the coccyx. Placed from ../bony-landmarks.mjs.

import { add, ellipsoid, lerp3, roundCone, sphere, subtract, union } from '../../sdf.mjs';
import { COCCYX_TIP, VERTEBRAE, vertebra } from '../bony-landmarks.mjs';
import { disc } from './shapes.mjs';

/** @typedef {import('../../sdf.mjs').Vec3} Vec3 */
/** @typedef {import('../../sdf.mjs').SdfNode} SdfNode */
/** @typedef {import('../bony-landmarks.mjs').Vertebra} Vertebra */

/** Both sides of a left-side point. @param {Vec3} p @returns {[Vec3, Vec3]} */
const pair = (p) => [p, [-p[0], p[1], p[2]]];

/** A vertebra C2–L5. @param {Vertebra} v */
function typicalVertebra(v) {
  const i = VERTEBRAE.indexOf(v);
  const cervical = i < 7;
  const lumbar = i >= 19;
  const [w, h, d] = v.half;
  const { body, canal, tip, transverse } = v;
  const canalR = body[2] - d - 0.001 - canal[2];
  const r = cervical ? 0.0022 : lumbar ? 0.0038 : 0.003;
  const parts = [disc(body, w, h, d, Math.min(0.003, h * 0.5))];
  // the arch: pedicles back from the body, laminae round the canal to the spine's base
  const base = /** @type {Vec3} */ ([0, canal[1] - h * 0.15, canal[2] - canalR - r * 0.6]);
  for (const sx of [1, -1]) {
    const ped = /** @type {Vec3} */ ([sx * w * 0.55, body[1], body[2] - d * 0.7]);
    const root = /** @type {Vec3} */ ([sx * (canalR + r * 0.9), canal[1], canal[2] - canalR * 0.2]);
    parts.push(roundCone(ped, root, r * 1.05, r));
    parts.push(roundCone(root, base, r, r * 0.9));
    // transverse process, and the joint facets above and below
    const t = /** @type {Vec3} */ ([sx * transverse[0], transverse[1], transverse[2]]);
    parts.push(roundCone(root, t, r * 0.95, r * (lumbar ? 0.7 : 0.85)));
    parts.push(ellipsoid(add(root, [0, h * 0.6, -r * 0.4]), [r * 1.2, r * 1.5, r * 1.1]));
    parts.push(ellipsoid(add(root, [0, -h * 0.6, -r * 0.8]), [r * 1.2, r * 1.5, r * 1.1]));
  }
  // spinous process: thoracic ones long and sloping down, lumbar ones tall and square, cervical forked
  if (lumbar) {
    parts.push(roundCone(base, tip, r * 1.2, r * 1.1));
    parts.push(roundCone(add(base, [0, -0.006, 0]), add(tip, [0, -0.006, 0.003]), r, r * 0.9));
  } else {
    parts.push(roundCone(base, tip, r, r * (cervical ? 0.8 : 1.05)));
  }
  if (cervical && v.level !== 'C7')
    for (const p of pair(add(tip, [0.003, -0.001, 0.001]))) parts.push(sphere(p, r * 0.9));
  if (v.level === 'C2') {
    // the dens rises into the ring of C1
    const c1 = vertebra('C1');
    parts.push(
      roundCone(add(body, [0, h * 0.6, 0]), [0, c1.body[1] + 0.004, body[2] - 0.001], 0.0045, 0.0035),
    );
  }
  return union(parts, cervical ? 0.002 : 0.003);
}

/** C1, the atlas: a ring round the dens with broad lateral masses and long transverse processes. */
function atlas() {
  const v = vertebra('C1');
  const c2 = vertebra('C2');
  // the ring is centred on C2's dens
  const dens = /** @type {Vec3} */ ([0, v.body[1], c2.body[2] - 0.001]);
  const front = add(dens, [0, 0, 0.008]);
  const parts = [ellipsoid(front, [0.005, 0.0045, 0.003])];
  for (const sx of [1, -1]) {
    const mass = add(dens, [sx * 0.013, 0, -0.006]);
    const back = add(v.tip, [sx * 0.011, 0.001, 0.006]);
    parts.push(roundCone(front, mass, 0.0025, 0.0045));
    parts.push(ellipsoid(mass, [0.0055, 0.0055, 0.0075]));
    parts.push(roundCone(mass, back, 0.0035, 0.0025));
    parts.push(roundCone(back, v.tip, 0.0025, 0.003));
    parts.push(roundCone(mass, [sx * v.transverse[0], v.transverse[1], v.transverse[2]], 0.003, 0.0028));
  }
  return union(parts, 0.002);
}

/** The sacrum: five fused levels, wide at S1 (the alae), narrowing and curving back to S5. */
function sacrum() {
  const levels = VERTEBRAE.filter((v) => v.level.startsWith('S'));
  const parts = [];
  levels.forEach((v, k) => {
    const [w, h, d] = v.half;
    const next = levels[k + 1] ?? v;
    const prev = levels[k - 1] ?? v;
    // each level a slab across the sacrum, leaning with the sacral curve
    const axis = /** @type {Vec3} */ ([
      0,
      next === v ? 1 : prev.body[1] - next.body[1],
      prev.body[2] - next.body[2],
    ]);
    const back = lerp3(v.body, v.tip, 0.72);
    // fused: each level reaches halfway to its neighbours
    const reach = Math.max(
      h,
      (Math.hypot(prev.body[1] - next.body[1], prev.body[2] - next.body[2]) / (next === prev ? 1 : 2)) * 0.62,
    );
    parts.push(disc(v.body, w, reach, d, 0.003, axis));
    // the alae and lateral parts reach out to the hip bones, behind the body
    const lateralW = w + (k === 0 ? 0.02 : k === 1 ? 0.014 : 0.006);
    parts.push(disc(lerp3(v.body, back, 0.5), lateralW, reach * 0.95, d * 0.8, 0.004, axis));
    // the median crest and a low lateral crest
    parts.push(roundCone(lerp3(v.body, v.tip, 0.5), v.tip, 0.004, 0.003));
    parts.push(ellipsoid(back, [lateralW * 0.8, h * 0.75, 0.0045]));
  });
  for (let k = 0; k + 1 < levels.length; k++) {
    // the transverse ridge in front where two levels fused
    const a = levels[k];
    const b = levels[k + 1];
    const mid = lerp3(a.body, b.body, 0.5);
    parts.push(ellipsoid(add(mid, [0, 0, (a.half[2] + b.half[2]) * 0.5]), [a.half[0] * 0.85, 0.002, 0.002]));
  }
  let s = union(parts, 0.007);
  // the sacral openings, front and back, where the roots S1–S4 leave
  for (const v of levels.slice(0, 4)) {
    for (const sx of [1, -1]) {
      const x = sx * (v.foramen[0] + 0.002);
      s = subtract(s, sphere([x, v.body[1], v.body[2] + v.half[2]], 0.0035), 0.0015);
      s = subtract(s, sphere([x * 0.9, v.body[1], lerp3(v.body, v.tip, 0.72)[2] - 0.004], 0.0028), 0.0015);
    }
  }
  return s;
}

/** The coccyx: three or four small fused pieces, curving forward from S5. */
function coccyx() {
  const s5 = vertebra('S5');
  const top = add(s5.body, [0, -s5.half[1] - 0.004, -0.002]);
  const mid = lerp3(top, COCCYX_TIP, 0.5);
  return union(
    [
      ellipsoid(top, [0.011, 0.006, 0.005]),
      ellipsoid(add(mid, [0, 0, -0.002]), [0.007, 0.0065, 0.0045]),
      ellipsoid(COCCYX_TIP, [0.0045, 0.006, 0.0038]),
      roundCone(top, COCCYX_TIP, 0.004, 0.003),
    ],
    0.005,
  );
}

/**
 * The spine's parts by bone id, with their mesh grid step and triangle budget.
 * @returns {{ id: string, node: SdfNode, h: number, triangles: number }[]}
 */
export function spineParts() {
  const out = VERTEBRAE.filter((v) => !v.level.startsWith('S')).map((v) => ({
    id: v.level,
    node: v.level === 'C1' ? atlas() : typicalVertebra(v),
    h: v.level.startsWith('C') ? 0.0015 : 0.002,
    triangles: v.level.startsWith('C') ? 700 : 800,
  }));
  out.push({ id: 'sacrum', node: sacrum(), h: 0.0028, triangles: 2400 });
  out.push({ id: 'coccyx', node: coccyx(), h: 0.0015, triangles: 300 });
  return out;
}

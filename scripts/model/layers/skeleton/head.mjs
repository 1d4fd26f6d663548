// Skull and mandible, simplified: the cranium under the scalp with its base cut away over the
// neck, the forehead and brow, the orbits, the upper jaw, the cheekbones and arches, the mastoids
// and the bump at the back (external occipital protuberance); the mandible's body from the chin to
// its angles, and each ramus up to its condyle (at the jaw joint) and coronoid process.

import { add, ellipsoid, frame, lerp3, roundCone, sphere, subtract, union } from '../../sdf.mjs';
import { BONY_LEFT, MIDLINE } from '../bony-landmarks.mjs';
import { plate } from './shapes.mjs';

/** @typedef {import('../../sdf.mjs').Vec3} Vec3 */

/** Both sides of a left-side point. @param {Vec3} p @returns {Vec3[]} */
const both = (p) => [p, [-p[0], p[1], p[2]]];

function skull() {
  const L = BONY_LEFT;
  const parts = [
    ellipsoid([0, 1.665, -0.012], [0.067, 0.079, 0.087]), // cranium
    ellipsoid([0, 1.672, 0.02], [0.058, 0.06, 0.06]), // forehead
    ellipsoid([0, 1.651, 0.062], [0.046, 0.011, 0.014]), // brow ridge
    ellipsoid([0, 1.598, 0.036], [0.036, 0.03, 0.036]), // upper jaw
    ellipsoid([0, 1.61, 0.06], [0.012, 0.02, 0.012]), // bridge of the nose
    sphere(MIDLINE.externalOccipitalProtuberance, 0.005),
  ];
  for (const sx of [1, -1]) {
    const m = (/** @type {Vec3} */ p) => /** @type {Vec3} */ ([p[0] * sx, p[1], p[2]]);
    parts.push(ellipsoid(m(L.zygoma), [0.011, 0.009, 0.013], frame([sx, 0, 0.6], [0, 1, 0])));
    parts.push(roundCone(m(L.zygoma), m(add(L.mandibleCondyle, [0.005, 0.008, 0.012])), 0.0045, 0.0035));
    parts.push(roundCone(m(add(L.mastoid, [-0.004, 0.022, 0.006])), m(L.mastoid), 0.008, 0.0055));
    // the side of the skull behind the cheek (temporal bone over the jaw joint)
    parts.push(ellipsoid(m([0.052, 1.628, -0.014]), [0.012, 0.018, 0.02]));
  }
  let s = union(parts, 0.012);
  // the skull's base, where the neck and the jaw go in under it
  s = subtract(s, ellipsoid([0, 1.572, -0.036], [0.04, 0.04, 0.046]), 0.008);
  s = subtract(s, ellipsoid([0, 1.565, 0.012], [0.046, 0.032, 0.04]), 0.006);
  // the infratemporal fossae: the space under each zygomatic arch where the pterygoids lie
  for (const p of both([0.038, 1.603, 0.004])) s = subtract(s, ellipsoid(p, [0.014, 0.012, 0.02]), 0.004);
  // the orbits
  for (const p of both([0.031, 1.632, 0.074])) s = subtract(s, ellipsoid(p, [0.016, 0.015, 0.016]), 0.004);
  // the nose opening
  s = subtract(s, ellipsoid([0, 1.603, 0.075], [0.009, 0.013, 0.012]), 0.003);
  return s;
}

function mandible() {
  const L = BONY_LEFT;
  const chin = add(MIDLINE.chin, [0, 0.004, -0.006]);
  const parts = [ellipsoid(chin, [0.014, 0.011, 0.006])];
  for (const sx of [1, -1]) {
    const m = (/** @type {Vec3} */ p) => /** @type {Vec3} */ ([p[0] * sx, p[1], p[2]]);
    const bend = m([0.027, 1.536, 0.05]);
    const angle = m(L.mandibleAngle);
    // the body: a low and a high edge, so that it reads as a plate, not a rod
    parts.push(roundCone(chin, bend, 0.005, 0.0045));
    parts.push(roundCone(add(chin, [0, 0.012, 0.002]), add(bend, [0, 0.013, 0]), 0.0042, 0.0038));
    parts.push(roundCone(bend, angle, 0.0045, 0.0045));
    parts.push(roundCone(add(bend, [0, 0.013, 0]), add(angle, [0, 0.016, 0.008]), 0.0038, 0.0035));
    parts.push(plate(bend, angle, add(angle, [0, 0.016, 0.008]), 0.0025));
    parts.push(plate(bend, add(angle, [0, 0.016, 0.008]), add(bend, [0, 0.013, 0]), 0.0025));
    // the ramus up to the condyle (the jaw joint) and the coronoid process in front of it
    parts.push(roundCone(angle, m(L.mandibleCondyle), 0.0045, 0.004));
    parts.push(roundCone(add(angle, [0, 0.01, 0.01 * 1]), m(L.mandibleCoronoid), 0.004, 0.0025));
    parts.push(ellipsoid(m(L.mandibleCondyle), [0.006, 0.0035, 0.0045]));
    // the body's plate from the chin back, and the ramus with the notch between its two processes
    const chinTop = add(chin, [0, 0.012, 0.002]);
    parts.push(plate(chin, bend, chinTop, 0.0025));
    parts.push(plate(bend, add(bend, [0, 0.013, 0]), chinTop, 0.0025));
    const notch = add(lerp3(m(L.mandibleCondyle), m(L.mandibleCoronoid), 0.5), [0, -0.009, 0]);
    parts.push(plate(angle, m(L.mandibleCondyle), notch, 0.0022));
    parts.push(plate(angle, notch, m(L.mandibleCoronoid), 0.0022));
    parts.push(plate(angle, m(L.mandibleCoronoid), add(angle, [0, 0.016, 0.008]), 0.0022));
  }
  return union(parts, 0.005);
}

/** @returns {{ id: string, node: import('../../sdf.mjs').SdfNode, h: number, triangles: number }[]} */
export function headParts() {
  return [
    { id: 'skull', node: skull(), h: 0.0034, triangles: 6000 },
    { id: 'mandible', node: mandible(), h: 0.0018, triangles: 1400 },
  ];
}

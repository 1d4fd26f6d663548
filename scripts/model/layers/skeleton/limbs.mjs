// The limbs' bones, left side (mirrored for the right): humerus, radius, ulna and the hand; femur,
// patella, tibia, fibula and the foot. Simplified shapes between the bony landmarks, so the joints
// sit where the figure bends (the knee joint at the knee, the elbow at the elbow).
import { fingerBones, footFrame, handFrame, TOES } from '../../anatomy.mjs';
import { LEFT } from '../../landmarks.mjs';
import {
  add,
  dot,
  ellipsoid,
  frame,
  lerp3,
  norm,
  roundCone,
  scale,
  sphere,
  sub,
  subtract,
  union,
} from '../../sdf.mjs';
import { BONY_LEFT } from '../bony-landmarks.mjs';
import { disc } from './shapes.mjs';

/** @typedef {import('../../sdf.mjs').Vec3} Vec3 */
/** @typedef {import('../../sdf.mjs').SdfNode} SdfNode */

const L = BONY_LEFT;
const up = LEFT.upperDir; // down the upper arm
const axis = norm(sub([1, 0, 0], scale(up, dot([1, 0, 0], up)))); // across the elbow, outwards

function humerus() {
  const head = L.humeralHead;
  const neck = add(head, scale(up, 0.03));
  const distal = add(LEFT.elbow, scale(up, -0.03));
  return union(
    [
      sphere(add(head, scale(axis, -0.002)), 0.021),
      ellipsoid(L.greaterTubercle, [0.009, 0.012, 0.009]),
      roundCone(neck, add(head, scale(up, 0.12)), 0.0115, 0.0095),
      roundCone(add(head, scale(up, 0.12)), distal, 0.0095, 0.0095),
      ellipsoid(L.deltoidTuberosity, [0.004, 0.02, 0.005], frame(up, axis)),
      // the wide lower end: epicondyles either side, the rounded joint surfaces below
      roundCone(L.medialEpicondyle, L.lateralEpicondyle, 0.0065, 0.0055),
      roundCone(add(distal, scale(up, -0.02)), add(LEFT.elbow, [0, 0.006, 0]), 0.01, 0.009),
      roundCone(add(LEFT.elbow, scale(axis, -0.016)), add(LEFT.elbow, scale(axis, 0.016)), 0.009, 0.009),
    ],
    0.008,
  );
}

function radius() {
  const hand = handFrame(LEFT);
  const neck = add(L.radialHead, scale(LEFT.foreDir, 0.014));
  const distal = add(L.radialStyloid, add(scale(hand.across, -0.008), scale(hand.d, -0.012)));
  return union(
    [
      disc(L.radialHead, 0.0095, 0.005, 0.0095, 0.002, LEFT.foreDir),
      roundCone(L.radialHead, neck, 0.006, 0.0055),
      roundCone(neck, distal, 0.0055, 0.009),
      ellipsoid(distal, [0.013, 0.006, 0.008], frame(hand.across, hand.d)),
      sphere(L.radialStyloid, 0.004),
    ],
    0.005,
  );
}

function ulna() {
  const hand = handFrame(LEFT);
  const coronoid = add(add(LEFT.elbow, scale(LEFT.foreDir, 0.012)), add(scale(axis, -0.01), [0, 0, 0.004]));
  const head = add(L.ulnarStyloid, add(scale(hand.across, 0.004), scale(hand.d, -0.01)));
  const u = union(
    [
      roundCone(L.olecranon, add(L.olecranon, scale(LEFT.foreDir, 0.03)), 0.009, 0.0085),
      roundCone(coronoid, add(L.olecranon, scale(LEFT.foreDir, 0.03)), 0.006, 0.008),
      roundCone(add(L.olecranon, scale(LEFT.foreDir, 0.03)), head, 0.0075, 0.005),
      sphere(head, 0.0062),
      sphere(L.ulnarStyloid, 0.0032),
    ],
    0.005,
  );
  // the trochlear notch, the hook that the humerus turns in
  return subtract(u, sphere(add(LEFT.elbow, scale(axis, -0.008)), 0.0105), 0.002);
}

/** Carpal bones, metacarpals and phalanges; the joints left as small gaps. */
function handBones() {
  const { d, pn, across, at } = handFrame(LEFT);
  const parts = [
    ellipsoid(L.carpus, [0.021, 0.013, 0.0085], frame(across, d)),
    ellipsoid(at(0.006, 0.004, -0.002), [0.016, 0.006, 0.007], frame(across, d)),
  ];
  const gap = 0.0012;
  /** A bone between two joints, a little short of each so the joints read. */
  const bone = (
    /** @type {Vec3} */ a,
    /** @type {Vec3} */ b,
    /** @type {number} */ ra,
    /** @type {number} */ rb,
  ) => {
    const dir = norm(sub(b, a));
    return roundCone(add(a, scale(dir, gap + ra * 0.3)), add(b, scale(dir, -gap - rb * 0.3)), ra, rb);
  };
  fingerBones(LEFT).forEach((chain, i) => {
    const knuckle = chain[0].a;
    const base = at(0.026, [0.015, 0.005, -0.005, -0.014][i], -0.001);
    parts.push(bone(base, knuckle, 0.0036, 0.0042));
    parts.push(sphere(add(knuckle, scale(d, -0.004)), 0.0048));
    for (const b of chain) parts.push(bone(b.a, b.b, b.ra * 0.45, b.rb * 0.42));
  });
  // the thumb: metacarpal and two phalanges, on the thumb's own line (as in ../../anatomy.mjs)
  let p = at(0.012, 0.014, 0.004);
  let dir = norm(add(scale(d, 0.7), add(scale(across, 0.6), scale(pn, 0.5))));
  const lengths = [0.05, 0.032, 0.026];
  const radii = [0.0055, 0.0046, 0.004, 0.0032];
  for (let i = 0; i < 3; i++) {
    if (i > 0) dir = norm(add(dir, add(scale(d, 0.15), scale(pn, 0.12))));
    const q = add(p, scale(dir, lengths[i] + (i === 0 ? 0.008 : 0)));
    parts.push(bone(p, q, radii[i], radii[i + 1]));
    p = q;
  }
  return union(parts, 0.0015);
}

function femur() {
  const head = L.femoralHead;
  const gt = L.greaterTrochanter;
  const neckEnd = lerp3(head, gt, 0.62);
  const shaftTop = add(gt, [-0.022, -0.03, -0.004]);
  const shaftLow = add(LEFT.knee, [0, 0.08, -0.004]);
  return union(
    [
      sphere(head, 0.0215),
      roundCone(head, neckEnd, 0.013, 0.014),
      ellipsoid(add(gt, [-0.006, 0.0, -0.004]), [0.012, 0.019, 0.015]),
      roundCone(neckEnd, shaftTop, 0.015, 0.0135),
      sphere(L.lesserTrochanter, 0.0065),
      roundCone(shaftTop, shaftLow, 0.0128, 0.0135),
      roundCone(shaftLow, add(LEFT.knee, [0, 0.03, -0.004]), 0.0135, 0.022),
      ellipsoid(L.lateralFemoralCondyle, [0.0155, 0.018, 0.024]),
      ellipsoid(L.medialFemoralCondyle, [0.0165, 0.018, 0.024]),
    ],
    0.008,
  );
}

function patella() {
  return ellipsoid(L.patella, [0.02, 0.022, 0.0085], frame([1, 0, 0], [0, 1, -0.15]));
}

function tibia() {
  const k = LEFT.knee;
  const a = LEFT.ankle;
  const plateau = add(k, [0, -0.0115, -0.004]);
  const shaftTop = add(k, [0, -0.055, 0.002]);
  const shaftLow = add(a, [-0.004, 0.06, 0.0]);
  const distal = add(a, [-0.004, 0.012, 0.0]);
  return union(
    [
      disc(plateau, 0.035, 0.0095, 0.024, 0.004),
      roundCone(add(plateau, [0, -0.008, 0]), shaftTop, 0.024, 0.014),
      ellipsoid(L.tibialTuberosity, [0.007, 0.012, 0.005]),
      roundCone(shaftTop, shaftLow, 0.0125, 0.0105),
      roundCone(shaftLow, distal, 0.0105, 0.0145),
      ellipsoid(distal, [0.016, 0.0085, 0.014]),
      roundCone(distal, L.medialMalleolus, 0.01, 0.0065),
    ],
    0.007,
  );
}

function fibula() {
  const lm = L.lateralMalleolus;
  return union(
    [
      sphere(L.fibularHead, 0.0075),
      roundCone(L.fibularHead, add(lm, [-0.002, 0.05, 0.002]), 0.0055, 0.0052),
      roundCone(add(lm, [-0.002, 0.05, 0.002]), lm, 0.0052, 0.0068),
      ellipsoid(add(lm, [0, -0.004, 0]), [0.006, 0.011, 0.0075]),
    ],
    0.004,
  );
}

/** Tarsal bones (talus, calcaneus, navicular, cuboid, cuneiforms), metatarsals and toes. */
function footBones() {
  const { f, lat, at } = footFrame(LEFT);
  const fr = frame(f, lat);
  const parts = [
    // talus under the ankle joint, calcaneus behind and below it
    ellipsoid(add(LEFT.ankle, [0.0, -0.015, 0.002]), [0.019, 0.0135, 0.011], fr),
    // its neck and head forward to the navicular
    roundCone(add(LEFT.ankle, [0.0, -0.018, 0.012]), at(0.082, -0.008, 0.042), 0.008, 0.008),
    roundCone(L.calcaneus, at(0.065, 0.006, 0.03), 0.016, 0.012),
    ellipsoid(at(0.09, -0.008, 0.04), [0.01, 0.012, 0.011], fr), // navicular
    ellipsoid(at(0.085, 0.019, 0.027), [0.014, 0.011, 0.01], fr), // cuboid
    ellipsoid(at(0.112, -0.006, 0.038), [0.012, 0.017, 0.01], fr), // cuneiforms
  ];
  const gap = 0.0012;
  const bone = (
    /** @type {Vec3} */ a,
    /** @type {Vec3} */ b,
    /** @type {number} */ ra,
    /** @type {number} */ rb,
  ) => {
    const dir = norm(sub(b, a));
    return roundCone(add(a, scale(dir, gap + ra * 0.3)), add(b, scale(dir, -gap - rb * 0.3)), ra, rb);
  };
  TOES.forEach(([la, st, l, r], i) => {
    // the fifth head sits a little in from its landmark, where the foot's outer edge is thin
    const headP = i === 4 ? add(L.metatarsalHeads[i], [-0.003, 0.002, 0]) : L.metatarsalHeads[i];
    const base = at(
      i === 4 ? 0.1 : 0.12,
      la * 0.7 + (i === 4 ? 0.004 : 0),
      i === 0 ? 0.036 : 0.032 - i * 0.002,
    );
    parts.push(bone(base, headP, i === 0 ? 0.0065 : 0.0042, i === 0 ? 0.0075 : 0.0048));
    // the toe's phalanges along the toe, as in ../../anatomy.mjs
    const a = headP;
    const tip = at(st + l * 0.9, la * 1.02, r * 1.05);
    const n = i === 0 ? 2 : 3;
    for (let j = 0; j < n; j++) {
      const p0 = lerp3(a, tip, j / n);
      const p1 = lerp3(a, tip, (j + 1) / n);
      parts.push(bone(p0, p1, r * 0.42, r * 0.38));
    }
  });
  return union(parts, 0.002);
}

/** @returns {{ id: string, node: SdfNode, h: number, triangles: number, paired: true }[]} */
export function limbParts() {
  return [
    { id: 'humerus', node: humerus(), h: 0.0025, triangles: 1600, paired: true },
    { id: 'radius', node: radius(), h: 0.0019, triangles: 800, paired: true },
    { id: 'ulna', node: ulna(), h: 0.0019, triangles: 800, paired: true },
    { id: 'hand-bones', node: handBones(), h: 0.0014, triangles: 3600, paired: true },
    { id: 'femur', node: femur(), h: 0.003, triangles: 2000, paired: true },
    { id: 'patella', node: patella(), h: 0.002, triangles: 300, paired: true },
    { id: 'tibia', node: tibia(), h: 0.0028, triangles: 1600, paired: true },
    { id: 'fibula', node: fibula(), h: 0.0019, triangles: 700, paired: true },
    { id: 'foot-bones', node: footBones(), h: 0.0016, triangles: 3600, paired: true },
  ];
}

// The figure's skin as a signed distance field: lofted torso and limbs, a calm mannequin head,
// and a few shallow muscle cues. Returns the whole field plus the main groups, which the
// region rules use to tell arm from torso.
import { LEFT, RIGHT } from './landmarks.mjs';
import {
  aboveFloor,
  add,
  cross,
  dot,
  ellipsoid,
  frame,
  loft,
  norm,
  roundCone,
  scale,
  sphere,
  sub,
  subtract,
  union,
} from './sdf.mjs';

/** @typedef {import('./sdf.mjs').Vec3} Vec3 */
/** @typedef {import('./sdf.mjs').SdfNode} SdfNode */
/** @typedef {ReturnType<typeof import('./landmarks.mjs').side>} Side */

/** Torso cross-sections by height: half-width, front depth, back depth, centre z, exponent, groove. */
const TORSO = [
  // y      w      f      b     cf      n    g
  [0.775, 0.045, 0.035, 0.04, 0.0, 2.0, 0.0],
  [0.81, 0.112, 0.068, 0.075, 0.0, 2.0, 0.0],
  [0.85, 0.152, 0.085, 0.095, 0.0, 2.2, 0.0],
  [0.92, 0.164, 0.093, 0.1, 0.0, 2.3, 0.0],
  [0.99, 0.152, 0.097, 0.09, 0.0, 2.3, 0.12],
  [1.05, 0.138, 0.098, 0.08, 0.0, 2.3, 0.16],
  [1.11, 0.13, 0.096, 0.08, 0.0, 2.3, 0.14],
  [1.18, 0.137, 0.1, 0.088, 0.0, 2.35, 0.1],
  [1.25, 0.15, 0.11, 0.097, 0.0, 2.4, 0.08],
  [1.31, 0.158, 0.112, 0.1, 0.0, 2.4, 0.07],
  [1.37, 0.156, 0.1, 0.098, -0.005, 2.4, 0.05],
  [1.42, 0.14, 0.076, 0.085, -0.012, 2.2, 0.02],
  [1.46, 0.088, 0.054, 0.062, -0.022, 2.0, 0.0],
  [1.49, 0.044, 0.036, 0.04, -0.026, 2.0, 0.0], // inside the neck: its flat cap must not show
];

function torso() {
  const y0 = TORSO[0][0];
  const y1 = TORSO[TORSO.length - 1][0];
  const body = loft({
    a: [0, y0, 0],
    b: [0, y1, 0],
    side: [1, 0, 0],
    front: [0, 0, 1],
    grooveWidth: 0.022,
    keys: TORSO.map(([y, w, f, b, cf, n, g]) => ({ t: (y - y0) / (y1 - y0), w, f, b, cf, n, g })),
  });
  const parts = [body];
  for (const sx of [1, -1]) {
    // flattened pectorals, tilted down towards the armpit
    parts.push(ellipsoid([0.07 * sx, 1.315, 0.062], [0.07, 0.048, 0.035], frame([sx, -0.25, 0], [0, 1, 0])));
    // shoulder blades
    parts.push(
      ellipsoid([0.09 * sx, 1.335, -0.072], [0.05, 0.075, 0.022], frame([sx, 0, 0.45], [0, 1, 0.1])),
    );
    // latissimus: widens the back below the armpit
    parts.push(ellipsoid([0.118 * sx, 1.22, -0.035], [0.038, 0.11, 0.06]));
    // upper trapezius from the neck to the acromion
    parts.push(roundCone([0.04 * sx, 1.478, -0.04], [0.165 * sx, 1.44, -0.022], 0.028, 0.026));
    // glutes
    parts.push(ellipsoid([0.07 * sx, 0.878, -0.052], [0.078, 0.09, 0.066]));
  }
  return union(parts, 0.05);
}

function neck() {
  return loft({
    a: [0, 1.43, -0.028],
    b: [0, 1.6, -0.02],
    side: [1, 0, 0],
    front: [0, 0, 1],
    keys: [
      { t: 0, w: 0.064, f: 0.058, b: 0.06 },
      { t: 0.35, w: 0.055, f: 0.052, b: 0.054 },
      { t: 1, w: 0.05, f: 0.048, b: 0.05 },
    ],
  });
}

function head() {
  // a calm teaching-mannequin head: cranium, brow, closed eyes with lids, nose, lips, chin, jaw
  // angle and ears; all sizes in metres, the eyes at half the head's height. Soft tissue (temples,
  // cheeks, the pads beside the mouth) is filled out so that the face reads well fed, not gaunt.
  const mid = [
    ellipsoid([0, 1.66, -0.012], [0.076, 0.089, 0.097]), // cranium
    ellipsoid([0, 1.674, 0.022], [0.066, 0.068, 0.067]), // forehead
    ellipsoid([0, 1.653, 0.066], [0.05, 0.012, 0.02]), // brow ridge
    ellipsoid([0, 1.6, 0.03], [0.052, 0.052, 0.056]), // midface
    ellipsoid([0, 1.568, 0.056], [0.03, 0.027, 0.031]), // muzzle round the mouth
    ellipsoid([0, 1.531, 0.07], [0.018, 0.016, 0.017]), // chin
  ];
  for (const sx of [1, -1]) {
    // temples: fill the dip between the forehead and the side of the cranium
    mid.push(ellipsoid([0.056 * sx, 1.648, 0.018], [0.018, 0.028, 0.032]));
    // cheekbones
    mid.push(ellipsoid([0.044 * sx, 1.621, 0.046], [0.018, 0.012, 0.022], frame([sx, 0, 0.5], [0, 1, 0])));
    // cheeks: the soft pads under the cheekbones and beside the mouth
    mid.push(ellipsoid([0.035 * sx, 1.593, 0.054], [0.02, 0.022, 0.02]));
    mid.push(ellipsoid([0.045 * sx, 1.594, 0.03], [0.015, 0.026, 0.026]));
    // masseter over the ramus: no hollow between the cheek and the jaw
    mid.push(ellipsoid([0.047 * sx, 1.576, 0.006], [0.011, 0.024, 0.022]));
    // jaw: body from the chin back to the angle, then the ramus up towards the ear
    mid.push(roundCone([0.013 * sx, 1.53, 0.064], [0.045 * sx, 1.557, -0.004], 0.0095, 0.0085));
    mid.push(roundCone([0.045 * sx, 1.557, -0.004], [0.052 * sx, 1.6, -0.01], 0.0085, 0.0095));
  }
  let h = union(mid, 0.028);
  // shallow eye sockets under the brow, then the closed eyes: the lids over round eyeballs,
  // with the line of the lashes where the lids meet
  for (const sx of [1, -1])
    h = subtract(h, ellipsoid([0.031 * sx, 1.634, 0.088], [0.017, 0.01, 0.01]), 0.012);
  const eyes = [1, -1].map((sx) => ellipsoid([0.031 * sx, 1.633, 0.07], [0.0135, 0.011, 0.011]));
  h = union([h, ...eyes], 0.006);
  for (const sx of [1, -1])
    h = subtract(h, ellipsoid([0.031 * sx, 1.6305, 0.0838], [0.011, 0.0022, 0.0025]), 0.004);
  // nose: bridge, tip and the wings of the nostrils
  const nose = union(
    [
      roundCone([0, 1.645, 0.08], [0, 1.596, 0.102], 0.0055, 0.0068),
      sphere([0, 1.594, 0.1], 0.0085),
      sphere([0.0125, 1.589, 0.088], 0.0065),
      sphere([-0.0125, 1.589, 0.088], 0.0065),
    ],
    0.008,
  );
  h = union([h, nose], 0.012);
  for (const sx of [1, -1])
    h = subtract(h, ellipsoid([0.007 * sx, 1.584, 0.096], [0.0038, 0.002, 0.0045]), 0.003);
  // lips, and the line of the closed mouth between them
  const lips = union(
    [
      ellipsoid([0, 1.566, 0.084], [0.021, 0.0062, 0.0075]),
      ellipsoid([0, 1.5555, 0.082], [0.0175, 0.0066, 0.0075]),
    ],
    0.004,
  );
  h = union([h, lips], 0.008);
  h = subtract(h, ellipsoid([0, 1.5612, 0.0915], [0.0185, 0.0022, 0.0052]), 0.004);
  const ears = [1, -1].map((sx) => {
    const f = frame([0, 1, -0.15], [sx, 0, 0.25]);
    const ear = ellipsoid([0.073 * sx, 1.626, -0.014], [0.03, 0.009, 0.018], f);
    // the bowl inside the rim
    return subtract(ear, ellipsoid([0.081 * sx, 1.622, -0.012], [0.018, 0.006, 0.01], f), 0.004);
  });
  return union([h, ...ears], 0.01);
}

/**
 * A limb as one loft along the straight line from its first to its last joint. Keys are placed
 * by arc length along the bone chain and their centres follow the chain, so a bent elbow or knee
 * shows without the ring that two capped lofts leave where they meet.
 * @param {{ joints: Vec3[], side: Vec3, front: Vec3, keys: (import('./sdf.mjs').LoftKey & { s: number })[] }} o
 */
function limbLoft(o) {
  const a = o.joints[0];
  const b = o.joints[o.joints.length - 1];
  const u = norm(sub(b, a));
  const sd = norm(sub(o.side, scale(u, dot(o.side, u))));
  let fw = sub(o.front, scale(u, dot(o.front, u)));
  fw = norm(sub(fw, scale(sd, dot(fw, sd))));
  const L = Math.hypot(...sub(b, a));
  const boneAt = (s) => {
    let rest = s;
    for (let i = 0; i + 1 < o.joints.length; i++) {
      const seg = sub(o.joints[i + 1], o.joints[i]);
      const l = Math.hypot(...seg);
      if (rest <= l || i + 2 === o.joints.length) return add(o.joints[i], scale(seg, rest / l));
      rest -= l;
    }
    return b;
  };
  const keys = o.keys.map((k) => {
    const q = sub(boneAt(k.s), a);
    return { ...k, t: dot(q, u) / L, cs: (k.cs ?? 0) + dot(q, sd), cf: (k.cf ?? 0) + dot(q, fw) };
  });
  return loft({ a, b, side: o.side, front: o.front, keys });
}

/** @param {Side} s */
function arm(s) {
  const sx = s.sx;
  const front = /** @type {Vec3} */ ([0, 0, 1]);
  const limb = limbLoft({
    joints: [
      add(s.shoulder, scale(s.upperDir, -0.02)),
      s.elbow,
      s.wrist,
      add(s.wrist, scale(s.handDir, 0.035)),
    ],
    side: s.lateral,
    front,
    keys: [
      { s: 0, w: 0.028, f: 0.03, b: 0.03 },
      { s: 0.06, w: 0.046, f: 0.047, b: 0.046 },
      { s: 0.12, w: 0.044, f: 0.047, b: 0.046 },
      { s: 0.2, w: 0.04, f: 0.046, b: 0.043, cf: 0.003 },
      { s: 0.28, w: 0.039, f: 0.038, b: 0.037 },
      { s: 0.32, w: 0.042, f: 0.037, b: 0.037 },
      { s: 0.38, w: 0.043, f: 0.042, b: 0.039, cs: 0.004 },
      { s: 0.46, w: 0.034, f: 0.036, b: 0.033, cs: 0.002 },
      { s: 0.54, w: 0.024, f: 0.03, b: 0.028 },
      { s: 0.58, w: 0.019, f: 0.027, b: 0.025 },
      { s: 0.605, w: 0.013, f: 0.019, b: 0.017 },
    ],
  });
  const deltoid = ellipsoid(
    add(s.shoulder, add(scale(s.upperDir, 0.045), scale(s.lateral, 0.004))),
    [0.085, 0.045, 0.052],
    frame([sx * 0.2, 1, 0], s.lateral),
  );
  // olecranon at the back of the elbow
  const olecranon = sphere(add(s.elbow, [0, 0.0, -0.022]), 0.016);
  // biceps in front of the upper arm, and the forearm's muscle mass just below the elbow
  const biceps = ellipsoid(
    add(s.elbow, add(scale(s.upperDir, -0.12), [0, 0, 0.014])),
    [0.075, 0.028, 0.03],
    frame(s.upperDir, s.lateral),
  );
  const forearmMass = ellipsoid(
    add(s.elbow, add(scale(s.foreDir, 0.07), add(scale(s.lateral, 0.012), [0, 0, 0.006]))),
    [0.07, 0.031, 0.028],
    frame(s.foreDir, s.lateral),
  );
  return union([limb, deltoid, olecranon, biceps, forearmMass], 0.03);
}

/**
 * The hand's own frame: `d` down the hand, `pn` out of the palm, `across` towards the thumb, and
 * `at(down, across, palm)` a point in it, measured from the wrist. The needling generator uses it too.
 * @param {Side} s
 */
export function handFrame(s) {
  const d = s.handDir;
  const pn0 = sub(s.palmNormal, scale(d, dot(s.palmNormal, d)));
  const pn = norm(pn0);
  let across = norm(cross(pn, d));
  if (across[2] < 0) across = scale(across, -1); // towards the thumb, which is in front
  /** @param {number} down @param {number} ac @param {number} palm @returns {Vec3} */
  const at = (down, ac, palm) => add(s.wrist, add(scale(d, down), add(scale(across, ac), scale(pn, palm))));
  return { d, pn, across, at };
}

/**
 * The four fingers, index first, as chains of bones from the knuckle to the tip.
 * @param {Side} s
 * @returns {{ a: Vec3, b: Vec3, ra: number, rb: number }[][]}
 */
export function fingerBones(s) {
  const { d, pn, across, at } = handFrame(s);
  const fingers = [
    // across offset, length, radius
    [0.028, 0.082, 0.0087],
    [0.0095, 0.092, 0.0089],
    [-0.0095, 0.087, 0.0085],
    [-0.027, 0.07, 0.0076],
  ];
  const segs = [0.45, 0.3, 0.25];
  const curl = [0.1, 0.2, 0.16];
  return fingers.map(([ac, lenF, r]) => {
    let p = at(0.093 - Math.abs(ac) * 0.25, ac * 1.02, 0.0);
    // spread slightly, like a relaxed hand, so that the gaps show
    let dir = norm(add(d, scale(across, ac * 3.2)));
    let rr = r;
    const bones = [];
    for (let i = 0; i < 3; i++) {
      dir = norm(add(dir, scale(pn, curl[i])));
      const q = add(p, scale(dir, lenF * segs[i]));
      const r2 = rr * (i === 2 ? 0.84 : 0.94);
      bones.push({ a: p, b: q, ra: rr, rb: r2 });
      p = q;
      rr = r2;
    }
    return bones;
  });
}

/** @param {Side} s */
function hand(s) {
  const { d, pn, across, at } = handFrame(s);
  const palm = loft({
    a: at(-0.01, 0, 0),
    b: at(0.095, 0, 0),
    side: across,
    front: pn,
    keys: [
      { t: 0, w: 0.027, f: 0.016, b: 0.014 },
      { t: 0.35, w: 0.037, f: 0.016, b: 0.012 },
      { t: 0.85, w: 0.04, f: 0.013, b: 0.011, cs: -0.002 },
      { t: 1, w: 0.032, f: 0.008, b: 0.007, cs: -0.002 }, // tapered: its flat end stays inside the fingers
    ],
  });
  const parts = [palm];
  // each finger is blended along its own joints; the fingers meet each other with a blend far
  // smaller than the palm's, so only a little web fills the narrow gaps between them
  const digits = fingerBones(s).map((bones) =>
    union(
      bones.map((b) => roundCone(b.a, b.b, b.ra, b.rb)),
      0.003,
    ),
  );
  parts.push(union(digits, 0.003));
  // thumb: from the base of the palm, forward and towards the palm
  let p = at(0.02, 0.022, 0.006);
  let dir = norm(add(scale(d, 0.7), add(scale(across, 0.6), scale(pn, 0.5))));
  const tl = [0.045, 0.032, 0.026];
  const tr = [0.014, 0.0105, 0.0095, 0.008];
  for (let i = 0; i < 3; i++) {
    if (i > 0) dir = norm(add(dir, add(scale(d, 0.15), scale(pn, 0.12))));
    const q = add(p, scale(dir, tl[i]));
    parts.push(roundCone(p, q, tr[i], tr[i + 1]));
    p = q;
  }
  // thenar eminence
  parts.push(ellipsoid(at(0.035, 0.017, 0.01), [0.03, 0.018, 0.013], frame(d, across)));
  return union(parts, 0.007);
}

/** @param {Side} s */
function leg(s) {
  const sx = s.sx;
  const limb = limbLoft({
    joints: [add(s.hip, [0, 0.04, 0]), s.knee, s.ankle, add(s.ankle, [0, -0.05, -0.012])],
    side: s.lateral,
    front: [0, 0, 1],
    keys: [
      { s: 0, w: 0.04, f: 0.045, b: 0.045 },
      { s: 0.09, w: 0.084, f: 0.08, b: 0.082, cs: -0.004 },
      { s: 0.16, w: 0.08, f: 0.079, b: 0.076, cs: -0.005 },
      { s: 0.28, w: 0.068, f: 0.07, b: 0.066, cs: -0.005 },
      { s: 0.39, w: 0.056, f: 0.055, b: 0.054, cs: -0.003 },
      { s: 0.465, w: 0.05, f: 0.047, b: 0.049 },
      { s: 0.52, w: 0.047, f: 0.043, b: 0.05 },
      { s: 0.6, w: 0.048, f: 0.04, b: 0.058, cs: -0.002 },
      { s: 0.72, w: 0.039, f: 0.034, b: 0.044 },
      { s: 0.82, w: 0.03, f: 0.028, b: 0.03 },
      { s: 0.88, w: 0.029, f: 0.028, b: 0.026 },
      { s: 0.93, w: 0.02, f: 0.018, b: 0.018 },
    ],
  });
  const k = s.knee;
  const parts = [
    limb,
    // vastus medialis above the knee, inner side
    ellipsoid(add(k, [-0.028 * sx, 0.095, 0.018]), [0.03, 0.06, 0.028]),
    // rectus femoris down the front of the thigh
    ellipsoid(add(s.hip, [0.005 * sx, -0.2, 0.055]), [0.045, 0.17, 0.035]),
    // kneecap, soft
    ellipsoid(add(k, [0, 0.014, 0.03]), [0.027, 0.031, 0.014]),
    // calf heads: the inner one lower and fuller
    ellipsoid(add(k, [-0.022 * sx, -0.125, -0.04]), [0.03, 0.08, 0.032]),
    ellipsoid(add(k, [0.02 * sx, -0.11, -0.036]), [0.027, 0.068, 0.028]),
    // malleoli
    sphere(add(s.ankle, [-0.024 * sx, 0.0, 0.002]), 0.014),
    sphere(add(s.ankle, [0.026 * sx, -0.012, -0.008]), 0.013),
    // Achilles tendon into the heel
    roundCone(add(s.ankle, [0, 0.15, -0.036]), add(s.heel, [0, 0.012, -0.012]), 0.013, 0.015),
  ];
  return union(parts, 0.025);
}

/** Toes from the big toe (medial) outwards: lateral offset, start, length, radius (foot frame). */
export const TOES = [
  [-0.026, 0.165, 0.048, 0.0118],
  [-0.0055, 0.17, 0.038, 0.0078],
  [0.0105, 0.165, 0.033, 0.0072],
  [0.0245, 0.157, 0.028, 0.0067],
  [0.037, 0.148, 0.023, 0.0062],
];

/**
 * The foot's own frame: `f` forward along the foot, `lat` to the outer side, and `at(forward,
 * lateral, height)` a point in it, measured from below the heel. The needling generator uses it too.
 * @param {Side} s
 */
export function footFrame(s) {
  const f = s.footFwd;
  const lat = /** @type {Vec3} */ ([f[2] * s.sx, 0, -f[0] * s.sx]);
  /** @param {number} fw @param {number} la @param {number} y @returns {Vec3} */
  const at = (fw, la, y) => add([s.heel[0], y, s.heel[2]], add(scale(f, fw), scale(lat, la)));
  return { f, lat, at };
}

/** @param {Side} s */
function foot(s) {
  const { lat, at } = footFrame(s);
  const body = loft({
    a: at(-0.015, 0.0, 0.032),
    b: at(0.17, -0.004, 0.022),
    side: lat,
    front: [0, 1, 0],
    keys: [
      { t: 0, w: 0.028, f: 0.03, b: 0.032 },
      { t: 0.12, w: 0.031, f: 0.045, b: 0.032 },
      { t: 0.35, w: 0.034, f: 0.038, b: 0.03, cs: 0.002 },
      { t: 0.7, w: 0.041, f: 0.024, b: 0.026, cs: 0.001 },
      { t: 0.88, w: 0.043, f: 0.017, b: 0.022, cs: -0.001 },
      { t: 1, w: 0.034, f: 0.009, b: 0.014, cs: -0.002 },
    ],
  });
  const parts = [union([body, ellipsoid(at(0.005, 0, 0.034), [0.03, 0.036, 0.036])], 0.012)];
  for (const [la, st, l, r] of TOES) {
    const a = at(st, la, 0.02);
    const b = at(st + l, la * 1.05, r * 0.9);
    parts.push(roundCone(a, b, r * 1.1, r));
  }
  // a small blend keeps a gap between the toes
  return union(parts, 0.007);
}

/** Builds the skin field. Groups are returned unblended for the region rules. */
export function buildSkin() {
  const groups = {
    torso: union([torso(), neck()], 0.04),
    head: head(),
    armL: arm(LEFT),
    armR: arm(RIGHT),
    handL: hand(LEFT),
    handR: hand(RIGHT),
    legL: leg(LEFT),
    legR: leg(RIGHT),
    footL: foot(LEFT),
    footR: foot(RIGHT),
  };
  const limbs = [
    union([groups.armL, groups.handL], 0.014),
    union([groups.armR, groups.handR], 0.014),
    union([groups.legL, groups.footL], 0.02),
    union([groups.legR, groups.footR], 0.02),
  ];
  const core = union([groups.torso, groups.head], 0.03);
  const body = union([core, limbs[0], limbs[1], union([limbs[2], limbs[3]], 0.01)], 0.03);
  return { sdf: aboveFloor(body, 0, 0.014), groups };
}

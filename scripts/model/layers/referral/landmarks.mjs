// Named skin points of one side, for the referred-pain rules: each is where a ray from a point inside
// the body, in the figure's own proportions (../../landmarks.mjs, the head as anatomy.mjs models
// it, the spinal levels of ../../needling/body-frame.mjs), comes out through the skin. Written for
// the person's left (+x) and mirrored by `sx`, so both sides come from the same rules.
import { fingerBones, footFrame, handFrame } from '../../anatomy.mjs';
import { SPINE_Y } from '../../needling/body-frame.mjs';
import { add, lerp3, norm, scale } from '../../sdf.mjs';
import { castOut } from './surface.mjs';

/** @typedef {import('./skin.mjs').Skin} Skin */
/** @typedef {import('../../sdf.mjs').Vec3} Vec3 */
/** @typedef {ReturnType<typeof import('../../landmarks.mjs').side>} Side */

/**
 * The landmarks of one side on the skin: every function returns a skin point (surface.mjs).
 * @param {Skin} skin @param {Side} s
 */
export function skinFrame(skin, s) {
  const sx = s.sx;
  /** Mirror a left-side point or direction to this side. @param {Vec3} p @returns {Vec3} */
  const m = (p) => [p[0] * sx, p[1], p[2]];
  /** The skin point out from `from` along `dir`, both written for the left side. @param {Vec3} from @param {Vec3} dir */
  const out = (from, dir) => castOut(skin, m(from), m(dir));
  /** Same, with a point and direction already on this side. @param {Vec3} from @param {Vec3} dir */
  const outHere = (from, dir) => castOut(skin, from, dir);
  const hand = handFrame(s);
  const foot = footFrame(s);
  const L = /** @type {Vec3} */ ([sx, 0, 0]);
  const F = /** @type {Vec3} */ ([0, 0, 1]);
  const B = /** @type {Vec3} */ ([0, 0, -1]);
  /** A direction from weights on lateral, front and up (negative: medial, back, down). */
  const dir = (/** @type {number} */ l, /** @type {number} */ f, up = 0) =>
    norm(add(add(scale(L, l), scale(F, f)), [0, up, 0]));
  /** A point on the upper arm, `t` from the shoulder (0) to the elbow (1). */
  const upperArm = (/** @type {number} */ t) => lerp3(s.shoulder, s.elbow, t);
  /** A point on the forearm, `t` from the elbow (0) to the wrist (1). */
  const forearm = (/** @type {number} */ t) => lerp3(s.elbow, s.wrist, t);
  /** The forearm's back: lateral and back near the elbow, the back of the hand at the wrist. */
  const dorsal = (/** @type {number} */ t) =>
    norm(lerp3(norm(add(L, scale(B, 0.35))), scale(hand.pn, -1), t));
  /** A point on the thigh, `t` from the knee (0) to the hip joint (1). */
  const thigh = (/** @type {number} */ t) => lerp3(s.knee, s.hip, t);
  /** A point on the leg, `t` from the knee (0) to the ankle (1). */
  const leg = (/** @type {number} */ t) => lerp3(s.knee, s.ankle, t);
  const middleFinger = fingerBones(s)[1];

  return {
    // --- head and face ---
    temple: () => out([0, 1.655, 0], [1, 0.05, 0.5]),
    templeHigh: () => out([0, 1.685, -0.005], [1, 0.45, 0.25]),
    sideOfHead: () => out([0, 1.67, -0.02], [1, 0.35, -0.15]),
    aboveEar: () => out([0, 1.665, -0.012], [1, 0.3, 0]),
    behindEar: () => out([0, 1.61, -0.03], [0.75, 0, -0.65]),
    eyeOuter: () => out([0.02, 1.636, 0.03], [1, 0, 0.6]),
    eyebrow: () => out([0.032, 1.656, 0.03], [0.2, 0.15, 1]),
    overEye: () => out([0.03, 1.668, 0.03], [0.1, 0.35, 1]),
    forehead: () => out([0.018, 1.688, 0.02], [0.15, 0.35, 1]),
    topOfHead: () => out([0.02, 1.7, -0.01], [0.2, 1, -0.05]),
    backOfHead: () => out([0.02, 1.645, -0.01], [0.25, 0.05, -1]),
    underSkull: () => out([0.025, 1.6, -0.03], [0.3, 0, -1]),
    cheek: () => out([0.03, 1.6, 0.02], [0.6, 0, 1]),
    jawJoint: () => out([0.04, 1.612, 0.0], [1, 0, 0.3]),
    jawAngle: () => out([0.02, 1.557, -0.004], [1, -0.5, -0.3]),
    upperTeeth: () => out([0.02, 1.578, 0.035], [0.8, 0, 0.6]),
    lowerTeeth: () => out([0.02, 1.55, 0.03], [0.8, -0.3, 0.6]),
    lowerJaw: () => out([0.015, 1.54, 0.045], [0.6, -0.6, 0.6]),
    inEar: () => out([0.05, 1.622, -0.012], [1, 0, 0.1]),
    // --- neck ---
    throat: () => out([0.005, 1.49, 0], [0.3, 0, 1]),
    /** The side of the neck at height y. */
    neckSide: (/** @type {number} */ y) => out([0, y, -0.025], [1, 0, -0.15]),
    /** The back of the neck, off the midline, at height y. */
    neckBack: (/** @type {number} */ y) => out([0.02, y, -0.025], [0.5, 0, -1]),
    /** Where the neck meets the shoulder. */
    neckShoulder: () => out([0.04, 1.44, -0.03], [0.6, 0.8, -0.35]),
    // --- trunk ---
    /** The back, `x` out from the midline at height y. */
    back: (/** @type {number} */ x, /** @type {number} */ y) => out([x, y, -0.02], [0, 0, -1]),
    /** The front of the trunk, `x` out from the midline at height y. */
    front: (/** @type {number} */ x, /** @type {number} */ y) => out([x, y, 0], [0, 0, 1]),
    /** The back beside a spinal level (C1 … S4). */
    besideLevel: (/** @type {string} */ level, x = 0.025) => out([x, SPINE_Y[level], -0.02], [0, 0, -1]),
    sacroiliac: () => out([0.035, 0.955, -0.02], [0, 0, -1]),
    sacrum: () => out([0.012, 0.92, -0.02], [0, 0, -1]),
    tailbone: () => out([0.006, 0.855, -0.02], [0, -0.2, -1]),
    /** The top of the hip bone: `t` from its back (0) round the side (0.5) to its front (1). */
    hipCrest: (/** @type {number} */ t) =>
      out([0.04 + 0.03 * t, 1.0 - 0.04 * t, 0], [Math.sin(Math.PI * t), 0, -Math.cos(Math.PI * t)]),
    lowerBelly: () => out([0.06, 0.92, 0], [0.1, 0, 1]),
    groin: () => out([0.075, 0.85, 0], [0.25, -0.35, 1]),
    buttock: () => out([0.08, 0.88, -0.02], [0.05, 0, -1]),
    lowerButtock: () => out([0.07, 0.83, -0.02], [0, -0.15, -1]),
    outerButtock: () => out([0.07, 0.89, -0.02], [0.75, 0, -0.65]),
    backOfHip: () => out([0.1, 0.9, -0.01], [0.55, 0, -0.85]),
    outerHip: () => outHere(s.hip, dir(1, 0)),
    frontOuterHip: () => out([0.09, 0.93, 0], [0.65, 0, 0.75]),
    // --- shoulder and arm ---
    frontOfShoulder: () => outHere(add(s.shoulder, [0, -0.02, 0]), dir(0.35, 1)),
    backOfShoulder: () => outHere(add(s.shoulder, [0, -0.03, 0]), dir(0.3, -1)),
    midDeltoid: () => outHere(upperArm(0.2), dir(1, 0)),
    /** The upper arm, `t` from the shoulder to the elbow, facing `l` lateral and `f` front. */
    upperArm: (/** @type {number} */ t, /** @type {number} */ l, /** @type {number} */ f) =>
      outHere(upperArm(t), dir(l, f)),
    outerElbow: () => outHere(s.elbow, dir(1, -0.1)),
    /** The back of the forearm, `t` from the elbow to the wrist. */
    forearmBack: (/** @type {number} */ t) => outHere(forearm(t), dorsal(t)),
    /** The palm side of the forearm. */
    forearmPalm: (/** @type {number} */ t) => outHere(forearm(t), scale(dorsal(t), -1)),
    /** The thumb side of the forearm. */
    forearmThumb: (/** @type {number} */ t) => outHere(forearm(t), hand.across),
    /** The little-finger side of the forearm, palm side. */
    forearmUlnar: (/** @type {number} */ t) =>
      outHere(forearm(t), norm(add(scale(hand.across, -1), scale(dorsal(t), -0.6)))),
    wristBack: () => outHere(hand.at(0.008, 0.004, 0), scale(hand.pn, -1)),
    handBack: () => outHere(hand.at(0.05, 0.004, 0), scale(hand.pn, -1)),
    handBackThumbSide: () => outHere(hand.at(0.04, 0.02, 0), scale(hand.pn, -1)),
    thumbWeb: () => outHere(hand.at(0.06, 0.03, 0), norm(add(scale(hand.pn, -1), scale(hand.across, 0.6)))),
    wristPalm: () => outHere(hand.at(0.005, 0.004, 0), hand.pn),
    wristPalmUlnar: () => outHere(hand.at(0.008, -0.015, 0), hand.pn),
    palm: () => outHere(hand.at(0.05, 0.002, 0), hand.pn),
    palmUlnar: () => outHere(hand.at(0.05, -0.02, 0), hand.pn),
    thumbSideOfHand: () => outHere(hand.at(0.035, 0.02, 0), hand.across),
    middleFingerBack: () => outHere(middleFinger[1].a, scale(hand.pn, -1)),
    // --- thigh and knee ---
    /** The thigh, `t` from the knee (0) to the hip joint (1), facing `l` lateral and `f` front. */
    thigh: (/** @type {number} */ t, /** @type {number} */ l, /** @type {number} */ f) =>
      outHere(thigh(t), dir(l, f)),
    kneeFront: () => outHere(add(s.knee, [0, 0.01, 0]), dir(-0.1, 1)),
    kneeInner: () => outHere(s.knee, dir(-1, 0.35)),
    kneeOuter: () => outHere(s.knee, dir(1, 0.1)),
    kneecapOuterEdge: () => outHere(add(s.knee, [0, 0.014, 0]), dir(0.6, 0.8)),
    backOfKnee: () => outHere(s.knee, dir(0, -1)),
    // --- leg and foot ---
    /** The leg, `t` from the knee (0) to the ankle (1), facing `l` lateral and `f` front. */
    leg: (/** @type {number} */ t, /** @type {number} */ l, /** @type {number} */ f) =>
      outHere(leg(t), dir(l, f)),
    ankleFrontInner: () => outHere(add(s.ankle, [0, 0.01, 0]), dir(-0.6, 0.8)),
    outerAnkle: () => outHere(s.ankle, dir(1, 0)),
    achilles: (/** @type {number} */ above) => outHere(add(s.ankle, [0, above, -0.01]), dir(0, -1)),
    heelBack: () => outHere(foot.at(0.015, 0, 0.035), scale(foot.f, -1)),
    heelUnder: () => outHere(foot.at(0.02, 0, 0.03), [0, -1, 0]),
    /** The inner arch of the foot, `fw` metres forward of the heel (the middle of the arch: 0.09). */
    innerArch: (fw = 0.09) => outHere(foot.at(fw, 0, 0.03), norm(add(scale(foot.lat, -1), [0, -0.15, 0]))),
    /** The sole, `fw` metres forward of the heel. */
    sole: (/** @type {number} */ fw) => outHere(foot.at(fw, 0, 0.03), [0, -1, 0]),
    footTop: () => outHere(foot.at(0.11, 0.005, 0.02), [0, 1, 0]),
    bigToeTop: () => outHere(foot.at(0.19, -0.026, 0.015), norm(add([0, 1, 0], scale(foot.f, 0.3)))),
    bigToeBase: () => outHere(foot.at(0.15, -0.025, 0.02), [0, 1, 0]),
    toesUnder: () => outHere(foot.at(0.19, -0.005, 0.012), [0, -1, 0]),
  };
}

/** @typedef {ReturnType<typeof skinFrame>} SkinFrame */

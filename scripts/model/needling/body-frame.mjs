// Landmarks for the needling layer, in the figure's own proportions (see ../landmarks.mjs): the
// spinal levels on the back, the proportional inch (B-cun) of each body part, and small helpers that
// turn "this far along the forearm, towards its back" into a skin point of one side.
import { fingerBones, footFrame, handFrame, TOES } from '../anatomy.mjs';
import { LEFT, RIGHT } from '../landmarks.mjs';
import { add, len, lerp3, norm, scale, sub } from '../sdf.mjs';
import { castOut, onSkin } from './on-skin.mjs';

/** @typedef {import('../sdf.mjs').Vec3} Vec3 */
/** @typedef {(x: number, y: number, z: number) => number} Field */
/** @typedef {ReturnType<typeof import('../landmarks.mjs').side>} Side */

/**
 * Height of each spinal level on the back, in metres: the spinous process for C2–L5 (C1, which has
 * none, just under the skull; C8, whose nerve leaves between C7 and T1, halfway). C7 is the bump at
 * the base of the neck (LEVELS.c7); L4 is level with the top of the hip bones (LEVELS.iliacCrest).
 */
export const SPINE_Y = (() => {
  /** @type {Record<string, number>} */
  const y = { C1: 1.595, C2: 1.58 };
  for (let i = 3; i <= 7; i++) y[`C${i}`] = 1.58 - ((i - 2) * (1.58 - 1.5)) / 5;
  const t1 = 1.474;
  const t12 = 1.14;
  for (let i = 1; i <= 12; i++) y[`T${i}`] = t1 - ((i - 1) * (t1 - t12)) / 11;
  y.C8 = (y.C7 + y.T1) / 2;
  for (let i = 1; i <= 5; i++) y[`L${i}`] = 1.14 - i * 0.028;
  y.S1 = 0.972;
  y.S2 = 0.95;
  y.S4 = 0.9;
  return y;
})();

/** B-cun of the back: the inner edges of the shoulder blades are 6 B-cun apart. */
export const CUN_BACK = 0.016;

/** Helpers for one side of the body, bound to the skin field. @param {Field} f @param {Side} s */
export function sideFrame(f, s) {
  const L = /** @type {Vec3} */ ([s.sx, 0, 0]);
  const F = /** @type {Vec3} */ ([0, 0, 1]);
  const B = /** @type {Vec3} */ ([0, 0, -1]);
  const U = /** @type {Vec3} */ ([0, 1, 0]);
  /** A direction from weights on lateral, front and up (negative = medial, back, down). */
  const dir = (l, fr, up = 0) => norm(add(add(scale(L, l), scale(F, fr)), scale(U, up)));
  const mx = (/** @type {number} */ x) => x * s.sx;
  const hand = handFrame(s);
  const foot = footFrame(s);
  /** Forearm: B-cun from the elbow crease (12 B-cun to the wrist crease). */
  const cunFore = len(sub(s.wrist, s.elbow)) / 12;
  /** Upper arm: 9 B-cun from the front fold of the armpit to the elbow crease. */
  const cunUpper = len(sub(s.shoulder, s.elbow)) / 9;
  /** Thigh: 19 B-cun from the hip's greater trochanter to the knee crease. */
  const cunThigh = (s.hip[1] - s.knee[1]) / 19;
  /** Lower leg: 16 B-cun from the knee crease to the outer ankle bone. */
  const cunLeg = (s.knee[1] - s.ankle[1]) / 16;
  /** The forearm's back (dorsal side): lateral near the elbow, the back of the hand at the wrist. */
  const dorsal = (t) => norm(lerp3(norm(add(L, scale(B, 0.35))), scale(hand.pn, -1), t));
  return {
    s,
    L,
    F,
    B,
    U,
    dir,
    mx,
    hand,
    foot,
    cunFore,
    cunUpper,
    cunThigh,
    cunLeg,
    dorsal,
    /** Ray from a point inside the body out to the skin. @param {Vec3} from @param {Vec3} d */
    ray: (from, d) => castOut(f, from, d),
    /** The nearest skin point to a point near the skin. @param {Vec3} p */
    near: (p) => onSkin(f, p),
    /** A point on the forearm's axis, `cun` B-cun from the elbow crease towards the wrist. */
    fore: (cun) => lerp3(s.elbow, s.wrist, cun / 12),
    /** A point on the upper arm's axis, `cun` B-cun above the elbow crease. */
    upper: (cun) => add(s.elbow, scale(sub(s.shoulder, s.elbow), cun / 9)),
    /** A point on the thigh's axis, `cun` B-cun above the knee crease. */
    thigh: (cun) => lerp3(s.knee, s.hip, cun / 19),
    /** A point on the lower leg's axis, `cun` B-cun below the knee crease. */
    leg: (cun) => lerp3(s.knee, s.ankle, cun / 16),
    /** Where a finger ends (0 index … 3 little), on its `side` (a direction), from inside its tip. */
    fingerTip: (i, side) => {
      const last = fingerBones(s)[i][2];
      const along = norm(sub(last.b, last.a));
      return castOut(f, last.b, norm(add(along, scale(side, 1.2))));
    },
    /** Where a toe ends (0 big … 4 little), on its `side`, from inside its tip. */
    toeTip: (i, side) => {
      const [la, st, l, r] = TOES[i];
      const tip = foot.at(st + l, la * 1.05, r * 0.9);
      return castOut(f, tip, norm(add(foot.f, scale(side, 1.2))));
    },
    /** The point on the back, `x` metres out from the midline at height y (x signed to this side). */
    back: (x, y) => castOut(f, [mx(x), y, -0.02], B),
    /** The point on the front of the trunk, `x` out from the midline at height y. */
    front: (x, y) => castOut(f, [mx(x), y, 0], F),
  };
}

/** @typedef {ReturnType<typeof sideFrame>} SideFrame */

export const SIDES = /** @type {const} */ ([
  { name: 'left', s: LEFT },
  { name: 'right', s: RIGHT },
]);

/** The thumb's tip area: along the thumb from its base (the thumb bones are in anatomy.mjs). */
export function thumbPoint(/** @type {SideFrame} */ fr, along) {
  const { d, pn, across, at } = fr.hand;
  const base = at(0.02, 0.022, 0.006);
  const dir = norm(add(scale(d, 0.7), add(scale(across, 0.6), scale(pn, 0.5))));
  return fr.near(add(base, scale(dir, along)));
}

export { lerp3 };

// The ASIA/ISNCSCI key sensory points (the nerve exam's test points, one per level and side), as
// places on THIS figure's skin: each from the named bony landmarks (../bony-landmarks.mjs), the
// hand's and foot's frames and the figure's levels, cast out to the skin. They are worked out here
// independently of the band rules (rules.mjs), so the test that each lies in its own level's band
// (tests/unit/dermatomes.test.ts) checks the rules against the map, not against themselves.
import { fingerBones, handFrame } from '../../anatomy.mjs';
import { LEVELS } from '../../landmarks.mjs';
import { add, lerp3, norm, scale } from '../../sdf.mjs';
import { bonySide, MIDLINE } from '../bony-landmarks.mjs';
import { castOut } from '../referral/surface.mjs';

/** @typedef {import('../referral/skin.mjs').Skin} Skin */
/** @typedef {import('../../sdf.mjs').Vec3} Vec3 */

/** Levels with a key point, top to bottom (S4-5: one point, beside the anus). */
export const KEY_POINT_LEVELS = Object.freeze(
  /** @type {const} */ ([
    ...['C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'],
    ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
    ...['L1', 'L2', 'L3', 'L4', 'L5'],
    ...['S1', 'S2', 'S3', 'S4-5'],
  ]),
);

/**
 * The key points of one side on the skin, by level.
 * @param {Skin} skin @param {1 | -1} sx
 * @returns {Record<string, Vec3>}
 */
export function keyPoints(skin, sx) {
  const b = bonySide(sx);
  const side = b.s;
  /** Mirror a left-side point or direction to this side. @param {Vec3} p @returns {Vec3} */
  const m = (p) => [p[0] * sx, p[1], p[2]];
  /** The skin point out from `from` along `dir`, both written for the left. */
  const out = (/** @type {Vec3} */ from, /** @type {Vec3} */ dir) => castOut(skin, m(from), m(dir)).p;
  /** Same, with a point and direction already on this side. */
  const outHere = (/** @type {Vec3} */ from, /** @type {Vec3} */ dir) => castOut(skin, from, dir).p;
  const left = bonySide(1);
  const hand = handFrame(side);

  // the mid-clavicular line: halfway along the collarbone
  const mcl = (left.clavicleMedial[0] + left.clavicleLateral[0]) / 2;
  // the ribs' front ends: the 2nd at the sternal angle, the 7th at the lower end of the sternum;
  // an intercostal space lies halfway between two ribs, and a little lower out at the nipple line
  const sa = MIDLINE.sternalAngle[1];
  const xs = MIDLINE.sternumBottom[1];
  const ribFront = (/** @type {number} */ k) => sa - ((k - 2) * (sa - xs)) / 5;
  const space = (/** @type {number} */ k) => (ribFront(k) + ribFront(k + 1)) / 2 - 0.008;
  const onChest = (/** @type {number} */ y) => out([mcl, y, 0], [0, 0, 1]);
  // the umbilicus and the xiphisternum, 1 cm off the midline so each side has its own point
  const xiphoid = out([0.01, xs, 0], [0, 0, 1]);
  const navel = out([0.01, LEVELS.navel, 0], [0, 0, 1]);
  const belly = (/** @type {number} */ t) => out([mcl * 0.8, xs + (LEVELS.navel - xs) * t, 0], [0, 0, 1]);
  // the inguinal ligament runs from the front of the hip bone (ASIS) to the pubic tubercle
  const pubicTubercle = add(MIDLINE.pubicSymphysis, [0.022, 0.004, -0.004]);
  const ligamentMid = lerp3(left.asis, pubicTubercle, 0.5);
  const t12 = out(add(ligamentMid, [0, 0, -0.03]), [0, -0.25, 1]);
  const l2 = out(lerp3(left.femoralHead, left.kneeJoint, 0.5), [0, 0, 1]);
  const t10 = navel;
  const halfway = (/** @type {Vec3} */ a, /** @type {Vec3} */ c, /** @type {Vec3} */ dir) => {
    const mid = lerp3(a, c, 0.5);
    return outHere(add(mid, scale(norm(dir), -0.04)), dir);
  };
  // the first bone of a finger (the proximal phalanx), its back (away from the palm)
  const fingerBack = (/** @type {number} */ f) => {
    const bone = fingerBones(side)[f][0];
    return outHere(lerp3(bone.a, bone.b, 0.5), scale(hand.pn, -1));
  };
  // the thumb's first phalanx: beyond its metacarpal, which runs out from the base of the palm
  // towards the thumb, the palm and down; its back faces the thumb side
  const thumbBase = hand.at(0.055, 0.055, 0.02);

  return {
    C2: out(add(MIDLINE.externalOccipitalProtuberance, [0.02, 0, 0.03]), [0.15, 0, -1]),
    C3: out(add(lerp3(left.clavicleMedial, left.clavicleLateral, 0.5), [0, 0.018, -0.02]), [0, 0.45, 1]),
    C4: out(lerp3(left.clavicleLateral, left.acromion, 0.5), [0, 1, 0]),
    C5: outHere(lerp3(side.elbow, b.lateralEpicondyle, 0.6), m(norm([0.7, 0, 1]))),
    C6: outHere(thumbBase, norm(add(hand.across, scale(hand.pn, -0.6)))),
    C7: fingerBack(1),
    C8: fingerBack(3),
    T1: outHere(lerp3(side.elbow, b.medialEpicondyle, 0.6), m(norm([-0.7, 0, 1]))),
    T2: out([left.glenoid[0] + 0.01, LEVELS.armpit - 0.03, left.glenoid[2]], [0, -1, 0]),
    T3: onChest(space(3)),
    T4: onChest(space(4)),
    T5: onChest(space(5)),
    T6: xiphoid,
    T7: belly(0.25),
    T8: belly(0.5),
    T9: belly(0.75),
    T10: t10,
    T11: halfway(t10, t12, [0, 0, 1]),
    T12: t12,
    L1: halfway(t12, l2, [0, -0.2, 1]),
    L2: l2,
    L3: outHere(b.medialFemoralCondyle, m([-1, 0, 0.15])),
    L4: outHere(b.medialMalleolus, m([-1, 0, 0])),
    L5: outHere(b.metatarsalHeads[2], [0, 1, 0]),
    S1: outHere(b.calcaneus, m([1, 0, -0.25])),
    S2: outHere(add(side.knee, [0, 0.005, 0]), [0, 0, -1]),
    S3: outHere(b.ischialTuberosity, [0, -0.35, -1]),
    'S4-5': out([0.016, 0.86, -0.06], [0.1, -0.2, -1]),
  };
}

// Placing muscles in our figure: points found from the skin (a ray from inside out to the skin,
// then pushed in to a depth), and the left side's bony landmarks. Only the left side (+x) is
// built; the right side is its mirror image.
import { footFrame, handFrame } from '../../anatomy.mjs';
import { LEFT } from '../../landmarks.mjs';
import { normalAt } from '../../mesher.mjs';
import { SPINE_Y } from '../../needling/body-frame.mjs';
import { castOut } from '../../needling/on-skin.mjs';
import { lerp3, norm, scale, sub } from '../../sdf.mjs';
import { BONY_LEFT, MIDLINE, vertebra } from '../bony-landmarks.mjs';

/** @typedef {import('../../sdf.mjs').Vec3} Vec3 */
/** @typedef {(x: number, y: number, z: number) => number} Field */

/** @param {Field} skin */
export function placer(skin) {
  const s = LEFT;
  /** The skin point `depth` metres in from where a ray from `from` along `dir` leaves the body. */
  const under = (/** @type {Vec3} */ from, /** @type {Vec3} */ dir, depth = 0) => {
    const p = castOut(skin, from, norm(dir));
    return depth ? sub(p, scale(normalAt(skin, ...p), depth)) : p;
  };
  return {
    s,
    hand: handFrame(s),
    foot: footFrame(s),
    spineY: SPINE_Y,
    /** The skeleton's bony landmarks of the left side (shared with the bones and nerves). */
    bone: BONY_LEFT,
    mid: MIDLINE,
    /** A vertebra's body centre, spinous tip and left transverse tip. */
    vertebra,
    under,
    /** On the back, x out from the midline at height y, `depth` under the skin. */
    back: (x, y, depth = 0) => under([x, y, -0.02], [0, 0, -1], depth),
    /** Upper arm axis, t from the shoulder (0) to the elbow (1). */
    upper: (t) => lerp3(s.shoulder, s.elbow, t),
    /** Forearm axis, t from the elbow (0) to the wrist (1). */
    fore: (t) => lerp3(s.elbow, s.wrist, t),
    /** Thigh axis, t from the hip (0) to the knee (1). */
    thigh: (t) => lerp3(s.hip, s.knee, t),
    /** Leg axis, t from the knee (0) to the ankle (1). */
    leg: (t) => lerp3(s.knee, s.ankle, t),
  };
}

/** @typedef {ReturnType<typeof placer>} Placer */
/**
 * One muscle (one id) of the left side: its pieces, and the bony landmarks where it starts and ends
 * (the tests check that the muscle reaches both).
 * @typedef {{ id: typeof import('../../../../src/content/anatomyIdList.mjs').MUSCLE_IDS[number],
 *   origin: Vec3, insertion: Vec3, pieces: import('./shapes.mjs').Tube[] }} MuscleDef
 */

// Where each spinal level is, for the segmental view: the centre of its vertebral body (C8, which
// has no vertebra of its own: between C7 and T1), where its left root leaves the spine (as the
// nerve layer draws it), and a place for its label, beside and behind the spinous process.
import { SPINAL_LEVELS } from '../../../../src/content/needleIdList.mjs';
import { add, lerp3 } from '../../sdf.mjs';
import { vertebra } from '../bony-landmarks.mjs';
import { rootCourse } from '../nerves/courses.mjs';

/** @typedef {import('../../sdf.mjs').Vec3} Vec3 */

/** A label floats this far beside (left) and behind the spinous tip. */
const LABEL_OFFSET = /** @type {Vec3} */ ([0.035, 0, -0.03]);

/** @returns {Record<string, { centre: Vec3, exit: Vec3, label: Vec3 }>} */
export function spinalLevels() {
  /** @type {Record<string, { centre: Vec3, exit: Vec3, label: Vec3 }>} */
  const out = {};
  for (const level of SPINAL_LEVELS) {
    const v = level === 'C8' ? null : vertebra(level);
    const centre = v ? v.body : lerp3(vertebra('C7').body, vertebra('T1').body, 0.5);
    const tip = v ? v.tip : lerp3(vertebra('C7').tip, vertebra('T1').tip, 0.5);
    out[level] = { centre, exit: rootCourse(level).points[1], label: add(tip, LABEL_OFFSET) };
  }
  return out;
}

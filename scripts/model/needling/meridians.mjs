// Meridian courses as landmark sequences (WHO endpoints; course per standard texts), drawn as
// smooth lines on the skin through them. Each course passes through the points on it.
import { PAIRED_POINTS } from './acupoints.mjs';

/** @typedef {import('../sdf.mjs').Vec3} Vec3 */
/** @typedef {import('./body-frame.mjs').SideFrame} SideFrame */

const pt = (/** @type {string} */ code, /** @type {SideFrame} */ fr) =>
  /** @type {Vec3} */ (PAIRED_POINTS[code](fr));

/** Meridians on both sides: code → branches, each a list of skin points in order. @type {Record<string, (fr: SideFrame) => Vec3[][]>} */
export const MERIDIAN_COURSES = {
  LI: (fr) => [
    [fr.fingerTip(0, fr.hand.across), pt('LI4', fr), pt('LI5', fr), pt('LI10', fr), pt('LI11', fr)],
  ],
};

/** @type {Record<string, (ray: (from: Vec3, d: Vec3) => Vec3) => Vec3[][]>} */
export const MIDDLE_MERIDIANS = {};

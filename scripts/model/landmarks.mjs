// Skeleton landmarks of the figure, in metres: feet on y = 0, facing +z, person's left = +x.
// 1.75 m tall, about 7.5 heads. Only the left side is written out; `side(s)` mirrors it,
// so right-side points are derived by negating x explicitly (never by a cross product).
import { add, norm, scale } from './sdf.mjs';

/** @typedef {import('./sdf.mjs').Vec3} Vec3 */

export const HEIGHT = 1.75;
export const HEAD_TOP = 1.75;
export const CHIN_Y = 1.518;

const deg = Math.PI / 180;

/** Arm pose: abduction of the upper arm and of the forearm from vertical, in degrees. */
const ARM_ABDUCTION = 13;
const FOREARM_ABDUCTION = 17;
const UPPER_ARM = 0.3;
const FOREARM = 0.25;
const FOOT_TURN_OUT = 6;

/**
 * Landmarks of one side. sx = +1 for the person's left, -1 for the right.
 * @param {1 | -1} sx
 */
export function side(sx) {
  /** @param {Vec3} p @returns {Vec3} */
  const m = (p) => [p[0] * sx, p[1], p[2]];
  const shoulder = m([0.182, 1.405, -0.012]);
  const upperDir = norm(m([Math.sin(ARM_ABDUCTION * deg), -Math.cos(ARM_ABDUCTION * deg), -0.02]));
  const elbow = add(shoulder, scale(upperDir, UPPER_ARM));
  const foreDir = norm(m([Math.sin(FOREARM_ABDUCTION * deg), -Math.cos(FOREARM_ABDUCTION * deg), 0.1]));
  const wrist = add(elbow, scale(foreDir, FOREARM));
  const handDir = norm(m([0.16, -1, 0.05]));
  // palm faces the thigh, turned slightly forward, so the thumb shows from the front
  const palmNormal = norm(m([-0.94, 0, 0.34]));
  const footFwd = /** @type {Vec3} */ ([
    Math.sin(FOOT_TURN_OUT * deg) * sx,
    0,
    Math.cos(FOOT_TURN_OUT * deg),
  ]);
  return {
    sx,
    acromion: m([0.19, 1.447, -0.012]),
    shoulder,
    upperDir,
    elbow,
    foreDir,
    wrist,
    handDir,
    palmNormal,
    hip: m([0.09, 0.915, 0.0]),
    knee: m([0.098, 0.5, 0.012]),
    ankle: m([0.094, 0.085, -0.012]),
    heel: m([0.094, 0.035, -0.045]),
    footFwd,
    /** lateral direction (away from the midline) */
    lateral: /** @type {Vec3} */ ([sx, 0, 0]),
  };
}

export const LEFT = side(1);
export const RIGHT = side(-1);

/** Levels used by the torso and by the region rules. */
export const LEVELS = {
  crotch: 0.81,
  gluteFold: 0.8,
  iliacCrest: 1.0,
  navel: 1.05,
  waist: 1.1,
  xiphoid: 1.2,
  lowerBackTop: 1.13,
  midBackTop: 1.27,
  armpit: 1.31,
  sternalNotch: 1.445,
  c7: 1.5,
  neckTop: 1.6,
};

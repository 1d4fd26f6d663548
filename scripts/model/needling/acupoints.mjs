// Acupuncture points as landmarks, after the WHO Standard Acupuncture Point Locations (2008), short
// form, measured in the figure's own proportional inches (B-cun, see body-frame.mjs). Each point is
// a ray from inside the body (a bone or muscle axis) out through the skin, so that it lands on the
// side of the limb the book names: LI4 on the back of the hand, BL40 in the knee crease.
import { SPINAL_LEVELS } from '../../../src/content/needleIdList.mjs';
import { add, scale } from '../sdf.mjs';
import { CUN_BACK, SPINE_Y } from './body-frame.mjs';

/** @typedef {import('../sdf.mjs').Vec3} Vec3 */
/** @typedef {import('./body-frame.mjs').SideFrame} SideFrame */

/**
 * Points on both sides: code → skin point(s) of one side.
 * @type {Record<string, (fr: SideFrame) => Vec3 | Vec3[]>}
 */
export const PAIRED_POINTS = {
  // --- hand and forearm
  LI4: (fr) => fr.ray(fr.hand.at(0.045, 0.022, 0), add(scale(fr.hand.pn, -1), scale(fr.hand.across, 0.35))),
  LI5: (fr) => fr.ray(fr.hand.at(-0.004, 0, 0), add(scale(fr.hand.pn, -0.6), fr.hand.across)),
  LI10: (fr) => fr.ray(fr.fore(2), fr.dir(0.8, 0.55)),
  LI11: (fr) => fr.ray(fr.fore(0), fr.dir(0.75, 0.65)),
  LU5: (fr) => fr.ray(fr.fore(0), fr.dir(0.3, 1)),
  LU7: (fr) => fr.ray(fr.fore(10.5), add(fr.hand.across, scale(fr.hand.pn, -0.25))),
  PC6: (fr) => fr.ray(fr.fore(10), fr.hand.pn),
  PC7: (fr) => fr.ray(fr.fore(12), fr.hand.pn),
  HT3: (fr) => fr.ray(fr.fore(0), fr.dir(-0.8, 0.5)),
  HT7: (fr) => fr.ray(fr.fore(12), add(fr.hand.pn, scale(fr.hand.across, -0.9))),
  SI3: (fr) => fr.ray(fr.hand.at(0.07, -0.02, 0), add(scale(fr.hand.across, -1), scale(fr.hand.pn, 0.1))),
  SI7: (fr) => fr.ray(fr.fore(7), add(scale(fr.hand.across, -1), scale(fr.dorsal(7 / 12), 0.6))),
  SI8: (fr) => fr.ray(fr.upper(0.3), fr.dir(-0.55, -0.85)),
  TE5: (fr) => fr.ray(fr.fore(10), fr.dorsal(10 / 12)),
  // --- face
  ST6: (fr) => fr.ray([fr.mx(0.025), 1.57, 0.012], fr.dir(1, 0.15)),
  ST7: (fr) => fr.ray([fr.mx(0.03), 1.604, 0.022], fr.dir(1, 0.1)),
  SI18: (fr) => fr.ray([fr.mx(0.02), 1.606, 0.035], fr.dir(0.55, 1)),
  // --- leg and foot
  ST35: (fr) => fr.ray(add(fr.s.knee, [fr.mx(0.01), -0.014, 0]), fr.dir(0.45, 1)),
  SP6: (fr) => fr.ray(fr.leg(13), fr.dir(-1, -0.25)),
  LR3: (fr) => fr.ray(fr.foot.at(0.12, -0.016, 0.02), [0, 1, 0]),
  KI1: (fr) => fr.ray(fr.foot.at(0.125, -0.004, 0.02), [0, -1, 0]),
  KI3: (fr) => fr.ray(add(fr.s.ankle, [fr.mx(-0.004), 0, -0.012]), fr.dir(-0.6, -0.8)),
  KI4: (fr) => fr.ray(add(fr.s.ankle, [fr.mx(-0.004), -0.022, -0.018]), fr.dir(-0.75, -0.65)),
  BL40: (fr) => fr.ray(fr.s.knee, fr.B),
  BL57: (fr) => fr.ray(fr.leg(8), fr.B),
  BL60: (fr) => fr.ray(add(fr.s.ankle, [fr.mx(0.004), -0.008, -0.012]), fr.dir(0.6, -0.8)),
  BL61: (fr) => fr.ray(add(fr.s.ankle, [fr.mx(0.004), -0.042, -0.014]), fr.dir(0.9, -0.4)),
  GB30: (fr) => fr.ray([fr.mx(0.105), 0.875, -0.01], fr.dir(0.55, -1)),
  GB31: (fr) => fr.ray(fr.thigh(10), fr.L),
  GB32: (fr) => fr.ray(fr.thigh(8), fr.L),
  GB33: (fr) => fr.ray(fr.thigh(2), fr.dir(1, -0.25)),
  GB34: (fr) => fr.ray(fr.leg(2), fr.dir(1, 0.55)),
  GB39: (fr) => fr.ray(fr.leg(13), fr.dir(1, 0.3)),
  // --- back, neck and shoulder
  BL10: (fr) => fr.back(0.021, SPINE_Y.C2),
  BL23: (fr) => fr.back(1.5 * CUN_BACK, SPINE_Y.L2),
  BL54: (fr) => fr.back(3 * CUN_BACK, SPINE_Y.S4),
  GB20: (fr) => fr.ray([fr.mx(0.02), 1.603, -0.03], fr.dir(0.45, -1)),
  GB21: (fr) => fr.ray([fr.mx(0.1), 1.43, -0.028], fr.dir(0, -0.15, 1)),
  // --- extra points
  'EX-HN5': (fr) => fr.ray([fr.mx(0.03), 1.64, 0.045], fr.dir(1, 0.35)),
  'EX-LE2': (fr) => fr.ray(add(fr.s.knee, [0, 0.05, 0.015]), fr.dir(0, 1, 0.15)),
  'EX-LE4': (fr) => fr.ray(add(fr.s.knee, [fr.mx(-0.01), -0.014, 0]), fr.dir(-0.45, 1)),
  // Huatuojiaji: half a B-cun beside each spinous process from T1 to L5
  'EX-B2': (fr) =>
    SPINAL_LEVELS.slice(SPINAL_LEVELS.indexOf('T1'), SPINAL_LEVELS.indexOf('L5') + 1).map((level) =>
      fr.back(0.5 * CUN_BACK, SPINE_Y[level]),
    ),
};

/**
 * Points on the midline (Governing Vessel): code → skin point.
 * @type {Record<string, (ray: (from: Vec3, d: Vec3) => Vec3) => Vec3>}
 */
export const MIDDLE_POINTS = {
  GV3: (ray) => ray([0, SPINE_Y.L4 - 0.014, -0.02], [0, 0, -1]),
  GV20: (ray) => ray([0, 1.68, -0.01], [0, 1, -0.05]),
};

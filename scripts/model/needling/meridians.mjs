// Meridian courses as landmark sequences (WHO endpoints; the course between them per standard
// texts, simplified to the landmarks a patient can see), drawn as smooth lines on the skin through
// them. Each course passes through the points that lie on it, so a point drawn on a line sits on it.
// A meridian with a side branch (the Stomach line's face loop, the Bladder line's outer back line)
// is drawn as two lines.
import { add, scale } from '../sdf.mjs';
import { MIDDLE_POINTS, PAIRED_POINTS } from './acupoints.mjs';
import { CUN_BACK, SPINE_Y, thumbPoint } from './body-frame.mjs';

/** @typedef {import('../sdf.mjs').Vec3} Vec3 */
/** @typedef {import('./body-frame.mjs').SideFrame} SideFrame */

/** A single point of one side (EX-B2, a list, is never on a meridian). */
const pt = (/** @type {string} */ code, /** @type {SideFrame} */ fr) =>
  /** @type {Vec3} */ (PAIRED_POINTS[code](fr));

/** A point on the head or face, from inside the head along a direction (x signed to this side). */
const head = (/** @type {SideFrame} */ fr, x, y, z, l, f, u = 0) => fr.ray([fr.mx(x), y, z], fr.dir(l, f, u));

/**
 * Meridians on both sides: code → branches, each a list of skin points in order.
 * @type {Record<string, (fr: SideFrame) => Vec3[][]>}
 */
export const MERIDIAN_COURSES = {
  // Lung: upper chest → front of the arm → elbow crease beside the biceps tendon → radial forearm
  // → wrist pulse → thumb
  LU: (fr) => [
    [
      fr.front(0.125, 1.385),
      fr.ray(fr.upper(7), fr.dir(0.35, 1)),
      fr.ray(fr.upper(3.5), fr.dir(0.3, 1)),
      pt('LU5', fr),
      fr.ray(fr.fore(5), fr.dir(0.6, 1)),
      pt('LU7', fr),
      fr.ray(fr.fore(12), add(fr.hand.across, scale(fr.hand.pn, 0.6))),
      thumbPoint(fr, 0.045),
      thumbPoint(fr, 0.085),
    ],
  ],
  // Large Intestine: index fingertip → hand between 1st/2nd metacarpals → snuffbox → back-radial
  // forearm → outer end of elbow crease → outer upper arm → front of the shoulder → side of the
  // neck → cheek → across the upper lip to beside the other nostril
  LI: (fr) => [
    [
      fr.fingerTip(0, fr.hand.across),
      pt('LI4', fr),
      pt('LI5', fr),
      fr.ray(fr.fore(7), add(fr.dorsal(0.5), fr.hand.across)),
      pt('LI10', fr),
      pt('LI11', fr),
      fr.ray(fr.upper(4.5), fr.dir(1, 0.35)),
      fr.ray(fr.s.shoulder, fr.dir(0.55, 0.6, 0.6)),
      fr.ray([fr.mx(0.1), 1.435, -0.02], fr.dir(0, 0.3, 1)),
      fr.ray([0, 1.49, -0.02], fr.dir(0.85, 0.55)),
      head(fr, 0, 1.545, 0.02, 0.7, 0.7),
      head(fr, 0, 1.566, 0.03, 0.45, 1),
      fr.ray([0, 1.577, 0.06], [0, 0, 1]),
      head(fr, -0.012, 1.587, 0.06, -0.6, 1),
    ],
  ],
  // Stomach: face loop (below the eye → jaw → in front of the ear → forehead corner), and the main
  // line from the jaw down the front of the neck, the nipple line, beside the navel, the groin, the
  // front of the thigh, beside the kneecap's tendon and the shin to the second toe
  ST: (fr) => [
    [
      head(fr, 0.028, 1.62, 0.05, 0.1, 1),
      head(fr, 0.028, 1.595, 0.05, 0.25, 1),
      head(fr, 0.02, 1.566, 0.05, 0.6, 1),
      head(fr, 0.02, 1.55, 0.03, 0.9, 0.45, -0.3),
      pt('ST6', fr),
      pt('ST7', fr),
      head(fr, 0.03, 1.66, 0.03, 1, 0.35, 0.3),
      head(fr, 0.03, 1.7, 0.03, 0.7, 0.6, 0.5),
    ],
    [
      head(fr, 0.02, 1.55, 0.03, 0.9, 0.45, -0.3),
      fr.ray([fr.mx(0.0), 1.51, -0.01], fr.dir(0.5, 1)),
      fr.ray([fr.mx(0.0), 1.46, -0.01], fr.dir(0.6, 1)),
      fr.front(0.06, 1.43),
      fr.front(0.085, 1.36),
      fr.front(0.09, 1.27),
      fr.front(0.075, 1.17),
      fr.front(0.04, 1.06),
      fr.front(0.05, 0.96),
      fr.ray([fr.mx(0.08), 0.86, 0.0], fr.dir(0.2, 1)),
      fr.ray(fr.thigh(12), fr.dir(0.2, 1)),
      fr.ray(fr.thigh(5), fr.dir(0.25, 1)),
      pt('ST35', fr),
      fr.ray(fr.leg(4), fr.dir(0.45, 1)),
      fr.ray(fr.leg(10), fr.dir(0.45, 1)),
      fr.ray(add(fr.s.ankle, [0, 0.005, 0.01]), fr.dir(0, 1, 0.3)),
      fr.ray(fr.foot.at(0.11, 0.0, 0.025), [0, 1, 0]),
      fr.toeTip(1, [0, 1, 0]),
    ],
  ],
  // Spleen: big toe → inner edge of the foot → in front of the inner ankle → behind the tibia →
  // below the inner knee → inner thigh → belly 4 B-cun off the midline → side of the chest
  SP: (fr) => [
    [
      fr.toeTip(0, scale(fr.foot.lat, -1)),
      fr.ray(fr.foot.at(0.13, -0.02, 0.015), scale(fr.foot.lat, -1)),
      fr.ray(fr.foot.at(0.075, -0.015, 0.02), scale(fr.foot.lat, -1)),
      fr.ray(add(fr.s.ankle, [fr.mx(-0.01), -0.01, 0.012]), fr.dir(-0.7, 0.7)),
      pt('SP6', fr),
      fr.ray(fr.leg(8), fr.dir(-1, -0.25)),
      fr.ray(fr.leg(2.5), fr.dir(-1, -0.1)),
      fr.ray(fr.thigh(3), fr.dir(-1, 0.35)),
      fr.ray(fr.thigh(11), fr.dir(-0.6, 1)),
      fr.ray([fr.mx(0.085), 0.835, 0.0], fr.dir(0, 1)),
      fr.front(0.075, 0.95),
      fr.front(0.075, 1.05),
      fr.front(0.09, 1.15),
      fr.ray([fr.mx(0.05), 1.25, 0.02], fr.dir(1, 0.6)),
    ],
  ],
  // Heart: armpit → back-inner upper arm → inner end of the elbow crease → ulnar forearm → wrist
  // beside the FCU tendon → palm → little finger
  HT: (fr) => [
    [
      fr.near([fr.mx(0.168), 1.3, 0.0]),
      fr.ray(fr.upper(4.5), fr.dir(-0.6, -1)),
      pt('HT3', fr),
      fr.ray(fr.fore(6), add(fr.hand.pn, scale(fr.hand.across, -1))),
      pt('HT7', fr),
      fr.ray(fr.hand.at(0.06, -0.02, 0), fr.hand.pn),
      fr.fingerTip(3, fr.hand.across),
    ],
  ],
  // Small Intestine: little fingertip → ulnar edge of the hand → back of the wrist → ulnar forearm
  // → between the olecranon and the inner epicondyle → back of the arm → over the shoulder blade →
  // side of the neck → below the cheekbone (its last hook back to the ear is left out: it would
  // fold the line back on itself)
  SI: (fr) => [
    [
      fr.fingerTip(3, scale(fr.hand.across, -1)),
      pt('SI3', fr),
      fr.ray(fr.fore(12), add(scale(fr.hand.across, -1), scale(fr.hand.pn, -0.5))),
      pt('SI7', fr),
      pt('SI8', fr),
      fr.ray(fr.upper(4.5), fr.dir(-0.1, -1)),
      fr.ray(add(fr.s.shoulder, [0, -0.035, 0]), fr.dir(0, -1, -0.1)),
      fr.back(0.1, 1.375),
      fr.back(0.075, 1.415),
      fr.back(0.045, 1.45),
      fr.ray([fr.mx(0.02), 1.51, -0.02], fr.dir(1, -0.35)),
      fr.ray([fr.mx(0.02), 1.55, -0.0], fr.dir(1, 0.05)),
      head(fr, 0.025, 1.575, 0.03, 0.8, 0.7),
      pt('SI18', fr),
    ],
  ],
  // Bladder: inner eye corner → forehead → top of the head → nape → the inner line 1.5 B-cun
  // beside the spine → buttock → back of the thigh → knee crease → calf → behind the outer ankle →
  // outer foot → little toe; and the outer line 3 B-cun beside the spine, down to the knee crease
  BL: (fr) => [
    [
      head(fr, 0.012, 1.635, 0.06, 0.25, 1),
      head(fr, 0.015, 1.69, 0.03, 0.1, 1, 0.3),
      head(fr, 0.018, 1.7, 0.0, 0.1, 0.2, 1),
      head(fr, 0.018, 1.69, -0.02, 0.1, -0.6, 1),
      head(fr, 0.018, 1.64, -0.02, 0.1, -1, 0.3),
      pt('BL10', fr),
      fr.back(1.5 * CUN_BACK, SPINE_Y.T1),
      fr.back(1.5 * CUN_BACK, SPINE_Y.T6),
      fr.back(1.5 * CUN_BACK, SPINE_Y.T12),
      pt('BL23', fr),
      fr.back(1.5 * CUN_BACK, SPINE_Y.S2),
      fr.back(0.03, 0.85),
      fr.ray(fr.thigh(14), fr.dir(0.1, -1)),
      fr.ray(fr.thigh(6), fr.dir(0.05, -1)),
      pt('BL40', fr),
      fr.ray(fr.leg(4), fr.dir(0.05, -1)),
      pt('BL57', fr),
      fr.ray(fr.leg(12), fr.dir(0.45, -1)),
      pt('BL60', fr),
      pt('BL61', fr),
      fr.ray(fr.foot.at(0.09, 0.02, 0.015), fr.foot.lat),
      fr.toeTip(4, fr.foot.lat),
    ],
    [
      fr.back(3 * CUN_BACK, SPINE_Y.T2),
      fr.back(3 * CUN_BACK, SPINE_Y.T8),
      fr.back(3 * CUN_BACK, SPINE_Y.L1),
      fr.back(3 * CUN_BACK, SPINE_Y.S2),
      pt('BL54', fr),
      fr.ray(fr.thigh(15), fr.dir(0.25, -1)),
      fr.ray(fr.thigh(6), fr.dir(0.2, -1)),
      pt('BL40', fr),
    ],
  ],
  // Kidney: sole → below the navicular → round the heel behind the inner ankle → back-inner leg and
  // thigh → pubis → beside the midline of the belly and the chest → below the collarbone
  KI: (fr) => [
    [
      pt('KI1', fr),
      fr.ray(fr.foot.at(0.08, -0.02, 0.015), scale(fr.foot.lat, -1)),
      fr.ray(add(fr.s.ankle, [fr.mx(-0.01), -0.035, 0.0]), fr.dir(-1, 0)),
      fr.ray(add(fr.s.ankle, [fr.mx(-0.006), -0.042, -0.03]), fr.dir(-0.8, -0.6)),
      pt('KI4', fr),
      pt('KI3', fr),
      fr.ray(fr.leg(11), fr.dir(-0.8, -0.6)),
      fr.ray(fr.leg(4), fr.dir(-0.8, -0.6)),
      fr.ray(fr.s.knee, fr.dir(-1, -0.55)),
      fr.ray(fr.thigh(6), fr.dir(-1, -0.05)),
      fr.ray(fr.thigh(14), fr.dir(-0.6, 1)),
      fr.front(0.012, 0.86),
      fr.front(0.01, 0.95),
      fr.front(0.01, 1.1),
      fr.front(0.035, 1.25),
      fr.front(0.035, 1.42),
    ],
  ],
  // Pericardium: beside the nipple → armpit → middle of the inner arm → elbow crease → between the
  // two forearm tendons → palm centre → middle fingertip
  PC: (fr) => [
    [
      fr.front(0.105, 1.27),
      fr.ray([fr.mx(0.13), 1.32, 0.0], fr.dir(0.5, 1)),
      fr.ray(fr.upper(7), fr.dir(-0.3, 1)),
      fr.ray(fr.upper(3.5), fr.dir(-0.3, 1)),
      fr.ray(fr.fore(0), fr.dir(-0.15, 1)),
      fr.ray(fr.fore(5), fr.dir(-0.5, 1)),
      pt('PC6', fr),
      pt('PC7', fr),
      fr.ray(fr.hand.at(0.055, 0.005, 0), fr.hand.pn),
      fr.fingerTip(1, fr.hand.pn),
    ],
  ],
  // Triple Energizer: ring fingertip → between the 4th/5th metacarpals → back of the wrist →
  // between radius and ulna → olecranon → back of the arm → back of the shoulder → neck → behind
  // and round the ear → outer end of the eyebrow
  TE: (fr) => [
    [
      fr.fingerTip(2, scale(fr.hand.across, -1)),
      fr.ray(fr.hand.at(0.06, -0.018, 0), scale(fr.hand.pn, -1)),
      fr.ray(fr.fore(12), scale(fr.hand.pn, -1)),
      pt('TE5', fr),
      fr.ray(fr.fore(6), fr.dorsal(0.5)),
      fr.ray(fr.s.elbow, fr.dir(0.25, -1)),
      fr.ray(fr.upper(4.5), fr.dir(0.45, -1)),
      fr.ray(fr.s.shoulder, fr.dir(0.2, -0.7, 0.6)),
      fr.ray([fr.mx(0.09), 1.42, -0.04], fr.dir(0, -0.6, 1)),
      fr.ray([fr.mx(0.02), 1.53, -0.03], fr.dir(1, -0.4)),
      head(fr, 0.04, 1.595, -0.035, 0.8, -0.6),
      head(fr, 0.04, 1.66, -0.03, 0.8, -0.3, 0.5),
      head(fr, 0.03, 1.665, 0.02, 1, 0.2, 0.3),
      head(fr, 0.03, 1.652, 0.05, 0.8, 0.7, 0.1),
    ],
  ],
  // Gallbladder: a zigzag over the side of the head (outer eye corner → in front of the ear →
  // temple → above and behind the ear), and the main line from above the eyebrow over the head,
  // below the skull, the top of the shoulder, the side of the chest, the lower ribs, the buttock,
  // the outer thigh, below the fibular head, the front of the fibula, in front of the outer ankle,
  // to the fourth toe
  GB: (fr) => [
    [
      head(fr, 0.03, 1.633, 0.045, 0.8, 0.6),
      head(fr, 0.04, 1.612, 0.015, 1, 0.15),
      head(fr, 0.035, 1.655, 0.025, 1, 0.2, 0.2),
      head(fr, 0.035, 1.68, -0.005, 1, 0, 0.4),
      head(fr, 0.035, 1.655, -0.045, 0.8, -0.6, 0.1),
      head(fr, 0.035, 1.615, -0.04, 0.8, -0.6, -0.1),
    ],
    [
      head(fr, 0.025, 1.665, 0.05, 0.2, 1, 0.2),
      head(fr, 0.03, 1.705, 0.03, 0.4, 0.6, 0.7),
      head(fr, 0.03, 1.715, -0.03, 0.35, -0.3, 1),
      head(fr, 0.03, 1.66, -0.05, 0.35, -1, 0.1),
      pt('GB20', fr),
      fr.ray([fr.mx(0.04), 1.5, -0.03], fr.dir(0.4, -0.5, 0.8)),
      pt('GB21', fr),
      fr.ray([fr.mx(0.1), 1.35, -0.01], fr.dir(1, 0.1, 0.0)),
      fr.ray([fr.mx(0.09), 1.23, -0.01], fr.dir(1, 0.2)),
      fr.ray([fr.mx(0.09), 1.1, -0.01], fr.dir(1, -0.2)),
      fr.ray([fr.mx(0.1), 0.96, -0.01], fr.dir(1, -0.7)),
      pt('GB30', fr),
      fr.ray([fr.mx(0.1), 0.84, -0.01], fr.dir(1, -0.9)),
      fr.ray(fr.thigh(15), fr.dir(1, -0.4)),
      pt('GB31', fr),
      pt('GB32', fr),
      pt('GB33', fr),
      pt('GB34', fr),
      fr.ray(fr.leg(8), fr.dir(1, 0.35)),
      pt('GB39', fr),
      fr.ray(add(fr.s.ankle, [fr.mx(0.012), -0.008, 0.01]), fr.dir(0.7, 0.7)),
      fr.ray(fr.foot.at(0.11, 0.025, 0.02), [0, 1, 0]),
      fr.toeTip(3, fr.foot.lat),
    ],
  ],
  // Liver: big toe → between the 1st/2nd metatarsals → in front of the inner ankle → inner tibia →
  // inner knee → inner thigh → groin → tip of the 11th rib → below the nipple
  LR: (fr) => [
    [
      fr.toeTip(0, fr.foot.lat),
      pt('LR3', fr),
      fr.ray(add(fr.s.ankle, [fr.mx(-0.006), 0, 0.015]), fr.dir(-0.35, 1)),
      fr.ray(fr.leg(11), fr.dir(-1, 0.45)),
      fr.ray(fr.leg(5), fr.dir(-1, 0.3)),
      fr.ray(fr.s.knee, fr.dir(-1, 0)),
      fr.ray(fr.thigh(6), fr.dir(-1, 0.15)),
      fr.ray(fr.thigh(13), fr.dir(-0.8, 0.6)),
      fr.ray([fr.mx(0.07), 0.845, 0.0], fr.dir(0, 1)),
      fr.front(0.1, 0.96),
      fr.ray([fr.mx(0.06), 1.1, 0.0], fr.dir(1, 0.6)),
      fr.front(0.09, 1.2),
    ],
  ],
};

/**
 * Meridians on the midline: code → branches. The Governing Vessel runs from the tailbone up the
 * spine, over the head and down the forehead to the upper lip.
 * @type {Record<string, (ray: (from: Vec3, d: Vec3) => Vec3) => Vec3[][]>}
 */
export const MIDDLE_MERIDIANS = {
  GV: (ray) => [
    [
      ray([0, 0.88, -0.02], [0, -0.2, -1]),
      ray([0, SPINE_Y.S2, -0.02], [0, 0, -1]),
      MIDDLE_POINTS.GV3(ray),
      ray([0, SPINE_Y.T12, -0.02], [0, 0, -1]),
      ray([0, SPINE_Y.T6, -0.02], [0, 0, -1]),
      ray([0, SPINE_Y.C7, -0.02], [0, 0, -1]),
      ray([0, 1.6, -0.03], [0, 0, -1]),
      ray([0, 1.66, -0.01], [0, 0.1, -1]),
      MIDDLE_POINTS.GV20(ray),
      ray([0, 1.68, 0.0], [0, 0.5, 1]),
      ray([0, 1.64, 0.05], [0, 0, 1]),
      ray([0, 1.6, 0.07], [0, 0, 1]),
      ray([0, 1.575, 0.06], [0, 0, 1]),
    ],
  ],
};

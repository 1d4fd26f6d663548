// Which spinal level serves each piece of skin (its dermatome), as landmark rules in the style of the
// region rules (../../regions.mjs): heights, angles round a limb's axis, places in the hand's and the
// foot's own frames. The map follows Lee, McPhee & Stringer (2008), the evidence-based map, with the
// ASIA/ISNCSCI key points; its bands are broad and soft, as the map itself says they differ between
// people. The face and the front of the scalp are the trigeminal nerve's (a cranial nerve): no level.
// Written for the person's left; a point on the right is read at its mirror image (x negated), so
// both sides follow the same rules.
import { REGION_IDS } from '../../../../src/content/regionIdList.mjs';
import { fingerBones, footFrame, handFrame } from '../../anatomy.mjs';
import { LEFT } from '../../landmarks.mjs';
import { cross, dot, len, lerp3, norm, scale, sub } from '../../sdf.mjs';

/** @typedef {import('../../sdf.mjs').Vec3} Vec3 */

/** Every label the rules give, top to bottom (S4-5: the skin round the anus, one band in the map). */
export const DERMATOME_LEVELS = Object.freeze(
  /** @type {const} */ ([
    ...['C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'],
    ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
    ...['L1', 'L2', 'L3', 'L4', 'L5'],
    ...['S1', 'S2', 'S3', 'S4-5'],
  ]),
);

const DEG = 180 / Math.PI;
const s = LEFT;
const hand = handFrame(s);
const foot = footFrame(s);
const fingers = fingerBones(s);
const UPPER_ARM = len(sub(s.elbow, s.shoulder));
const FOREARM = len(sub(s.wrist, s.elbow));

const clamp01 = (/** @type {number} */ t) => Math.max(0, Math.min(1, t));
const smooth01 = (/** @type {number} */ t) => {
  const c = clamp01(t);
  return c * c * (3 - 2 * c);
};
/** Blend from a to b as t goes from t0 to t1 (smoothly). */
const blend = (
  /** @type {number} */ a,
  /** @type {number} */ b,
  /** @type {number} */ t,
  /** @type {number} */ t0,
  /** @type {number} */ t1,
) => a + (b - a) * smooth01((t - t0) / (t1 - t0));

/** Angle (degrees) of `v` round an axis, 0 towards `zero`, +90 towards `ninety`. */
function angleRound(
  /** @type {Vec3} */ v,
  /** @type {Vec3} */ axis,
  /** @type {Vec3} */ zero,
  /** @type {Vec3} */ ninety,
) {
  const flat = sub(v, scale(axis, dot(v, axis)));
  return Math.atan2(dot(flat, ninety), dot(flat, zero)) * DEG;
}

/** A unit vector `v` made square to `axis`. */
const across = (/** @type {Vec3} */ v, /** @type {Vec3} */ axis) => norm(sub(v, scale(axis, dot(v, axis))));

// ---------------------------------------------------------------- head and neck

/** Height of the lower border of the jaw at depth z (the face above it is the trigeminal's). */
const jawLine = (/** @type {number} */ z) => 1.53 - 0.6 * (z - 0.04);
/**
 * Depth of the face's back border: from the crown down in front of the ear, then forward of the
 * jaw's angle (whose skin, with the lower ear, is the neck's: the great auricular nerve, C2–C3).
 */
const faceBack = (/** @type {number} */ y) =>
  -0.006 - 0.08 * Math.max(0, y - 1.7) + 0.014 * smooth01((1.6 - y) / 0.04);

/**
 * Head, neck and the cape of the shoulders above the trunk's bands: V (none), C2, C3, C4.
 * @param {Vec3} q left-side point @returns {string | null | undefined} undefined: below the neck
 */
function headNeck(q) {
  const [ax, y, z] = q;
  if (y > jawLine(z) && z > faceBack(y)) return null;
  // round the neck: 0 in front, 180 behind
  const theta = Math.atan2(ax, z + 0.02) * DEG;
  const back = smooth01((theta - 70) / 80);
  // C2: the back of the head, down to the upper neck behind and under the ear at the side
  const c2Low = Math.max(jawLine(z), blend(1.56, 1.585, theta, 90, 160));
  if (y > c2Low) return 'C2';
  // C3: the neck, down to the collarbones in front and the base of the neck behind; the top of
  // the shoulder (the trapezius' ridge) is C4 beyond the neck's side
  const c3Low = 1.444 + 0.068 * back + 0.5 * Math.max(0, ax - 0.09) * (1 - back);
  if (ax < 0.125 - 0.045 * back && y > c3Low) return 'C3';
  return undefined;
}

// ---------------------------------------------------------------- trunk

/** The trunk's bands, top to bottom, with the height of each band's lower border in front (near the
 * nipple line), beside the body and behind (beside the spine). Bands slope down to the front. */
const TRUNK_BANDS = /** @type {const} */ ([
  ['C4', 1.41, 1.428, 1.44],
  ['T2', 1.355, 1.395, 1.418],
  ['T3', 1.31, 1.36, 1.388],
  ['T4', 1.27, 1.325, 1.358],
  ['T5', 1.225, 1.29, 1.327],
  ['T6', 1.18, 1.255, 1.297],
  ['T7', 1.144, 1.222, 1.266],
  ['T8', 1.106, 1.19, 1.236],
  ['T9', 1.069, 1.157, 1.206],
  ['T10', 1.015, 1.12, 1.175],
  ['T11', 0.945, 1.075, 1.145],
  ['T12', 0.8, 0.99, 1.11],
  ['L1', 0.7, 0.88, 1.06],
  ['L2', 0.6, 0.8, 1.01],
  ['L3', 0.5, 0.7, 0.96],
]);

/** The lower border of a trunk band at `theta` degrees round the body (0 front, 180 back). */
function bandFloor(
  /** @type {readonly [string, number, number, number]} */ band,
  /** @type {number} */ theta,
) {
  const [, front, sideY, back] = band;
  return theta < 100 ? blend(front, sideY, theta, 25, 100) : blend(sideY, back, theta, 100, 160);
}

/** The armpit's apex on this figure (the arm joins the chest down to here): T2's skin is round it. */
const AXILLA = /** @type {Vec3} */ ([0.17, 1.245, -0.01]);

/**
 * The trunk: the cape (C4), the thoracic bands, the lumbar bands over the hip and the upper
 * buttock, the sacral skin of the buttock and round the anus.
 * @param {Vec3} q
 */
function trunk(q) {
  const [ax, y, z] = q;
  // (the axilla is T2's, while the bands T3–T6 round the chest pass just below it)
  if (ax > 0.13 && len(sub(q, AXILLA)) < 0.05) return 'T2';
  const theta = Math.atan2(ax, z + 0.01) * DEG;
  // the buttock: round the anus S4-5, the inner buttock and its lower fold (the sitting bone) S3,
  // the outer lower buttock S2 (on into the back of the thigh); the upper buttock has the lumbar bands
  if (theta > 110 && y < 0.97) {
    const ring = (
      /** @type {number} */ cx,
      /** @type {number} */ cy,
      /** @type {number} */ rx,
      /** @type {number} */ ry,
    ) => ((ax - cx) / rx) ** 2 + ((y - cy) / ry) ** 2;
    if (ring(0, 0.845, 0.026, 0.04) < 1) return 'S4-5';
    if (ring(0.025, 0.865, 0.062, 0.088) < 1) return 'S3';
    if (y < 0.925 - 0.3 * Math.max(0, ax - 0.09)) return 'S2';
  }
  for (const band of TRUNK_BANDS) if (y >= bandFloor(band, theta)) return band[0];
  return 'L3';
}

// ---------------------------------------------------------------- arm and hand

/** Which finger a point of the hand lies on (index 0 … little 3), or -1: the palm, the back, the thumb. */
function fingerOf(/** @type {Vec3} */ q) {
  let best = -1;
  let bestD = 0.004;
  fingers.forEach((bones, f) => {
    for (const b of bones) {
      const ab = sub(b.b, b.a);
      const t = clamp01(dot(sub(q, b.a), ab) / dot(ab, ab));
      const d = len(sub(q, lerp3(b.a, b.b, t))) - (b.ra + (b.rb - b.ra) * t);
      if (d < bestD && (b !== bones[0] || t > 0.2)) {
        bestD = d;
        best = f;
      }
    }
  });
  return best;
}

/** The hand: C6 the thumb, index and the thumb side; C7 the middle; C8 the little-finger side. */
function handLevel(/** @type {Vec3} */ q) {
  const r = sub(q, s.wrist);
  const ac = dot(r, hand.across);
  const finger = fingerOf(q);
  if (finger === 0) return 'C6';
  if (finger === 1) return 'C7';
  if (finger === 3) return 'C8';
  if (finger === 2) {
    // the ring finger is split along its middle
    const base = fingers[2][0].a;
    return dot(sub(q, base), hand.across) - 0.03 * dot(sub(q, base), hand.d) > 0 ? 'C7' : 'C8';
  }
  const down = dot(r, hand.d);
  if (ac > 0.017 + 0.05 * Math.max(0, down - 0.05)) return 'C6';
  if (ac > -0.006) return 'C7';
  return 'C8';
}

/**
 * The arm, by where along it a point lies and its angle round the limb: the thumb (radial) side
 * down the arm C5 then C6, the little-finger (ulnar) side T2, T1 then C8, C7 down the middle of the
 * back of the forearm into the hand.
 * @param {Vec3} q
 */
function arm(q) {
  const hw = dot(sub(q, s.wrist), s.handDir);
  if (hw > 0.012) return handLevel(q);
  const hf = dot(sub(q, s.elbow), s.foreDir);
  const hu = dot(sub(q, s.shoulder), s.upperDir);
  if (hf < 0.03 || hu < UPPER_ARM - 0.02) {
    // the upper arm and the elbow crease: 0 in front, +90 the outer side
    const axis = s.upperDir;
    const psi = angleRound(sub(q, s.shoulder), axis, across([0, 0, 1], axis), across([1, 0, 0], axis));
    if (psi > -15 && psi < 172) return 'C5';
    return hu > UPPER_ARM * 0.62 ? 'T1' : 'T2';
  }
  // the forearm turns from the elbow (crease in front) to the wrist (palm to the thigh)
  const t = clamp01(hf / FOREARM);
  const axis = s.foreDir;
  const palmar = across(norm(lerp3([0, 0, 1], hand.pn, t)), axis);
  const radial = across(norm(lerp3([1, 0, 0], hand.across, t)), axis);
  const phi = angleRound(sub(q, s.elbow), axis, palmar, norm(cross(axis, palmar)));
  // cross(axis, palmar) points radially or ulnarly depending on the side's handedness: measure
  // from the radial direction instead, so +90 is always the thumb side
  const toRadial = dot(norm(cross(axis, palmar)), radial) > 0 ? phi : -phi;
  if (toRadial > 10 && toRadial < 155 - 15 * t) return 'C6';
  if (toRadial >= 155 - 15 * t || toRadial < -165 + 25 * t) return 'C7';
  if (toRadial < -95 + 60 * smooth01((t - 0.55) / 0.45)) return 'C8';
  return 'T1';
}

// ---------------------------------------------------------------- leg and foot

/** Angle (degrees) round the leg's axis at height y: 0 in front, +90 the outer side, ±180 behind. */
function legAngle(/** @type {Vec3} */ q) {
  const [, y] = q;
  const [a, b] = y > s.knee[1] ? [s.knee, s.hip] : [s.ankle, s.knee];
  const c = lerp3(a, b, clamp01((y - a[1]) / (b[1] - a[1])));
  return Math.atan2(q[0] - c[0], q[2] - c[2]) * DEG;
}

/** The foot, in its own frame: L4 the inner edge, L5 the top and the big toe, S1 the outer edge, the heel and the sole. */
function footLevel(/** @type {Vec3} */ q) {
  const r = sub(q, [s.heel[0], 0, s.heel[2]]);
  const fw = dot(r, foot.f);
  const la = dot(r, foot.lat);
  const [, y] = q;
  const sole = y < (fw > 0.15 ? 0.006 : 0.012);
  if (sole || fw < 0.045) return la < -0.024 && fw > 0.02 && fw < 0.13 ? 'L4' : 'S1';
  if (la > 0.029 - 0.03 * clamp01((0.12 - fw) / 0.08)) return 'S1';
  if (la < -0.03 && fw < 0.14) return 'L4';
  return 'L5';
}

/**
 * The leg: oblique bands down the front of the thigh (L1, L2, L3, higher on the outer side), the
 * front of the knee and the inner shin L4, the outer shin L5, the back of the thigh and calf S2,
 * the back of the lower leg and the outer heel S1.
 * @param {Vec3} q @param {string} region
 */
function leg(q, region) {
  if (/^(foot|heel|sole)/.test(region)) return footLevel(q);
  const [, y] = q;
  const a = legAngle(q);
  const sin = Math.sin(a / DEG);
  const kneeY = s.knee[1];
  if (y > kneeY) {
    const t = (y - kneeY) / (s.hip[1] - kneeY);
    if (Math.abs(a) > 140) return a < 0 && t > 0.72 ? 'S3' : 'S2';
    const kneeTop = kneeY + 0.025 - 0.045 * Math.max(0, -sin);
    if (y > kneeTop) {
      const band = t - 0.25 * sin;
      if (band > 0.7) return 'L1';
      if (band > 0.35) return 'L2';
      return 'L3';
    }
  }
  if (Math.abs(a) > 150) return y > kneeY - 0.16 ? 'S2' : 'S1';
  if (a > 125) return y > kneeY - 0.1 ? 'S2' : 'S1';
  if (a < -150 + 0) return 'S2';
  if (y > kneeY - 0.05 && Math.abs(a) < 60) return 'L4';
  return a > -5 ? 'L5' : 'L4';
}

// ---------------------------------------------------------------- one vertex

const ARM = /^(upper-arm|elbow|forearm|wrist|hand)/;
const LEG = /^(thigh|knee|shin|calf|heel|foot|sole)/;

/**
 * Which part of the map a skin point falls in, and the point read on the left side.
 * @param {Vec3} p @param {number} regionIndex
 */
function placeOf(p, regionIndex) {
  const q = /** @type {Vec3} */ ([Math.abs(p[0]), p[1], p[2]]);
  const region = REGION_IDS[regionIndex] ?? '';
  if (ARM.test(region)) return { part: 'arm', q, region };
  if (LEG.test(region)) return { part: 'leg', q, region };
  if (region.startsWith('shoulder')) {
    // the deltoid's skin is the arm's (C5); the top of the shoulder is the cape (C4)
    const hu = dot(sub(q, s.shoulder), s.upperDir);
    const out = dot(sub(q, s.shoulder), across([1, 0, 0], s.upperDir));
    if (hu > 0.02 && out > -0.02) return { part: 'arm', q, region };
  }
  return { part: headNeck(q) !== undefined ? 'head' : 'trunk', q, region };
}

/**
 * The dermatome of a skin point: a level of DERMATOME_LEVELS, or null (the face: trigeminal).
 * @param {Vec3} p the point (either side) @param {number} regionIndex its skin region (REGION_IDS)
 * @returns {string | null}
 */
export function dermatomeAt(p, regionIndex) {
  const { part, q, region } = placeOf(p, regionIndex);
  if (part === 'arm') return arm(q);
  if (part === 'leg') return leg(q, region);
  if (part === 'head') return /** @type {string | null} */ (headNeck(q));
  return trunk(q);
}

/** The thoracic bands round the trunk, whose borders are smooth lines in the rules (not only vertex rows). */
export const TRUNK_BAND_LEVELS = Object.freeze(TRUNK_BANDS.slice(1, 12).map((b) => b[0]));

/**
 * How far (metres, up or down) a point of the trunk lies outside a thoracic band as the rules draw
 * it (0: inside), so a band can be painted soft along its smooth border, not along the rows of the
 * mesh; null where the point is not the trunk's (arm, leg, head and neck) or the level not a band.
 * @param {Vec3} p @param {number} regionIndex @param {string} level
 * @returns {number | null}
 */
export function bandGap(p, regionIndex, level) {
  const i = TRUNK_BANDS.findIndex((b) => b[0] === level);
  if (i < 1 || i > 11) return null;
  const { part, q } = placeOf(p, regionIndex);
  if (part !== 'trunk') return null;
  const theta = Math.atan2(q[0], q[2] + 0.01) * DEG;
  const floor = bandFloor(TRUNK_BANDS[i], theta);
  const ceiling = bandFloor(TRUNK_BANDS[i - 1], theta);
  return Math.max(0, floor - q[1], q[1] - ceiling);
}

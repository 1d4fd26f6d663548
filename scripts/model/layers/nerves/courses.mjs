// Where the nerves run, left side (the builder mirrors them): the spinal roots at every level from
// the canal out between the vertebrae, and the main nerves as lists of points along their real
// course between the bony landmarks. Each main nerve starts where the roots that make it end, so
// the path from the spine to the limb reads: the brachial plexus (C5–T1) gathers behind the
// clavicle, the lumbar plexus (L2–L4) in the psoas, the sacral plexus (L4–S3) in front of the sacrum.
import { footFrame, handFrame } from '../../anatomy.mjs';
import { LEFT } from '../../landmarks.mjs';
import { add, dot, lerp3, norm, scale, sub } from '../../sdf.mjs';
import { BONY_LEFT, MIDLINE, vertebra } from '../bony-landmarks.mjs';

/** @typedef {import('../../sdf.mjs').Vec3} Vec3 */
/**
 * One tube of a nerve: its points (left side), its radius, and whether it is a branch (a branch
 * may end anywhere; the tests check the ends of the first tube of each main nerve).
 * @typedef {{ points: Vec3[], r: number }} Course
 */

const L = BONY_LEFT;
const S = LEFT;
const up = S.upperDir; // down the upper arm
const axis = norm(sub([1, 0, 0], scale(up, dot([1, 0, 0], up)))); // across the elbow, outwards
const F = /** @type {Vec3} */ ([0, 0, 1]);
const hand = handFrame(S);
const foot = footFrame(S);

/** Where the plexuses gather (left). */
export const PLEXUS = {
  brachial: /** @type {Vec3} */ ([0.07, 1.462, -0.014]),
  lumbar: /** @type {Vec3} */ ([0.04, 1.02, 0.012]),
  sacral: /** @type {Vec3} */ ([0.038, 0.925, -0.03]),
};

/** The levels whose roots join each plexus. */
const JOINS = {
  brachial: ['C5', 'C6', 'C7', 'C8', 'T1'],
  lumbar: ['L2', 'L3', 'L4'],
  sacral: ['L5', 'S1', 'S2', 'S3'],
};

/** The vertebra below which (T, L) or above which (C) a level's root leaves. */
function exitHeight(/** @type {string} */ level) {
  const n = Number(level.slice(1));
  const mid = (/** @type {string} */ a, /** @type {string} */ b) =>
    (vertebra(a).body[1] + vertebra(b).body[1]) / 2;
  if (level === 'C1') return vertebra('C1').body[1] + 0.008;
  if (level === 'C8') return mid('C7', 'T1');
  if (level.startsWith('C')) return mid(`C${n - 1}`, level);
  if (level === 'T12') return mid('T12', 'L1');
  if (level.startsWith('T')) return mid(level, `T${n + 1}`);
  if (level === 'L5') return mid('L5', 'S1');
  if (level.startsWith('L')) return mid(level, `L${n + 1}`);
  return vertebra(level).body[1];
}

/** The vertebra a root's exit belongs to (for its canal and body depth). */
function nearVertebra(/** @type {string} */ level) {
  if (level === 'C8') return vertebra('C7');
  return vertebra(level);
}

/**
 * The left root of a level: from inside the canal, out through the gap between the vertebrae
 * (sacral: through the sacral opening) and on towards its plexus or round its rib.
 * @param {string} level @returns {Course}
 */
export function rootCourse(level) {
  const v = nearVertebra(level);
  const y = exitHeight(level);
  const sacral = level.startsWith('S');
  // (C1's canal landmark lies in its posterior arch; the cord runs just in front, as at C2)
  const canalZ = level === 'C1' ? vertebra('C2').canal[2] : v.canal[2];
  const rise = level.startsWith('L') || sacral ? 0.018 : 0.004;
  const inCanal = /** @type {Vec3} */ ([0.003, y + rise, canalZ]);
  const exit = sacral
    ? /** @type {Vec3} */ ([v.foramen[0] + 0.002, y, v.body[2] + v.half[2] + 0.002])
    : /** @type {Vec3} */ ([v.half[0] * 0.6 + 0.01, y, v.canal[2] + 0.004]);
  const plexus = Object.entries(JOINS).find(([, levels]) => levels.includes(level))?.[0];
  /** @type {Vec3[]} */
  let out;
  if (plexus) {
    const target = PLEXUS[/** @type {keyof typeof PLEXUS} */ (plexus)];
    out = [lerp3(exit, target, 0.45), lerp3(exit, target, 0.85)];
  } else if (level.startsWith('T')) {
    // intercostal: out along the rib below
    out = [add(exit, [0.018, -0.006, -0.004]), add(exit, [0.034, -0.014, -0.006])];
  } else if (sacral) {
    out = [add(exit, [0.012, -0.012, 0.004]), add(exit, [0.02, -0.024, 0.004])];
  } else if (level === 'L1') {
    out = [add(exit, [0.016, -0.012, 0.008]), add(exit, [0.03, -0.026, 0.014])];
  } else {
    // C1–C4: out and a little forward, to the neck's muscles (the cervical plexus)
    out = [add(exit, [0.012, -0.004, 0.001]), add(exit, [0.022, -0.01, 0.003])];
  }
  const r = sacral || level.startsWith('L') ? 0.0019 : 0.0016;
  return { points: [inCanal, exit, ...out], r };
}

/** A point on the upper arm: `t` from the shoulder to the elbow, then offsets. */
const arm = (/** @type {number} */ t, /** @type {number} */ out, /** @type {number} */ front) =>
  add(lerp3(S.shoulder, S.elbow, t), add(scale(axis, out), scale(F, front)));
/** A point in the forearm: `t` from the elbow to the wrist, `ac` towards the thumb, `palm` out of the palm. */
const fore = (/** @type {number} */ t, /** @type {number} */ ac, /** @type {number} */ palm) =>
  add(lerp3(S.elbow, S.wrist, t), add(scale(hand.across, ac), scale(hand.pn, palm)));

/** The axilla, where the brachial plexus's cords run into the arm. */
const axilla = /** @type {Vec3} */ ([0.135, 1.375, -0.002]);

/**
 * The main nerves (left): the first course of each runs from its origin to its end landmark.
 * @returns {Record<string, Course[]>}
 */
export function mainCourses() {
  const P = PLEXUS;
  const medialEpicondyleGroove = add(L.medialEpicondyle, [0.002, 0.0, -0.012]);
  const lateralElbow = add(S.elbow, add(scale(axis, 0.017), [0, 0.008, 0.014]));
  const split = add(S.knee, [0.0, 0.075, -0.04]);
  return {
    'greater-occipital': [
      {
        // from C2 behind the atlas, up through the neck muscles and over the back of the head
        points: [
          [0.012, exitHeight('C2'), vertebra('C2').canal[2] - 0.004],
          [0.022, 1.596, -0.066],
          [0.026, 1.622, -0.086],
          [0.03, 1.652, -0.094],
          [0.034, 1.69, -0.088],
        ],
        r: 0.0015,
      },
    ],
    accessory: [
      {
        // from the skull's base (jugular foramen) behind the jaw, under SCM, across the back of the
        // neck (posterior triangle) to the trapezius
        points: [
          [0.03, 1.6, -0.022],
          [0.042, 1.572, -0.028],
          [0.046, 1.535, -0.04],
          [0.06, 1.49, -0.055],
          [0.085, 1.455, -0.066],
          [0.1, 1.42, -0.074],
        ],
        r: 0.0015,
      },
      {
        // its branch into the sternocleidomastoid
        points: [
          [0.042, 1.572, -0.028],
          [0.046, 1.56, -0.012],
          [0.043, 1.545, 0.002],
        ],
        r: 0.0012,
      },
    ],
    mandibular: [
      {
        // from the skull's base (foramen ovale) down into the lower jaw, out by the chin (mental foramen)
        points: [
          [0.024, 1.607, 0.002],
          [0.034, 1.595, 0.006],
          [0.04, 1.575, 0.012],
          [0.037, 1.553, 0.028],
          [0.028, 1.54, 0.046],
          [0.021, 1.533, 0.057],
        ],
        r: 0.0016,
      },
      {
        points: [
          [0.034, 1.595, 0.006],
          [0.046, 1.592, 0.008],
          [0.054, 1.58, 0.012],
        ],
        r: 0.0012,
      }, // masseter
      {
        points: [
          [0.034, 1.597, 0.006],
          [0.05, 1.612, 0.008],
          [0.06, 1.64, 0.01],
        ],
        r: 0.0012,
      }, // temporalis
      {
        points: [
          [0.034, 1.594, 0.006],
          [0.038, 1.598, 0.016],
        ],
        r: 0.0011,
      }, // pterygoids
    ],
    median: [
      {
        points: [
          P.brachial,
          lerp3(P.brachial, axilla, 0.5),
          axilla,
          arm(0.25, -0.017, 0.012),
          arm(0.6, -0.017, 0.014),
          arm(0.9, -0.01, 0.018),
          fore(0.05, -0.003, 0.012),
          fore(0.4, 0.0, 0.011),
          fore(0.8, 0.0, 0.009),
          add(S.wrist, scale(hand.pn, 0.008)),
          hand.at(0.035, 0.004, 0.007),
          hand.at(0.06, 0.012, 0.006),
        ],
        r: 0.0022,
      },
      {
        points: [hand.at(0.035, 0.004, 0.007), hand.at(0.045, 0.02, 0.009), hand.at(0.06, 0.032, 0.012)],
        r: 0.0012,
      },
    ],
    ulnar: [
      {
        points: [
          P.brachial,
          lerp3(P.brachial, axilla, 0.5),
          add(axilla, [-0.004, -0.004, -0.006]),
          arm(0.3, -0.019, -0.004),
          arm(0.7, -0.022, -0.01),
          medialEpicondyleGroove,
          fore(0.12, -0.014, 0.004),
          fore(0.5, -0.015, 0.008),
          fore(0.85, -0.015, 0.008),
          add(S.wrist, add(scale(hand.across, -0.015), scale(hand.pn, 0.007))),
          hand.at(0.035, -0.018, 0.006),
          hand.at(0.06, -0.024, 0.004),
        ],
        r: 0.0021,
      },
    ],
    radial: [
      {
        // behind the humerus in the spiral groove, then in front of the lateral epicondyle, and on
        // (its superficial branch) along the radius to the back of the thumb
        points: [
          P.brachial,
          lerp3(P.brachial, axilla, 0.5),
          add(axilla, [-0.002, -0.006, -0.01]),
          arm(0.25, -0.012, -0.014),
          arm(0.45, 0.0, -0.016),
          arm(0.65, 0.014, -0.01),
          arm(0.85, 0.017, 0.006),
          lateralElbow,
          fore(0.2, 0.014, 0.006),
          fore(0.6, 0.016, 0.002),
          add(S.wrist, add(scale(hand.across, 0.016), scale(hand.pn, -0.006))),
          hand.at(0.03, 0.02, -0.008),
        ],
        r: 0.0021,
      },
    ],
    'posterior-interosseous': [
      {
        // the radial nerve's deep branch: round the neck of the radius through the supinator,
        // then down the back of the forearm between the bones to the wrist
        points: [
          lateralElbow,
          add(L.radialHead, add(scale(S.foreDir, 0.014), add(scale(axis, 0.008), [0, 0, 0.004]))),
          add(L.radialHead, add(scale(S.foreDir, 0.03), add(scale(axis, 0.006), scale(hand.pn, -0.008)))),
          fore(0.35, 0.002, -0.011),
          fore(0.7, 0.0, -0.01),
          add(S.wrist, scale(hand.pn, -0.008)),
        ],
        r: 0.0015,
      },
    ],
    femoral: [
      {
        // down in the psoas, under the inguinal ligament (between the ASIS and the pubis) to the
        // front of the thigh, where it fans into the quadriceps; the saphenous branch goes on
        points: [
          P.lumbar,
          [0.055, 0.975, 0.022],
          [0.075, 0.925, 0.05],
          lerp3(L.asis, MIDLINE.pubicSymphysis, 0.45),
          [0.09, 0.84, 0.062],
          [0.095, 0.78, 0.06],
        ],
        r: 0.0024,
      },
      {
        points: [
          [0.095, 0.8, 0.06],
          [0.11, 0.74, 0.058],
          [0.12, 0.68, 0.05],
        ],
        r: 0.0014,
      },
      {
        points: [
          [0.095, 0.79, 0.06],
          [0.092, 0.72, 0.06],
          [0.094, 0.66, 0.058],
        ],
        r: 0.0014,
      },
      {
        points: [
          [0.093, 0.81, 0.058],
          [0.078, 0.72, 0.04],
          [0.074, 0.6, 0.02],
          [0.074, 0.52, -0.01],
        ],
        r: 0.0013,
      },
    ],
    sciatic: [
      {
        // from the sacral plexus out below the piriformis, between the greater trochanter and the
        // sitting bone, down the back of the thigh to where it splits above the knee
        points: [
          P.sacral,
          [0.055, 0.9, -0.05],
          lerp3(L.greaterTrochanter, L.ischialTuberosity, 0.55),
          [0.1, 0.8, -0.055],
          [0.102, 0.7, -0.045],
          split,
        ],
        r: 0.0042,
      },
    ],
    tibial: [
      {
        // through the back of the knee, deep in the calf, behind the inner ankle bone to the sole
        points: [
          split,
          add(S.knee, [-0.002, 0.0, -0.036]),
          add(S.knee, [-0.004, -0.12, -0.028]),
          add(S.ankle, [-0.01, 0.12, -0.022]),
          add(L.medialMalleolus, [0.002, -0.004, -0.014]),
          foot.at(0.07, -0.014, 0.014),
          foot.at(0.13, -0.012, 0.012),
        ],
        r: 0.003,
      },
      {
        points: [foot.at(0.07, -0.014, 0.014), foot.at(0.1, 0.012, 0.012), foot.at(0.14, 0.026, 0.012)],
        r: 0.0015,
      },
    ],
    'common-fibular': [
      {
        // out to the side of the knee, behind the fibular head, round the fibula's neck to the
        // front; its deep branch down the front of the leg to the top of the foot
        points: [
          split,
          add(S.knee, [0.022, 0.02, -0.032]),
          add(L.fibularHead, [0.004, 0.004, -0.01]),
          add(L.fibularNeck, [0.008, -0.002, 0.002]),
          add(L.fibularNeck, [0.0, -0.014, 0.014]),
          add(S.ankle, [0.008, 0.2, 0.022]),
          add(S.ankle, [0.004, 0.02, 0.026]),
          foot.at(0.13, -0.004, 0.032),
        ],
        r: 0.0022,
      },
      {
        // superficial branch down the outer leg
        points: [
          add(L.fibularNeck, [0.004, -0.01, 0.01]),
          add(S.ankle, [0.024, 0.22, 0.006]),
          add(S.ankle, [0.022, 0.06, 0.012]),
        ],
        r: 0.0015,
      },
    ],
  };
}

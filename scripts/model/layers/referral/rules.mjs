// Where each muscle sends pain, as landmark rules on the skin: the main zone and the spill-over, each
// a few pieces. A piece is a point or a path along the skin through named landmarks, with a half
// width `r` (metres). The maps follow the trigger point manuals as the content words them (Simons,
// Travell & Simons, Vol. 1, 1999; Travell & Simons, Vol. 2, 1992; src/content/anatomy/muscles.ts):
// typical patterns, drawn broad and soft, not exact borders.

/** @typedef {import('./landmarks.mjs').SkinFrame} SkinFrame */
/** @typedef {import('./surface.mjs').SkinPoint} SkinPoint */
/** @typedef {{ at: SkinPoint[], r: number }} Piece */
/** @typedef {{ main: Piece[], spill: Piece[] }} Zone */

/** A piece: through these skin points (one point: a patch), `r` metres either side. */
const piece = (/** @type {number} */ r, /** @type {SkinPoint[]} */ ...at) => ({ at, r });

/** Points along a landmark function of t, from t0 to t1 in n steps. */
const along = (
  /** @type {(t: number) => number} */ f,
  /** @type {number} */ t0,
  /** @type {number} */ t1,
  n = 4,
) => Array.from({ length: n + 1 }, (_, i) => f(t0 + ((t1 - t0) * i) / n));

/** @type {Record<string, (p: SkinFrame) => Zone>} */
export const REFERRAL_RULES = {
  // --- head and jaw (Vol. 1) ---
  temporalis: (p) => ({
    main: [
      piece(0.022, p.temple()),
      piece(0.013, p.temple(), p.templeHigh()),
      piece(0.012, p.temple(), p.aboveEar()),
      piece(0.011, p.temple(), p.eyebrow()),
    ],
    spill: [piece(0.014, p.upperTeeth()), piece(0.011, p.jawJoint())],
  }),
  masseter: (p) => ({
    main: [piece(0.016, p.upperTeeth(), p.lowerTeeth()), piece(0.012, p.lowerTeeth(), p.lowerJaw())],
    spill: [piece(0.012, p.eyebrow()), piece(0.011, p.jawJoint()), piece(0.008, p.inEar())],
  }),
  'lateral-pterygoid': (p) => ({
    main: [piece(0.016, p.jawJoint())],
    spill: [piece(0.016, p.cheek())],
  }),
  sternocleidomastoid: (p) => ({
    // sternal head: cheek, over the eye, back and top of the head; clavicular head: forehead
    main: [
      piece(0.016, p.cheek()),
      piece(0.012, p.overEye()),
      piece(0.02, p.backOfHead()),
      piece(0.02, p.topOfHead()),
      piece(0.018, p.forehead()),
    ],
    spill: [
      piece(0.015, p.throat()),
      piece(0.012, p.front(0.012, 1.42), p.front(0.012, 1.3)),
      piece(0.01, p.behindEar()),
      piece(0.008, p.inEar()),
    ],
  }),
  suboccipitals: (p) => ({
    main: [
      piece(0.015, p.underSkull(), p.backOfHead(), p.sideOfHead(), p.temple(), p.eyeOuter(), p.overEye()),
    ],
    spill: [piece(0.03, p.sideOfHead())],
  }),
  'splenius-capitis': (p) => ({
    main: [piece(0.024, p.topOfHead())],
    spill: [],
  }),
  'levator-scapulae': (p) => ({
    main: [piece(0.03, p.neckShoulder())],
    spill: [piece(0.025, p.back(0.06, 1.43), p.back(0.065, 1.33)), piece(0.022, p.backOfShoulder())],
  }),

  // --- shoulder and upper back (Vol. 1) ---
  'upper-trapezius': (p) => ({
    main: [piece(0.016, p.neckBack(1.49), p.neckSide(1.55), p.behindEar(), p.sideOfHead(), p.temple())],
    spill: [piece(0.013, p.eyeOuter()), piece(0.016, p.jawAngle())],
  }),
  rhomboids: (p) => ({
    main: [piece(0.016, p.back(0.045, 1.44), p.back(0.05, 1.31))],
    spill: [piece(0.022, p.back(0.095, 1.425))],
  }),
  supraspinatus: (p) => ({
    main: [piece(0.026, p.midDeltoid())],
    spill: [piece(0.015, p.upperArm(0.4, 1, 0), p.upperArm(0.8, 1, 0), p.outerElbow())],
  }),
  infraspinatus: (p) => ({
    main: [piece(0.035, p.frontOfShoulder())],
    spill: [
      piece(
        0.012,
        p.upperArm(0.3, 0.7, 0.7),
        p.upperArm(0.9, 0.6, 0.8),
        p.forearmThumb(0.3),
        p.forearmThumb(0.9),
        p.thumbSideOfHand(),
      ),
    ],
  }),

  // --- forearm (Vol. 1) ---
  'extensor-carpi-radialis-longus': (p) => ({
    main: [piece(0.02, p.outerElbow()), piece(0.015, p.wristBack(), p.handBackThumbSide())],
    spill: [piece(0.012, ...along(p.forearmBack, 0.15, 0.85, 3))],
  }),
  'extensor-carpi-radialis-brevis': (p) => ({
    main: [piece(0.017, p.wristBack(), p.handBack())],
    spill: [piece(0.012, ...along(p.forearmBack, 0.1, 0.85, 3)), piece(0.013, p.outerElbow())],
  }),
  'extensor-digitorum': (p) => ({
    main: [piece(0.013, ...along(p.forearmBack, 0.3, 1, 3), p.handBack(), p.middleFingerBack())],
    spill: [piece(0.016, p.outerElbow())],
  }),
  supinator: (p) => ({
    main: [piece(0.022, p.outerElbow())],
    spill: [piece(0.012, p.thumbWeb()), piece(0.01, ...along(p.forearmBack, 0.2, 0.8, 3))],
  }),
  'flexor-carpi-radialis': (p) => ({
    main: [piece(0.015, p.wristPalm(), p.palm())],
    spill: [piece(0.01, ...along(p.forearmPalm, 0.3, 0.9, 3))],
  }),
  'flexor-carpi-ulnaris': (p) => ({
    main: [piece(0.013, p.wristPalmUlnar(), p.palmUlnar())],
    spill: [piece(0.01, ...along(p.forearmUlnar, 0.3, 0.9, 3))],
  }),

  // --- back (Vol. 1 for the multifidus; Vol. 2 for the quadratus lumborum) ---
  'multifidus-lumbar': (p) => ({
    main: [piece(0.016, p.besideLevel('L3'), p.besideLevel('L5'))],
    spill: [piece(0.025, p.lowerBelly()), piece(0.012, p.tailbone())],
  }),
  'quadratus-lumborum': (p) => ({
    main: [piece(0.03, p.sacroiliac()), piece(0.032, p.lowerButtock())],
    spill: [
      piece(0.011, ...along(p.hipCrest, 0.15, 1, 5), p.lowerBelly(), p.groin()),
      piece(0.03, p.outerHip()),
    ],
  }),

  // --- hip (Vol. 2) ---
  'gluteus-medius': (p) => ({
    main: [
      piece(0.016, p.back(0.1, 0.985), p.back(0.045, 0.975), p.sacroiliac(), p.sacrum()),
      piece(0.016, p.back(0.04, 1.04)),
    ],
    spill: [piece(0.03, p.buttock()), piece(0.024, p.outerHip()), piece(0.022, p.thigh(0.85, 0.2, -1))],
  }),
  'gluteus-minimus': (p) => ({
    main: [
      // front part: outer buttock, down the outer thigh and knee, the outer leg to the ankle
      piece(0.02, p.outerButtock(), p.outerHip(), ...along((t) => p.thigh(t, 1, 0.15), 0.9, 0.1, 4)),
      piece(0.014, p.kneeOuter(), ...along((t) => p.leg(t, 1, 0.2), 0.1, 0.85, 4), p.outerAnkle()),
      // back part: buttock, the back of the thigh and the calf
      piece(0.016, p.buttock(), ...along((t) => p.thigh(t, 0, -1), 0.85, 0.1, 4)),
      piece(0.014, ...along((t) => p.leg(t, 0, -1), 0.12, 0.6, 3)),
    ],
    spill: [piece(0.018, p.footTop())],
  }),
  piriformis: (p) => ({
    main: [piece(0.02, p.sacroiliac(), p.buttock(), p.backOfHip())],
    spill: [piece(0.02, ...along((t) => p.thigh(t, 0, -1), 0.9, 0.35, 3))],
  }),
  'tensor-fasciae-latae': (p) => ({
    main: [piece(0.026, p.frontOuterHip())],
    spill: [piece(0.014, ...along((t) => p.thigh(t, 1, 0.2), 0.8, 0.1, 4))],
  }),

  // --- thigh and knee (Vol. 2) ---
  'vastus-medialis': (p) => ({
    main: [piece(0.025, p.kneeFront(), p.kneeInner())],
    spill: [piece(0.02, ...along((t) => p.thigh(t, -1, 0.3), 0.1, 0.4, 2))],
  }),
  'vastus-lateralis': (p) => ({
    main: [
      piece(0.026, ...along((t) => p.thigh(t, 1, 0), 0.85, 0.1, 5), p.kneeOuter()),
      piece(0.012, p.kneecapOuterEdge()),
    ],
    spill: [piece(0.02, p.backOfKnee())],
  }),

  // --- leg and foot (Vol. 2) ---
  gastrocnemius: (p) => ({
    main: [piece(0.02, p.innerArch(0.06), p.innerArch(0.09), p.innerArch(0.125))],
    spill: [
      piece(0.018, p.backOfKnee()),
      piece(0.018, ...along((t) => p.leg(t, 0, -1), 0.15, 0.6, 3)),
      piece(0.012, ...along((t) => p.leg(t, 1, 0), 0.05, 0.3, 2)),
    ],
  }),
  soleus: (p) => ({
    main: [piece(0.018, p.achilles(0.04), p.heelBack(), p.heelUnder())],
    spill: [piece(0.022, p.leg(0.45, 0, -1)), piece(0.018, p.sacroiliac())],
  }),
  'tibialis-anterior': (p) => ({
    main: [piece(0.018, p.ankleFrontInner()), piece(0.012, p.bigToeBase(), p.bigToeTop())],
    spill: [piece(0.011, ...along((t) => p.leg(t, -0.15, 1), 0.2, 0.8, 3))],
  }),
  'tibialis-posterior': (p) => ({
    main: [piece(0.014, p.achilles(0.08), p.achilles(0.02))],
    spill: [
      piece(0.02, p.leg(0.45, 0, -1)),
      piece(0.018, p.heelBack()),
      piece(0.02, p.sole(0.03), p.sole(0.1), p.sole(0.16), p.toesUnder()),
    ],
  }),
};

// The ids of the parts beneath the skin: muscles, bones and nerves. ONE list per layer, imported
// by the model generator (scripts/model/layers) and by the app (content and scene). A part's index
// in its list is its number in the model (the `_REGION` vertex attribute of that layer's mesh).
// Paired parts share one id: both sides light up together. At most 64 ids per layer (the size of
// the shader's state table). Plain JavaScript so that Node runs it as is; the JSDoc `const` keeps
// each id a literal type for TypeScript (tsconfig has allowJs).

/** Muscles (and the two sheets of connective tissue the content names: IT band, plantar fascia). */
export const MUSCLE_IDS = /* @__PURE__ */ Object.freeze(
  /** @type {const} */ ([
    // head and jaw
    'temporalis',
    'masseter',
    'lateral-pterygoid',
    'medial-pterygoid',
    // neck
    'sternocleidomastoid',
    'suboccipitals',
    'splenius-capitis',
    'semispinalis-capitis',
    'levator-scapulae',
    'multifidus-neck',
    // shoulder and upper back
    'upper-trapezius',
    'middle-trapezius',
    'lower-trapezius',
    'rhomboids',
    'supraspinatus',
    'infraspinatus',
    'deltoid',
    'pectoralis-major',
    'latissimus-dorsi',
    // back
    'erector-spinae',
    'multifidus-thoracic',
    'multifidus-lumbar',
    'quadratus-lumborum',
    'psoas',
    // arm
    'biceps',
    'triceps',
    'extensor-carpi-radialis-longus',
    'extensor-carpi-radialis-brevis',
    'extensor-digitorum',
    'supinator',
    'pronator-teres',
    'flexor-carpi-radialis',
    'flexor-carpi-ulnaris',
    'flexor-digitorum-superficialis',
    'thenar-muscles',
    // hip
    'gluteus-maximus',
    'gluteus-medius',
    'gluteus-minimus',
    'piriformis',
    'tensor-fasciae-latae',
    'iliotibial-band',
    // thigh
    'rectus-femoris',
    'vastus-lateralis',
    'vastus-medialis',
    'hamstrings',
    // leg and foot
    'gastrocnemius',
    'soleus',
    'tibialis-anterior',
    'tibialis-posterior',
    'plantar-fascia',
    'abductor-hallucis',
    'flexor-digitorum-brevis',
  ]),
);

/** Bones: every vertebra C1–L5, the sacrum and coccyx, and the rest of the skeleton simplified. */
export const BONE_IDS = /* @__PURE__ */ Object.freeze(
  /** @type {const} */ ([
    'C1',
    'C2',
    'C3',
    'C4',
    'C5',
    'C6',
    'C7',
    'T1',
    'T2',
    'T3',
    'T4',
    'T5',
    'T6',
    'T7',
    'T8',
    'T9',
    'T10',
    'T11',
    'T12',
    'L1',
    'L2',
    'L3',
    'L4',
    'L5',
    'sacrum',
    'coccyx',
    'skull',
    'mandible',
    'rib-cage',
    'sternum',
    'clavicle',
    'scapula',
    'humerus',
    'radius',
    'ulna',
    'hand-bones',
    'pelvis',
    'femur',
    'patella',
    'tibia',
    'fibula',
    'foot-bones',
  ]),
);

/** Spinal nerve roots, one id per level (both sides), C1–C8, T1–T12, L1–L5, S1–S5. */
export const ROOT_LEVELS = /* @__PURE__ */ Object.freeze(
  /** @type {const} */ ([
    'C1',
    'C2',
    'C3',
    'C4',
    'C5',
    'C6',
    'C7',
    'C8',
    'T1',
    'T2',
    'T3',
    'T4',
    'T5',
    'T6',
    'T7',
    'T8',
    'T9',
    'T10',
    'T11',
    'T12',
    'L1',
    'L2',
    'L3',
    'L4',
    'L5',
    'S1',
    'S2',
    'S3',
    'S4',
    'S5',
  ]),
);

/** Nerves: the roots ('root-C5') and the main nerves along their course. */
export const NERVE_IDS = /* @__PURE__ */ Object.freeze(
  /** @type {const} */ ([
    ...ROOT_LEVELS.map((level) => /** @type {`root-${typeof level}`} */ (`root-${level}`)),
    'greater-occipital',
    'accessory',
    'mandibular',
    'median',
    'ulnar',
    'radial',
    'posterior-interosseous',
    'femoral',
    'sciatic',
    'tibial',
    'common-fibular',
  ]),
);

/** The layers beneath the skin, in the order they are listed in the app. */
export const ANATOMY_LAYERS = /* @__PURE__ */ Object.freeze(
  /** @type {const} */ (['muscles', 'skeleton', 'nerves']),
);

import { IMS_SITE_IDS, MUSCLE_SITE_IDS, SPINAL_LEVELS } from './needleIdList.mjs';
import type { Statement } from './schema';
import { say } from './statement';

// Where IMS needles for each condition, for the comparison on the body: sites in the tight muscle
// bands at the source of the pain, and sites beside the spine at the levels whose nerves supply
// those muscles (standard anatomy; books differ by about one level). The jaw's muscles are supplied
// by a cranial nerve, so the jaw has no spinal level. Positions on the body come from the model
// generator (public/models/needling.json), keyed by the same ids (needleIdList.mjs).

export type MuscleSiteId = (typeof MUSCLE_SITE_IDS)[number];
export type SpinalLevel = (typeof SPINAL_LEVELS)[number];
export type ImsSiteId = (typeof IMS_SITE_IDS)[number];
export { IMS_SITE_IDS, MUSCLE_SITE_IDS, SPINAL_LEVELS };

/** Plain names of the muscle-band sites, for the marker list. */
export const MUSCLE_SITE_NAMES: Record<MuscleSiteId, string> = {
  temporalis: 'Temple muscle (temporalis)',
  masseter: 'Chewing muscle (masseter)',
  suboccipitals: 'Small muscles below the skull (suboccipitals)',
  'splenius-capitis': 'Back of the neck (splenius capitis)',
  sternocleidomastoid: 'Front of the neck (sternocleidomastoid)',
  'upper-trapezius': 'Top of the shoulder (upper trapezius)',
  'levator-scapulae': 'Where the neck meets the shoulder (levator scapulae)',
  rhomboids: 'Between the shoulder blades (rhomboids)',
  infraspinatus: 'On the shoulder blade (infraspinatus)',
  'forearm-extensors': 'Forearm muscles that lift the wrist (extensors)',
  'forearm-flexors': 'Forearm muscles that bend the wrist (flexors)',
  'finger-flexors': 'Forearm muscles that bend the fingers',
  'thenar-muscles': 'Ball of the thumb (thenar muscles)',
  'quadratus-lumborum': 'Deep low back muscle (quadratus lumborum)',
  'gluteus-medius': 'Side of the hip (gluteus medius)',
  'gluteus-maximus': 'Buttock (gluteus maximus)',
  piriformis: 'Deep in the buttock (piriformis)',
  'tensor-fasciae-latae': 'Front of the hip (tensor fasciae latae)',
  'vastus-lateralis': 'Outer thigh (vastus lateralis)',
  'vastus-medialis': 'Inner thigh above the knee (vastus medialis)',
  gastrocnemius: 'Calf (gastrocnemius)',
  soleus: 'Lower calf (soleus)',
  'tibialis-posterior': 'Deep muscle behind the shin bone (tibialis posterior)',
  'abductor-hallucis': 'Inner arch of the foot (abductor hallucis)',
};

export interface ConditionImsSites {
  conditionId: string;
  /** Sites in the tight muscle bands at the source of the pain. */
  muscles: MuscleSiteId[];
  /** Spinal levels of the paraspinal sites (empty for the jaw). */
  levels: SpinalLevel[];
  /** Why these sites, with sources; for the jaw, that its nerve is a cranial nerve. */
  why: Statement;
}

/** The levels from one to another, in order: levels('C5', 'C8') → C5, C6, C7, C8. */
export function levels(from: SpinalLevel, to: SpinalLevel): SpinalLevel[] {
  const a = SPINAL_LEVELS.indexOf(from);
  const b = SPINAL_LEVELS.indexOf(to);
  return SPINAL_LEVELS.slice(a, b + 1);
}

/** The usual "why": nerves to these muscles leave the spine at about these levels. */
const supplied = (range: string, ...extra: ['istop-knee' | 'gunn-milbrandt-1976'] | []): Statement =>
  say(
    `The nerves to these muscles leave the spine at about ${range}. IMS also needles beside the spine there.`,
    'grays-anatomy',
    'istop',
    ...extra,
  );

export const CONDITION_IMS_SITES: readonly ConditionImsSites[] = [
  {
    conditionId: 'chronic-whiplash-pain',
    muscles: ['upper-trapezius', 'levator-scapulae', 'splenius-capitis', 'sternocleidomastoid'],
    levels: levels('C1', 'C8'),
    why: supplied('C1–C8'),
  },
  {
    conditionId: 'repetitive-strain',
    muscles: ['forearm-extensors', 'forearm-flexors', 'upper-trapezius'],
    levels: levels('C3', 'T1'),
    why: supplied('C3–T1'),
  },
  {
    conditionId: 'carpal-tunnel-syndrome',
    muscles: ['thenar-muscles', 'finger-flexors'],
    levels: levels('C6', 'T1'),
    why: supplied('C6–T1'),
  },
  {
    conditionId: 'myofascial-trigger-points',
    muscles: ['upper-trapezius', 'levator-scapulae', 'infraspinatus', 'quadratus-lumborum', 'gluteus-medius'],
    levels: [...levels('C3', 'C6'), ...levels('T12', 'S1')],
    why: say(
      "IMS needles each tight muscle. It also needles beside the spine at that muscle's own level. That is about C3–C6 for the neck and shoulder, and T12–S1 for the low back and hip.",
      'grays-anatomy',
      'istop',
    ),
  },
  {
    conditionId: 'patellofemoral-pain',
    muscles: ['vastus-medialis', 'vastus-lateralis', 'gluteus-medius', 'tensor-fasciae-latae'],
    levels: levels('L2', 'S2'),
    why: supplied('L2–S2', 'istop-knee'),
  },
  {
    conditionId: 'spinal-pain',
    muscles: ['rhomboids', 'quadratus-lumborum', 'gluteus-medius'],
    levels: levels('C1', 'S1'),
    why: say(
      'For back and neck pain, IMS needles the muscles beside the spine. It needles at the level of the pain, where the nerve roots leave the spine.',
      'istop',
      'clinic-ims-page',
    ),
  },
  {
    conditionId: 'headaches',
    muscles: ['suboccipitals', 'upper-trapezius', 'sternocleidomastoid', 'temporalis'],
    levels: levels('C1', 'C4'),
    why: say(
      'Headache from the neck comes from parts supplied by C1–C3, and the shoulder muscle also gets nerves from C4. IMS needles beside the spine there.',
      'bogduk-2001',
      'istop',
    ),
  },
  {
    conditionId: 'jaw-pain',
    muscles: ['masseter', 'temporalis'],
    levels: [],
    why: say(
      'The jaw muscles get their nerve from the trigeminal nerve. It comes from the brain, not the spine, so there is no spinal level to needle.',
      'grays-anatomy',
    ),
  },
  {
    conditionId: 'shin-splints',
    muscles: ['tibialis-posterior', 'soleus'],
    levels: levels('L4', 'S2'),
    why: supplied('L4–S2'),
  },
  {
    conditionId: 'plantar-fasciitis',
    muscles: ['gastrocnemius', 'soleus', 'abductor-hallucis'],
    levels: levels('S1', 'S2'),
    why: supplied('S1–S2'),
  },
  {
    conditionId: 'tennis-elbow',
    muscles: ['forearm-extensors'],
    levels: levels('C5', 'C8'),
    why: supplied('C5–C8', 'gunn-milbrandt-1976'),
  },
  {
    conditionId: 'golfers-elbow',
    muscles: ['forearm-flexors'],
    levels: levels('C6', 'T1'),
    why: supplied('C6–T1'),
  },
  {
    conditionId: 'trigger-finger',
    muscles: ['finger-flexors'],
    levels: levels('C7', 'T1'),
    why: supplied('C7–T1'),
  },
  {
    conditionId: 'iliotibial-band-syndrome',
    muscles: ['tensor-fasciae-latae', 'gluteus-medius', 'gluteus-maximus', 'vastus-lateralis'],
    levels: levels('L2', 'S2'),
    why: supplied('L2–S2', 'istop-knee'),
  },
  {
    conditionId: 'piriformis-syndrome',
    muscles: ['piriformis', 'gluteus-maximus'],
    levels: levels('L4', 'S2'),
    why: supplied('L4–S2'),
  },
  {
    conditionId: 'achilles-tendinopathy',
    muscles: ['gastrocnemius', 'soleus'],
    levels: levels('S1', 'S2'),
    why: supplied('S1–S2'),
  },
];

/** The paraspinal site id of a level. */
export const paraspinalId = (level: SpinalLevel) => `paraspinal-${level}` as ImsSiteId;

export function imsSitesFor(conditionId: string): ConditionImsSites | undefined {
  return CONDITION_IMS_SITES.find((c) => c.conditionId === conditionId);
}

/** One plain line per condition, shown with the comparison on the body. */
export const COMPARE_SUMMARIES: Readonly<Record<string, string>> = {
  'chronic-whiplash-pain':
    'For whiplash, acupuncture uses points on the neck, and far off on the hand and leg. IMS needles the tight neck muscles. It also needles beside the neck at C1–C8.',
  'repetitive-strain':
    'For strain, acupuncture uses points on the wrist and hand. IMS needles the tight forearm and shoulder muscles. It also needles beside the spine at C3–T1.',
  'carpal-tunnel-syndrome':
    'For carpal tunnel, acupuncture uses points at the wrist and hand, and one far off on the leg. IMS needles the thumb and forearm muscles. It also needles beside the spine at C6–T1.',
  'myofascial-trigger-points':
    'Acupuncture uses tender spots found by touch, with no fixed place. IMS needles the tight muscle, and beside the spine at its own level.',
  'patellofemoral-pain':
    'Acupuncture for knee pain uses points around the kneecap. IMS needles the thigh and hip muscles. It also needles beside the spine at L2–S2.',
  'spinal-pain':
    'Acupuncture for back pain uses points on the back, and far away on the knee and ankle. IMS needles the muscles beside the spine at the level of the pain.',
  headaches:
    'Acupuncture for headache uses points on the head, and far away on the hand and foot. IMS needles the neck and head muscles, and beside the neck at C1–C4.',
  'jaw-pain':
    'Acupuncture for jaw pain uses points on the face and neck, and one far away on the hand. IMS needles the chewing muscles. Their nerve comes from the brain, so there is no spinal level.',
  'shin-splints':
    'Acupuncture for shin splints uses tender spots on the shin and a point on the forearm. IMS needles the deep calf muscles, and beside the low back at L4–S2.',
  'plantar-fasciitis':
    'Acupuncture for heel pain uses points round the ankle and sole, and one far away on the wrist. IMS needles the calf and foot muscles, and beside the spine at S1–S2.',
  'tennis-elbow':
    'For tennis elbow, acupuncture uses points on a line from the hand to the elbow: the Large Intestine line. IMS needles the arm muscles by the elbow. It also needles beside the neck at C5–C8.',
  'golfers-elbow':
    "For golfer's elbow, acupuncture uses points at the inner elbow and the wrist. IMS needles the arm muscles by the elbow. It also needles beside the spine at C6–T1.",
  'trigger-finger':
    'For trigger finger, acupuncture puts needles each side of the tendon at the base of the finger. IMS needles the forearm muscles that bend the fingers. It also needles beside the spine at C7–T1.',
  'iliotibial-band-syndrome':
    'Acupuncture for outer knee pain uses points down the outer thigh to the knee. IMS needles the hip and thigh muscles, and beside the spine at L2–S2.',
  'piriformis-syndrome':
    'For buttock pain, acupuncture uses points on the buttock, and far off on the knee and calf. IMS needles the deep buttock muscles. It also needles beside the low back at L4–S2.',
  'achilles-tendinopathy':
    'Acupuncture for the heel cord uses points round the ankle. IMS needles the calf muscles, and beside the spine at S1–S2.',
};

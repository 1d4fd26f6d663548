import type { AreaId } from './areas';
import type { RegionId } from './regionIds';
import type { WarningSignId } from './safety';
import type { Condition } from './schema';
import {
  GLUTEUS_MAXIMUS,
  GLUTEUS_MEDIUS,
  KNEE_LEVELS,
  LEVATOR_SCAPULAE,
  MATCHING_LEVEL,
  muscle,
  NEEDLE_GRASP,
  NEEDLE_SITES,
  NOT_PROVEN,
  noImsTrial,
  PROPOSED_EFFECTS,
  rootsStatement,
  SOLEUS,
  STERNOCLEIDOMASTOID,
  TREATMENT_COURSE,
  TRIGEMINAL_V3,
  UPPER_TRAPEZIUS,
} from './shared';
import { say } from './statement';

// The 16 conditions this clinic treats with IMS. The wording is the app's own; every statement
// names its sources (sources.ts). Root levels are standard anatomy (Gray's Anatomy; books differ by
// about one level, so the page says "about"). Only two links to the spine come from Gunn's side:
// tennis elbow → the neck (Gunn & Milbrandt 1976) and the knee → L2–L5 (iSTOP).
// Each condition says what the research shows for it (`evidence`) and which warning signs
// (safety.ts) apply to it.

type ConditionData = Omit<Condition, 'areaId' | 'regions' | 'warningSigns'> & {
  areaId: AreaId;
  regions: RegionId[];
  warningSigns: WarningSignId[];
};

/** Both sides of each stem: both('heel') → ['heel-left', 'heel-right']. */
function both(...stems: string[]): RegionId[] {
  return stems.flatMap((stem) => [`${stem}-left`, `${stem}-right`] as RegionId[]);
}

/** The usual end of "How IMS is meant to work": what the needle does, and that it is unproven. */
const NEEDLING: Condition['imsApproach'] = [NEEDLE_SITES, NEEDLE_GRASP, PROPOSED_EFFECTS, NOT_PROVEN];

const chronicWhiplash: ConditionData = {
  id: 'chronic-whiplash-pain',
  name: 'Chronic whiplash pain',
  otherNames: ['whiplash', 'whiplash-associated disorder', 'late whiplash syndrome', 'neck sprain'],
  areaId: 'head-neck',
  regions: ['neck', ...both('shoulder'), 'upper-back', 'head'],
  summary: 'Neck, shoulder and head pain that goes on for months after a jolt to the neck.',
  whatItIs: [
    say(
      'Whiplash is a neck injury from a sudden jolt that throws the head forward and back. It often happens in a car crash.',
      'poorbaugh-2008',
    ),
    say(
      'Most people get better. But between 14 and 42 out of every 100 people still have pain a long time later.',
      'poorbaugh-2008',
    ),
  ],
  whereFelt: [
    say(
      'The pain is felt in the neck and across the tops of the shoulders. It can spread up into the head.',
      'poorbaugh-2008',
    ),
  ],
  muscles: [
    UPPER_TRAPEZIUS,
    LEVATOR_SCAPULAE,
    muscle(
      ['splenius-capitis', 'semispinalis-capitis'],
      'Splenius and semispinalis capitis',
      'at the back of the neck; they tip the head back and turn it',
      'C1–C6',
      'grays-anatomy',
    ),
    STERNOCLEIDOMASTOID,
    muscle(
      ['multifidus-neck'],
      'Multifidus (neck)',
      'small muscles that steady each bone of the neck',
      'C3–C8',
      'grays-anatomy',
    ),
  ],
  imsApproach: [rootsStatement('C1–C8', 'in the neck'), ...NEEDLING],
  evidence: noImsTrial('whiplash'),
  treatmentCourse: TREATMENT_COURSE,
  warningSigns: ['after-fall-or-accident', 'new-weakness-numbness'],
  searchTerms: [
    'whiplash',
    'neck pain after a car accident',
    'car crash',
    'rear-ended',
    'stiff neck',
    'neck and shoulder pain',
    'headache after an accident',
  ],
};

const repetitiveStrain: ConditionData = {
  id: 'repetitive-strain',
  name: 'Repetitive strain',
  otherNames: ['repetitive strain injury', 'RSI', 'overuse injury', 'work-related upper limb disorder'],
  areaId: 'arms-hands',
  regions: [...both('forearm', 'wrist'), 'neck', ...both('shoulder')],
  summary: 'Pain in the forearm, wrist, neck or shoulders from doing the same task again and again.',
  whatItIs: [
    say(
      'Repetitive strain is a broad name, not one diagnosis. It covers pain that builds up from doing the same task many times.',
      'brukner-khan',
    ),
  ],
  whereFelt: [
    say(
      'It is often felt in the forearm and the wrist. It can also be felt in the neck and the tops of the shoulders.',
      'brukner-khan',
    ),
  ],
  muscles: [
    muscle(
      ['extensor-carpi-radialis-longus', 'extensor-carpi-radialis-brevis', 'extensor-digitorum'],
      'Wrist extensors',
      'on the back of the forearm; they lift the wrist and fingers, as when you type',
      'C6–C8',
      'grays-anatomy',
    ),
    muscle(
      ['flexor-carpi-radialis', 'flexor-carpi-ulnaris', 'flexor-digitorum-superficialis'],
      'Wrist flexors',
      'on the palm side of the forearm; they bend the wrist and help you grip',
      'C6–T1',
      'grays-anatomy',
    ),
    UPPER_TRAPEZIUS,
  ],
  imsApproach: [rootsStatement('C3–T1', 'in the neck and at the top of the back'), ...NEEDLING],
  evidence: noImsTrial('repetitive strain'),
  treatmentCourse: TREATMENT_COURSE,
  warningSigns: ['new-weakness-numbness'],
  searchTerms: [
    'RSI',
    'typing pain',
    'mouse arm',
    'computer arm pain',
    'forearm pain',
    'wrist pain',
    'sore arm from work',
    'overuse',
  ],
};

const carpalTunnel: ConditionData = {
  id: 'carpal-tunnel-syndrome',
  name: 'Carpal tunnel syndrome',
  otherNames: ['CTS', 'median nerve compression at the wrist', 'pins and needles in the hand'],
  areaId: 'arms-hands',
  regions: both('wrist', 'hand'),
  summary:
    'Tingling, numbness or pain in the thumb, index and middle fingers, from a squeezed nerve at the wrist.',
  whatItIs: [
    say(
      'A nerve called the median nerve runs through a tight tunnel at the front of the wrist. In carpal tunnel syndrome, the nerve is squeezed there.',
      'moore-anatomy',
    ),
    say(
      'A nerve squeezed higher up, by a forearm muscle called pronator teres, can feel much the same. That is a different problem, called pronator syndrome.',
      'moore-anatomy',
    ),
  ],
  whereFelt: [
    say(
      'You may feel tingling, numbness or pain in the thumb, the index and middle fingers and half of the ring finger. It can spread up the arm.',
      'moore-anatomy',
    ),
  ],
  muscles: [
    muscle(
      ['thenar-muscles'],
      'Thenar muscles',
      'the pad at the base of the thumb; they move the thumb to pinch',
      'C8–T1',
      'grays-anatomy',
    ),
  ],
  imsApproach: [
    say(
      'The median nerve gets its fibres from about C6–T1. That is low in the neck and at the top of the back.',
      'grays-anatomy',
    ),
    say(
      'In the Gunn model, a nerve root that works poorly makes the parts it serves more sensitive than normal.',
      'istop',
      'goodman-choma-ims',
    ),
    ...NEEDLING,
  ],
  evidence: noImsTrial('carpal tunnel syndrome'),
  treatmentCourse: TREATMENT_COURSE,
  warningSigns: ['new-weakness-numbness'],
  searchTerms: [
    'numb fingers',
    'tingling hand',
    'pins and needles',
    'hand numb at night',
    'numb thumb',
    'wrist pain',
    'weak grip',
  ],
};

const triggerPoints: ConditionData = {
  id: 'myofascial-trigger-points',
  name: 'Myofascial trigger points',
  otherNames: ['trigger points', 'muscle knots', 'myofascial pain syndrome', 'myofascial pain'],
  areaId: 'back',
  regions: ['neck', ...both('shoulder'), 'upper-back', 'lower-back', ...both('hip')],
  summary: 'Small, very tender spots in tight bands of muscle that can send pain to other places.',
  whatItIs: [
    say(
      'A trigger point is a very tender spot in a tight band of muscle. Many people call it a knot.',
      'simons-1999',
    ),
    say('"Myofascial" means to do with muscle and the thin layer that wraps it.', 'simons-1999'),
  ],
  whereFelt: [
    say(
      'Trigger points can form in any muscle. Pressing one can cause pain in another place. This is called referred pain.',
      'simons-1999',
    ),
    say(
      'Common places are the tops of the shoulders, the shoulder blade, the low back and the side of the hip.',
      'simons-1999',
      'travell-simons-1992',
    ),
  ],
  muscles: [
    UPPER_TRAPEZIUS,
    LEVATOR_SCAPULAE,
    muscle(
      ['infraspinatus'],
      'Infraspinatus',
      'lies on the shoulder blade; it turns the arm outward',
      'C5–C6',
      'grays-anatomy',
    ),
    muscle(
      ['quadratus-lumborum'],
      'Quadratus lumborum',
      'deep in the low back; it bends the body to the side and steadies it',
      'T12–L4',
      'grays-anatomy',
    ),
    GLUTEUS_MEDIUS,
  ],
  imsApproach: [
    say(
      'In the Gunn model, each tight muscle is treated along with its own level of the spine, where its nerve comes out.',
      'istop',
    ),
    ...NEEDLING,
  ],
  evidence: {
    tested: 'ims-itself',
    strength: 'weak',
    statements: [
      say(
        'Two small trials put needles in tight muscle and beside the spine, as IMS does.',
        'ga-2007',
        'couto-2014',
      ),
      say('In one, 40 older people took part. It had no fake-needle group to compare with.', 'ga-2007'),
      say(
        'In the other, 78 women aged 20 to 40 were split into three groups. Needling beside the spine and in the tight muscle did better than fake needling over 4 weeks.',
        'couto-2014',
      ),
    ],
  },
  treatmentCourse: TREATMENT_COURSE,
  warningSigns: ['weight-loss-or-cancer'],
  searchTerms: [
    'knots',
    'muscle knot',
    'tight muscles',
    'tender spot',
    'referred pain',
    'muscle pain',
    'sore muscles',
    'tight shoulders',
  ],
};

const patellofemoral: ConditionData = {
  id: 'patellofemoral-pain',
  name: 'Patellofemoral pain',
  otherNames: ['patellofemoral pain syndrome', 'PFPS', "runner's knee", 'anterior knee pain', 'kneecap pain'],
  areaId: 'hips-legs',
  regions: [...both('knee'), ...both('thigh-front')],
  summary: 'An ache at the front of the knee, around or behind the kneecap.',
  whatItIs: [
    say(
      "Patellofemoral pain is pain where the kneecap slides over the thigh bone. It is often called runner's knee.",
      'crossley-2016',
    ),
    say('It tends to be worse with squats, running and stairs. It can last for years.', 'crossley-2016'),
  ],
  whereFelt: [
    say('The pain is felt at the front of the knee, around or behind the kneecap.', 'crossley-2016'),
  ],
  muscles: [
    muscle(
      ['rectus-femoris', 'vastus-lateralis', 'vastus-medialis'],
      'Quadriceps (including vastus medialis and vastus lateralis)',
      'the big muscles on the front of the thigh; they straighten the knee and guide the kneecap',
      'L2–L4',
      'grays-anatomy',
    ),
    muscle(
      ['gluteus-medius', 'tensor-fasciae-latae'],
      'Gluteus medius and tensor fasciae latae',
      'on the side of the hip; they keep the hip and knee in line',
      'L4–S1',
      'grays-anatomy',
    ),
    muscle(
      ['hamstrings'],
      'Hamstrings',
      'on the back of the thigh; they bend the knee',
      'L5–S2',
      'grays-anatomy',
    ),
  ],
  imsApproach: [KNEE_LEVELS, MATCHING_LEVEL, ...NEEDLING],
  evidence: noImsTrial('pain at the front of the knee'),
  treatmentCourse: TREATMENT_COURSE,
  warningSigns: ['hot-swollen-joint', 'after-fall-or-accident'],
  searchTerms: [
    "runner's knee",
    'knee pain',
    'kneecap pain',
    'pain going down stairs',
    'knee pain when squatting',
    'front of knee pain',
    'sore knee after sitting',
  ],
};

const spinalPain: ConditionData = {
  id: 'spinal-pain',
  name: 'Spinal pain',
  otherNames: ['back pain', 'neck pain', 'low back pain', 'mid back pain', 'backache', 'lumbago'],
  areaId: 'back',
  regions: ['neck', 'upper-back', 'mid-back', 'lower-back'],
  summary: 'Long-lasting pain in the neck, between the shoulder blades, or in the low back.',
  whatItIs: [
    say(
      'This covers ongoing pain in three parts of the spine: the neck, the mid back and the low back.',
      'moore-anatomy',
    ),
    say(
      'In the Gunn model, long-lasting muscle pain often starts with a nerve root. That is where a nerve leaves the spine.',
      'goodman-choma-ims',
      'istop',
    ),
    say(
      'In this model, the usual cause is slow wear of the spine, called spondylosis. It may cause no pain at first.',
      'gunn-prespondylosis',
    ),
  ],
  whereFelt: [
    say('Neck pain is felt in the neck and may reach the shoulders.', 'moore-anatomy'),
    say('Mid back pain is felt between the shoulder blades.', 'moore-anatomy'),
    say('Low back pain is felt low in the back. It may spread into the buttock.', 'moore-anatomy'),
  ],
  muscles: [
    muscle(
      ['splenius-capitis', 'semispinalis-capitis', 'multifidus-neck'],
      'Neck muscles (splenius, semispinalis and multifidus)',
      'hold up the head and steady each bone of the neck',
      'C1–C8',
      'grays-anatomy',
    ),
    muscle(
      ['rhomboids'],
      'Rhomboids',
      'between the shoulder blades; they pull the shoulder blades together',
      'C4–C5',
      'grays-anatomy',
    ),
    muscle(
      ['erector-spinae', 'multifidus-thoracic', 'multifidus-lumbar'],
      'Erector spinae and multifidus',
      'the long muscles beside the spine; they keep the back upright and steady',
      'each level of the back, T1–L5',
      'grays-anatomy',
    ),
    muscle(
      ['quadratus-lumborum'],
      'Quadratus lumborum',
      'deep in the low back; it bends the body to the side and steadies it',
      'T12–L4',
      'grays-anatomy',
    ),
    muscle(
      ['psoas'],
      'Psoas',
      'deep in the belly; it lifts the thigh and steadies the low back',
      'L1–L3',
      'grays-anatomy',
    ),
    GLUTEUS_MEDIUS,
  ],
  imsApproach: [
    say(
      'In the Gunn model, muscles next to the spine are needled too. The needle goes in at the level of the nerve root.',
      'istop',
      'clinic-ims-page',
    ),
    ...NEEDLING,
  ],
  evidence: {
    tested: 'ims-itself',
    strength: 'weak',
    statements: [
      say(
        'A 1980 study looked at 56 men with long-lasting low back pain. Of the 29 who also had needling, 18 went back to the same or a similar job. Of the 27 without needling, only 4 did.',
        'gunn-1980',
      ),
      say('The study was small and had no fake-needle group to compare with.', 'gunn-1980'),
      say(
        'For neck and mid back pain, we found no trial of IMS itself. Reviews of dry needling in general rate the evidence as very low to moderate.',
        'gattie-2017',
        'chys-2023',
      ),
    ],
  },
  treatmentCourse: TREATMENT_COURSE,
  warningSigns: [
    'bladder-bowel-numbness',
    'new-weakness-numbness',
    'after-fall-or-accident',
    'weight-loss-or-cancer',
  ],
  searchTerms: [
    'back pain',
    'lower back pain',
    'low back',
    'lower back',
    'neck pain',
    'stiff neck',
    'sore back',
    'pain between the shoulder blades',
    'mid back pain',
  ],
};

const headaches: ConditionData = {
  id: 'headaches',
  name: 'Headaches',
  otherNames: [
    'tension-type headache',
    'tension headache',
    'cervicogenic headache',
    'headache from the neck',
  ],
  areaId: 'head-neck',
  regions: ['head', 'neck'],
  summary: 'Headaches linked to tight muscles of the head and neck, or to the top of the neck.',
  whatItIs: [
    say(
      'Two kinds of headache are linked to muscles and the neck. A tension-type headache often feels like a tight band.',
      'ichd-3',
    ),
    say(
      'A cervicogenic headache starts in the neck. Nerves from the top of the neck and nerves from the face meet in the same part of the upper spinal cord. So pain from the neck can be felt in the head.',
      'bogduk-2001',
    ),
  ],
  whereFelt: [
    say('It is felt at the back of the head, at the temples or behind the eyes.', 'bogduk-2001', 'ichd-3'),
  ],
  muscles: [
    muscle(
      ['suboccipitals'],
      'Suboccipitals',
      'small muscles just under the skull; they nod and tilt the head',
      'C1',
      'grays-anatomy',
    ),
    muscle(
      ['semispinalis-capitis'],
      'Semispinalis capitis',
      'pulls the head back; a nerve to the back of the head passes through it',
      'C2',
      'grays-anatomy',
    ),
    UPPER_TRAPEZIUS,
    STERNOCLEIDOMASTOID,
    muscle(
      ['temporalis'],
      'Temporalis',
      'the fan-shaped muscle over the temple; it closes the jaw',
      TRIGEMINAL_V3,
      'grays-anatomy',
    ),
  ],
  imsApproach: [
    say(
      'A headache from the neck comes from parts served by the top three neck nerves, C1–C3.',
      'bogduk-2001',
    ),
    ...NEEDLING,
  ],
  evidence: noImsTrial('headaches'),
  treatmentCourse: TREATMENT_COURSE,
  warningSigns: ['sudden-severe-headache', 'headache-with-fever', 'new-weakness-numbness'],
  searchTerms: [
    'headache',
    'head ache',
    'tension headache',
    'headache from the neck',
    'pain behind the eyes',
    'temple pain',
    'back of the head pain',
  ],
};

const jawPain: ConditionData = {
  id: 'jaw-pain',
  name: 'Jaw pain (TMJ)',
  otherNames: ['TMJ', 'TMD', 'temporomandibular disorder', 'temporomandibular joint pain', 'sore jaw'],
  areaId: 'head-neck',
  regions: [...both('jaw'), 'head'],
  summary: 'Pain in the jaw joint and the chewing muscles, felt in the cheek or the temple.',
  whatItIs: [
    say(
      'TMJ stands for temporomandibular joint. That is the jaw joint, just in front of the ear.',
      'moore-anatomy',
    ),
    say('Some 5 to 12 in 100 people have trouble with the jaw joint or the chewing muscles.', 'nidcr-tmd'),
  ],
  whereFelt: [say('Pain is felt at the jaw joint, in the cheek and at the temple.', 'nidcr-tmd')],
  muscles: [
    muscle(
      ['masseter'],
      'Masseter',
      'the strong chewing muscle in the cheek; it closes the jaw',
      TRIGEMINAL_V3,
      'grays-anatomy',
    ),
    muscle(
      ['temporalis'],
      'Temporalis',
      'the fan-shaped muscle over the temple; it closes the jaw',
      TRIGEMINAL_V3,
      'grays-anatomy',
    ),
    muscle(
      ['lateral-pterygoid', 'medial-pterygoid'],
      'Pterygoids',
      'deep inside the jaw; they move it forward and side to side',
      TRIGEMINAL_V3,
      'grays-anatomy',
    ),
  ],
  imsApproach: [
    say(
      'The jaw muscles get their nerves from the brain, not from the spine. So there is no level of the spine to match.',
      'grays-anatomy',
    ),
    say(
      'Your practitioner may put a fine needle into the tight, sore chewing muscles.',
      'istop',
      'clinic-ims-page',
    ),
    NEEDLE_GRASP,
    PROPOSED_EFFECTS,
    NOT_PROVEN,
  ],
  evidence: noImsTrial('jaw pain'),
  treatmentCourse: TREATMENT_COURSE,
  warningSigns: [],
  searchTerms: [
    'sore jaw',
    'jaw pain',
    'jaw ache',
    'clicking jaw',
    'pain when chewing',
    'clenching',
    'grinding teeth',
  ],
};

const shinSplints: ConditionData = {
  id: 'shin-splints',
  name: 'Shin splints',
  otherNames: ['medial tibial stress syndrome', 'MTSS'],
  areaId: 'hips-legs',
  regions: [...both('shin'), ...both('calf')],
  summary: 'Pain along the inner edge of the shin bone, often from running.',
  whatItIs: [
    say(
      'Shin splints is the everyday name for medial tibial stress syndrome. It is pain along the shin bone from repeated load.',
      'brukner-khan',
    ),
    say(
      'A review of 8 studies looked at about 3,500 runners. Shin splints was the most common running injury. About 14 to 20 in every 100 runners got it.',
      'lopes-2012',
    ),
  ],
  whereFelt: [
    say(
      'Pain is felt along the inner edge of the shin, in its middle and lower third.',
      'yates-white-2004',
      'brukner-khan',
    ),
    say('Pain at the front of the shin points to the muscle on the front of the shin.', 'brukner-khan'),
  ],
  muscles: [
    muscle(
      ['tibialis-posterior'],
      'Tibialis posterior',
      'deep in the calf; it holds up the arch and points the foot',
      'L4–L5',
      'grays-anatomy',
    ),
    SOLEUS,
    muscle(
      [],
      'Long toe flexors (flexor digitorum longus and flexor hallucis longus)',
      'deep in the calf; they curl the toes and help you push off',
      'L5–S2',
      'grays-anatomy',
    ),
    muscle(
      ['tibialis-anterior'],
      'Tibialis anterior',
      'on the front of the shin; it lifts the foot up',
      'L4–L5',
      'grays-anatomy',
    ),
  ],
  imsApproach: [rootsStatement('L4–S2', 'in the low back'), MATCHING_LEVEL, ...NEEDLING],
  evidence: noImsTrial('shin splints'),
  treatmentCourse: TREATMENT_COURSE,
  warningSigns: ['pain-at-rest-or-night'],
  searchTerms: ['shin pain', 'sore shins', 'pain in the shins when running', 'lower leg pain when running'],
};

const plantarFasciitis: ConditionData = {
  id: 'plantar-fasciitis',
  name: 'Plantar fasciitis',
  otherNames: ['plantar fasciopathy', 'plantar heel pain', 'heel spur syndrome'],
  areaId: 'feet',
  regions: [...both('sole'), ...both('heel')],
  summary: 'Pain under the heel, often worst with the first steps in the morning.',
  whatItIs: [
    say(
      'The plantar fascia is a thick band of tissue under the foot. It runs from the heel to the toes.',
      'moore-anatomy',
    ),
    say('In plantar fasciitis, this band is sore where it joins the heel bone.', 'moore-anatomy'),
  ],
  whereFelt: [
    say('Pain is felt under the heel. It is often worst with the first steps after rest.', 'brukner-khan'),
  ],
  muscles: [
    muscle(
      ['gastrocnemius', 'soleus'],
      'Calf muscles (gastrocnemius and soleus)',
      'at the back of the lower leg; they lift the heel and push you off',
      'S1–S2',
      'grays-anatomy',
    ),
    muscle(
      ['abductor-hallucis', 'flexor-digitorum-brevis'],
      'Small foot muscles (abductor hallucis and flexor digitorum brevis)',
      'under the foot; they support the arch and move the toes',
      'S1–S2',
      'grays-anatomy',
    ),
  ],
  imsApproach: [rootsStatement('S1–S2', 'at the base of the spine'), MATCHING_LEVEL, ...NEEDLING],
  evidence: noImsTrial('plantar fasciitis'),
  treatmentCourse: TREATMENT_COURSE,
  warningSigns: ['pain-at-rest-or-night'],
  searchTerms: [
    'heel pain',
    'pain under the heel',
    'pain on first steps',
    'heel pain in the morning',
    'sore heel',
    'arch pain',
    'bottom of the foot pain',
  ],
};

const tennisElbow: ConditionData = {
  id: 'tennis-elbow',
  name: 'Tennis elbow',
  otherNames: ['lateral epicondylitis', 'lateral epicondylalgia'],
  areaId: 'arms-hands',
  regions: [...both('elbow-outer'), ...both('forearm')],
  summary: 'Pain on the outer side of the elbow that can spread down the forearm.',
  whatItIs: [
    say(
      'Tennis elbow is pain where the forearm muscles attach to the outer elbow. You do not need to play tennis to get it.',
      'moore-anatomy',
    ),
    say(
      "In a large study, tennis elbow was about 3 times as common as golfer's elbow. Tennis elbow was found in 1.3 in 100 people. Golfer's elbow was found in 0.4 in 100.",
      'shiri-2006',
    ),
  ],
  whereFelt: [
    say('It is felt on the outer elbow. It may spread down the back of the forearm.', 'moore-anatomy'),
  ],
  muscles: [
    muscle(
      ['extensor-carpi-radialis-brevis'],
      'Extensor carpi radialis brevis',
      'lifts the wrist back; its tendon starts at the outer elbow',
      'C6–C8',
      'grays-anatomy',
    ),
    muscle(
      ['extensor-carpi-radialis-longus'],
      'Extensor carpi radialis longus',
      'lifts the wrist back, toward the thumb',
      'C6–C7',
      'grays-anatomy',
    ),
    muscle(['extensor-digitorum'], 'Extensor digitorum', 'straightens the fingers', 'C7–C8', 'grays-anatomy'),
    muscle(['supinator'], 'Supinator', 'turns the palm to face up', 'C5–C6', 'grays-anatomy'),
  ],
  imsApproach: [
    say(
      'In 1976, Gunn and Milbrandt looked at 50 people whose elbow pain had not got better with elbow treatment. Most got relief when the neck was treated instead.',
      'gunn-milbrandt-1976',
    ),
    say(
      'That study did not use needles. It is one reason why IMS for the elbow also looks at the neck.',
      'gunn-milbrandt-1976',
      'istop',
    ),
    rootsStatement('C5–C8', 'in the neck'),
    ...NEEDLING,
  ],
  evidence: noImsTrial('tennis elbow'),
  treatmentCourse: TREATMENT_COURSE,
  warningSigns: ['hot-swollen-joint', 'after-fall-or-accident'],
  searchTerms: [
    'elbow pain',
    'outer elbow pain',
    'sore elbow',
    'pain when gripping',
    'outside of the elbow hurts',
  ],
};

const golfersElbow: ConditionData = {
  id: 'golfers-elbow',
  name: "Golfer's elbow",
  otherNames: ['medial epicondylitis', 'medial epicondylalgia'],
  areaId: 'arms-hands',
  regions: both('elbow-inner'),
  summary: 'Pain on the inner side of the elbow, where the muscles that bend the wrist attach.',
  whatItIs: [
    say(
      "Golfer's elbow is pain where the muscles that bend the wrist and fingers attach to the inner elbow. Most people who get it do not play golf.",
      'moore-anatomy',
    ),
    say('It is about 3 times less common than tennis elbow.', 'shiri-2006'),
  ],
  whereFelt: [say('It is felt on the inner side of the elbow, near the funny bone.', 'moore-anatomy')],
  muscles: [
    muscle(
      ['pronator-teres'],
      'Pronator teres',
      'in the upper forearm; it turns the palm to face down',
      'C6–C7',
      'grays-anatomy',
    ),
    muscle(['flexor-carpi-radialis'], 'Flexor carpi radialis', 'bends the wrist', 'C6–C7', 'grays-anatomy'),
    muscle(
      ['flexor-digitorum-superficialis'],
      'Flexor digitorum superficialis',
      'bends the fingers',
      'C7–T1',
      'grays-anatomy',
    ),
    muscle(
      ['flexor-carpi-ulnaris'],
      'Flexor carpi ulnaris',
      'bends the wrist toward the little finger',
      'C7–T1',
      'grays-anatomy',
    ),
  ],
  imsApproach: [
    rootsStatement('C6–T1', 'low in the neck and at the top of the back'),
    MATCHING_LEVEL,
    ...NEEDLING,
  ],
  evidence: noImsTrial("golfer's elbow"),
  treatmentCourse: TREATMENT_COURSE,
  warningSigns: ['hot-swollen-joint', 'after-fall-or-accident'],
  searchTerms: ['inner elbow pain', 'inside of the elbow pain', 'elbow pain', 'pain near the funny bone'],
};

const triggerFinger: ConditionData = {
  id: 'trigger-finger',
  name: 'Trigger finger',
  otherNames: ['stenosing tenosynovitis', 'trigger thumb', 'locking finger', 'snapping finger'],
  areaId: 'arms-hands',
  regions: both('hand'),
  summary: 'A finger or thumb that catches, clicks or locks when you bend it.',
  whatItIs: [
    say(
      'The tendons that bend a finger slide through a snug tunnel at its base. In trigger finger, the tendon catches there. The finger clicks or locks.',
      'moore-anatomy',
      'chhabra-seamon',
    ),
    say(
      'It most often affects the thumb, ring or middle finger. It is most common in women aged about 52 to 62.',
      'chhabra-seamon',
    ),
  ],
  whereFelt: [say('It is felt in the palm, at the base of the finger or thumb.', 'moore-anatomy')],
  muscles: [
    muscle(
      ['flexor-digitorum-superficialis'],
      'Finger flexors (flexor digitorum superficialis and profundus)',
      'in the forearm; they bend the fingers, and their tendons run through the palm',
      'C7–T1',
      'grays-anatomy',
    ),
    muscle(
      [],
      'Flexor pollicis longus',
      'in the forearm; it bends the tip of the thumb',
      'C7–T1',
      'grays-anatomy',
    ),
  ],
  imsApproach: [
    rootsStatement('C7–T1', 'low in the neck and at the top of the back'),
    MATCHING_LEVEL,
    ...NEEDLING,
  ],
  evidence: noImsTrial('trigger finger'),
  treatmentCourse: TREATMENT_COURSE,
  warningSigns: ['hot-swollen-joint'],
  searchTerms: [
    'clicking finger',
    'locking finger',
    'finger stuck',
    'finger catches',
    'snapping finger',
    'finger pain',
  ],
};

const itbSyndrome: ConditionData = {
  id: 'iliotibial-band-syndrome',
  name: 'Iliotibial band syndrome',
  otherNames: ['ITB syndrome', 'IT band syndrome', 'ITBS', 'IT band pain'],
  areaId: 'hips-legs',
  regions: [...both('thigh-outer'), ...both('knee')],
  summary: 'Pain on the outer side of the knee, where a long band of tissue crosses it.',
  whatItIs: [
    say(
      'The iliotibial band, or IT band, is a long strip of tough tissue on the outside of the thigh. It runs from the hip to just below the knee.',
      'moore-anatomy',
    ),
    say('In this condition, the outer knee hurts where the band crosses it.', 'brukner-khan'),
  ],
  whereFelt: [say('Pain is felt on the outer knee, just above the joint.', 'brukner-khan')],
  muscles: [
    muscle(
      ['tensor-fasciae-latae', 'iliotibial-band'],
      'Tensor fasciae latae',
      'at the front of the hip; it pulls on the IT band',
      'L4–S1',
      'grays-anatomy',
    ),
    GLUTEUS_MEDIUS,
    GLUTEUS_MAXIMUS,
    muscle(
      ['vastus-lateralis'],
      'Vastus lateralis',
      'the outer thigh muscle; it straightens the knee',
      'L2–L4',
      'grays-anatomy',
    ),
  ],
  imsApproach: [
    say('The hip muscles that pull on the band get their nerves from about L4–S1.', 'grays-anatomy'),
    KNEE_LEVELS,
    ...NEEDLING,
  ],
  evidence: noImsTrial('this condition'),
  treatmentCourse: TREATMENT_COURSE,
  warningSigns: ['hot-swollen-joint', 'after-fall-or-accident'],
  searchTerms: [
    'outer knee pain',
    'side of the knee pain',
    'outside of the knee pain',
    'tight IT band',
    'knee pain when running',
  ],
};

const piriformis: ConditionData = {
  id: 'piriformis-syndrome',
  name: 'Piriformis syndrome',
  otherNames: ['deep gluteal syndrome', 'deep buttock pain'],
  areaId: 'hips-legs',
  regions: [...both('hip'), ...both('thigh-back')],
  summary: 'Deep pain in the buttock, often worse when sitting, that can spread down the leg.',
  whatItIs: [
    say(
      'The piriformis is a small muscle deep in the buttock. The big sciatic nerve runs right next to it.',
      'moore-anatomy',
    ),
    say('Doctors do not yet agree on how to tell if someone has it.', 'hopayian-2010'),
  ],
  whereFelt: [
    say(
      'Pain is felt in the buttock and is often worse when sitting. It can spread down the back of the thigh.',
      'hopayian-2010',
    ),
  ],
  muscles: [
    muscle(
      ['piriformis'],
      'Piriformis',
      'deep in the buttock; it turns the thigh outward',
      'S1–S2',
      'grays-anatomy',
    ),
    GLUTEUS_MAXIMUS,
    muscle(
      [],
      'Obturator internus and gemelli',
      'small, deep hip muscles; they also turn the thigh outward',
      'L5–S2',
      'grays-anatomy',
    ),
  ],
  imsApproach: [rootsStatement('L4–S2', 'in the low back'), MATCHING_LEVEL, ...NEEDLING],
  evidence: noImsTrial('piriformis syndrome'),
  treatmentCourse: TREATMENT_COURSE,
  warningSigns: ['bladder-bowel-numbness', 'new-weakness-numbness'],
  searchTerms: [
    'buttock pain',
    'bum pain',
    'sore bum',
    'pain when sitting',
    'sciatica',
    'pain down the back of the leg',
    'hip pain',
  ],
};

const achilles: ConditionData = {
  id: 'achilles-tendinopathy',
  name: 'Achilles tendinopathy',
  otherNames: ['Achilles tendonitis', 'Achilles tendinitis', 'Achilles tendon pain'],
  areaId: 'feet',
  regions: [...both('heel'), ...both('calf')],
  summary: 'Pain in the Achilles tendon, the thick cord at the back of the heel.',
  whatItIs: [
    say(
      'The Achilles tendon is the thick cord that joins the calf muscles to the heel bone.',
      'moore-anatomy',
    ),
    say('Tendinopathy means a tendon is sore and does not work as well as it should.', 'brukner-khan'),
  ],
  whereFelt: [
    say(
      'Pain is felt at the back of the heel or low in the calf. It is often in the middle of the tendon, about 2–6 cm above the heel.',
      'brukner-khan',
    ),
  ],
  muscles: [
    muscle(
      ['gastrocnemius'],
      'Gastrocnemius',
      'the calf muscle you can see; it lifts the heel',
      'S1–S2',
      'grays-anatomy',
    ),
    SOLEUS,
    muscle([], 'Plantaris', 'a thin muscle behind the knee that joins the tendon', 'S1–S2', 'grays-anatomy'),
  ],
  imsApproach: [
    say(
      'iSTOP describes freeing up the two main calf muscles. These are the soleus and the gastrocnemius.',
      'istop',
    ),
    rootsStatement('S1–S2', 'at the base of the spine'),
    ...NEEDLING,
  ],
  evidence: noImsTrial('Achilles tendon pain'),
  treatmentCourse: TREATMENT_COURSE,
  warningSigns: ['pain-at-rest-or-night'],
  searchTerms: [
    'heel pain',
    'back of the heel pain',
    'achilles pain',
    'sore achilles',
    'calf pain',
    'heel cord',
    'ankle pain',
  ],
};

export const CONDITIONS: ConditionData[] = [
  chronicWhiplash,
  repetitiveStrain,
  carpalTunnel,
  triggerPoints,
  patellofemoral,
  spinalPain,
  headaches,
  jawPain,
  shinSplints,
  plantarFasciitis,
  tennisElbow,
  golfersElbow,
  triggerFinger,
  itbSyndrome,
  piriformis,
  achilles,
];

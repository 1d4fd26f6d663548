import { ROOT_LEVELS } from '../anatomyIdList.mjs';
import { say } from '../statement';
import { isFrench } from './lang';
import { MUSCLES } from './muscles';
import { levelIndex, levelWords } from './rootWords';
import type { MuscleId, NerveId, NerveInfo, RootLevel } from './types';

// Every nerve of the nerve layer, in the order of NERVE_IDS: the spinal roots at each level (both
// sides share one id) and the main nerves along their course. Standard anatomy (Gray's Anatomy);
// a root's muscles are the muscles whose usual root range includes that level.

/** The muscles whose root range includes a level. */
function musclesOfLevel(level: RootLevel): MuscleId[] {
  const at = levelIndex(level);
  return MUSCLES.filter((m) => m.roots && levelIndex(m.roots.from) <= at && at <= levelIndex(m.roots.to)).map(
    (m) => m.id,
  );
}

/** Where a root leaves the spine, in plain words (read at run time too: the segment view). */
export function exitWords(level: RootLevel): string {
  const region = level[0];
  const n = Number(level.slice(1));
  if (isFrench()) return exitWordsFr(level, region, n);
  if (level === 'C1') return 'It leaves the spine between the skull and the top neck bone (C1).';
  if (region === 'C' && n <= 7) return `It leaves the spine between the C${n - 1} and C${n} bones.`;
  if (level === 'C8') return 'It leaves the spine between the C7 and T1 bones.';
  if (level === 'T12') return 'It leaves the spine between the T12 and L1 bones.';
  if (region === 'T') return `It leaves the spine just below the T${n} bone, and runs along a rib.`;
  if (level === 'L5') return 'It leaves the spine between the L5 bone and the sacrum.';
  if (region === 'L') return `It leaves the spine just below the L${n} bone.`;
  return 'It leaves through a small hole in the sacrum.';
}

/** The same in French (racine, feminine: "Elle sort…"), as the nerves' French dictionary says it. */
function exitWordsFr(level: RootLevel, region: string | undefined, n: number): string {
  if (level === 'C1') return 'Elle sort de la colonne entre le crâne et la vertèbre du haut du cou (C1).';
  if (region === 'C' && n <= 7) return `Elle sort de la colonne entre les vertèbres C${n - 1} et C${n}.`;
  if (level === 'C8') return 'Elle sort de la colonne entre les vertèbres C7 et T1.';
  if (level === 'T12') return 'Elle sort de la colonne entre les vertèbres T12 et L1.';
  if (region === 'T') return `Elle sort de la colonne juste sous la vertèbre T${n}, puis suit une côte.`;
  if (level === 'L5') return 'Elle sort de la colonne entre la vertèbre L5 et le sacrum.';
  if (region === 'L') return `Elle sort de la colonne juste sous la vertèbre L${n}.`;
  return 'Elle sort par un petit trou du sacrum.';
}

/** What a root's nerves serve, by region. */
function servesWords(level: RootLevel): string {
  const region = level[0];
  if (region === 'C') return 'Its nerves serve the neck, the shoulder or the arm.';
  if (region === 'T') return 'Its nerves serve the chest, the belly wall and the back.';
  if (region === 'L') return 'Its nerves serve the low back, the hip and the leg.';
  return 'Its nerves serve the buttock, the back of the leg, the foot and the pelvis.';
}

const ROOTS: NerveInfo[] = ROOT_LEVELS.map((level) => ({
  id: `root-${level}` as NerveId,
  get name() {
    return isFrench() ? `Racine nerveuse ${level}` : `${level} nerve root`;
  },
  plainName: `Nerve root at ${levelWords(level)}`,
  group: level.startsWith('C') ? 'head-neck' : 'shoulder-back',
  roots: { from: level, to: level },
  about: say(`One on each side. ${exitWords(level)} ${servesWords(level)}`, 'grays-anatomy'),
  muscles: musclesOfLevel(level),
}));

const MAIN: NerveInfo[] = [
  {
    id: 'greater-occipital',
    name: 'Greater occipital nerve',
    plainName: 'Nerve to the back of the head',
    group: 'head-neck',
    roots: { from: 'C2', to: 'C2' },
    about: say(
      'It comes from the second neck nerve. It curves up through the semispinalis capitis to the skin of the back of the head.',
      'grays-anatomy',
    ),
    muscles: ['semispinalis-capitis'],
  },
  {
    id: 'accessory',
    name: 'Accessory nerve (cranial nerve XI)',
    plainName: 'Nerve to the trapezius and the neck strap',
    group: 'head-neck',
    roots: null,
    about: say(
      'A nerve from the brain. It leaves the skull, runs through the neck strap muscle and then across the side of the neck to the trapezius.',
      'grays-anatomy',
    ),
    muscles: ['sternocleidomastoid', 'upper-trapezius', 'middle-trapezius', 'lower-trapezius'],
  },
  {
    id: 'mandibular',
    name: 'Mandibular nerve (V3)',
    plainName: 'Jaw branch of the trigeminal nerve',
    group: 'head-neck',
    roots: null,
    about: say(
      'The jaw branch of the trigeminal nerve, a nerve from the brain. It leaves the skull just in front of the ear and supplies the chewing muscles.',
      'grays-anatomy',
    ),
    muscles: ['temporalis', 'masseter', 'lateral-pterygoid', 'medial-pterygoid'],
  },
  {
    id: 'median',
    name: 'Median nerve',
    plainName: 'Middle nerve of the arm',
    group: 'arm-hand',
    roots: { from: 'C6', to: 'T1' },
    about: say(
      'It runs down the inner arm and the middle of the forearm. At the wrist it passes under a tight band, the carpal tunnel, into the palm.',
      'grays-anatomy',
    ),
    muscles: ['pronator-teres', 'flexor-carpi-radialis', 'flexor-digitorum-superficialis', 'thenar-muscles'],
  },
  {
    id: 'ulnar',
    name: 'Ulnar nerve',
    plainName: 'Funny-bone nerve',
    group: 'arm-hand',
    roots: { from: 'C8', to: 'T1' },
    about: say(
      'It runs down the inner arm and behind the inner elbow: the funny bone. Then it runs down the little-finger side of the forearm to the hand.',
      'grays-anatomy',
    ),
    muscles: ['flexor-carpi-ulnaris'],
  },
  {
    id: 'radial',
    name: 'Radial nerve',
    plainName: 'Nerve of the back of the arm',
    group: 'arm-hand',
    roots: { from: 'C5', to: 'T1' },
    about: say(
      'It winds around the back of the upper arm bone to the outer elbow. There it splits into a skin branch and a deep branch to the forearm.',
      'grays-anatomy',
    ),
    muscles: ['triceps', 'extensor-carpi-radialis-longus', 'extensor-carpi-radialis-brevis'],
  },
  {
    id: 'posterior-interosseous',
    name: 'Posterior interosseous nerve',
    plainName: 'Deep branch of the radial nerve',
    group: 'arm-hand',
    roots: { from: 'C5', to: 'C8' },
    about: say(
      'The deep branch of the radial nerve. It passes through the supinator, just below the outer elbow, and runs down the back of the forearm.',
      'grays-anatomy',
    ),
    muscles: ['supinator', 'extensor-digitorum'],
  },
  {
    id: 'femoral',
    name: 'Femoral nerve',
    plainName: 'Nerve to the front of the thigh',
    group: 'hip-thigh',
    roots: { from: 'L2', to: 'L4' },
    about: say(
      'It comes down beside the psoas, passes under the groin fold and spreads into the front of the thigh.',
      'grays-anatomy',
    ),
    muscles: ['rectus-femoris', 'vastus-lateralis', 'vastus-medialis'],
  },
  {
    id: 'sciatic',
    name: 'Sciatic nerve',
    plainName: 'Big nerve of the back of the leg',
    group: 'hip-thigh',
    roots: { from: 'L4', to: 'S3' },
    about: say(
      'The thickest nerve in the body. It leaves the pelvis below the piriformis and runs down the back of the thigh. Above the knee it splits in two.',
      'grays-anatomy',
    ),
    muscles: ['hamstrings'],
  },
  {
    id: 'tibial',
    name: 'Tibial nerve',
    plainName: 'Nerve of the calf and sole',
    group: 'leg-foot',
    roots: { from: 'L4', to: 'S3' },
    about: say(
      'One of the two branches of the sciatic nerve. It runs through the back of the knee and the deep calf, behind the inner ankle, to the sole.',
      'grays-anatomy',
    ),
    muscles: [
      'gastrocnemius',
      'soleus',
      'tibialis-posterior',
      'abductor-hallucis',
      'flexor-digitorum-brevis',
    ],
  },
  {
    id: 'common-fibular',
    name: 'Common fibular nerve',
    plainName: 'Nerve around the outer knee',
    group: 'leg-foot',
    roots: { from: 'L4', to: 'S2' },
    about: say(
      'The other branch of the sciatic nerve. It winds around the top of the thin outer leg bone, just under the skin, to the front of the leg.',
      'grays-anatomy',
    ),
    muscles: ['tibialis-anterior'],
  },
];

export const NERVES: readonly NerveInfo[] = [...ROOTS, ...MAIN];

import type { FactId } from '../content/evidence';
import type { CycleSourceId } from './sources';
import { CYCLE_STAGE_IDS, type CycleStageId } from './stageIds';
import { STAGE_MOTION, type StageMotion } from './stageMotion';

// The explainer's steps as typed data: the words a person reads, where each fact comes from, and
// what the 3D close-up shows. Facts are ids in the project's evidence register
// (src/content/evidence.ts); steps that rest on this clinic's own words are marked `clinic: true`
// and shown as what this clinic tells patients.

export type CyclePart = 'cycle' | 'needle';

export type { CameraView, Phase } from './stageMotion';
export type { FactId };

/** A step: its words and sources here, its timing and close-up (StageMotion) from stageMotion.ts. */
export interface CycleStage extends StageMotion {
  id: CycleStageId;
  part: CyclePart;
  /** A few words for the loop diagram and the step buttons. */
  label: string;
  /** The heading of the step. */
  title: string;
  /** One short caption in plain words (grade 8 or below), read aloud when the step changes. */
  caption: string;
  /** A little more for those who want it. */
  detail: string[];
  /** Ids in the evidence register (src/content/evidence.ts). */
  facts: FactId[];
  sources: CycleSourceId[];
  /** True when the words are this clinic's own advice [P], not a general fact. */
  clinic?: boolean;
}

export const CYCLE_STAGES: readonly CycleStage[] = [
  {
    id: 'spine-wear',
    part: 'cycle',
    label: 'The spine wears',
    title: 'It often starts at the spine',
    caption:
      'With time, the spine wears. The discs get thinner and small spurs of bone grow. Often this does not hurt at first.',
    detail: [
      'Doctors call this wear spondylosis. In the Gunn model it is the most common reason a nerve root gets irritated.',
      'In this model, it can stay silent for a long time, because the small nerve fibres that carry pain are spared at first.',
    ],
    facts: ['spine-wear-irritates-root'],
    sources: ['gunn-prespondylosis', 'istop'],
    ...STAGE_MOTION['spine-wear'],
  },
  {
    id: 'nerve-root',
    part: 'cycle',
    label: 'A nerve root is irritated',
    title: 'A nerve root is irritated',
    caption:
      'A nerve root leaves the spine here. In the Gunn model, the worn spine irritates it. The nerve then works less well, often with no pain.',
    detail: [
      'Each nerve root carries messages to and from one part of the body: some muscles, some skin, some joints.',
    ],
    facts: ['spine-wear-irritates-root'],
    sources: ['gunn-prespondylosis', 'istop'],
    ...STAGE_MOTION['nerve-root'],
  },
  {
    id: 'supersensitive',
    part: 'cycle',
    label: 'More sensitive',
    title: 'What the nerve supplies becomes more sensitive',
    caption:
      'Cannon showed that when a nerve is cut, the parts it supplies get more sensitive. Gunn proposed that a nerve that only works poorly does the same.',
    detail: [
      'The first part is a known fact. Walter Cannon showed it in the 1930s and 1940s.',
      'The second part is an idea. IMS is built on it, but it has not been proven.',
    ],
    facts: ['cannon-denervation-law', 'gunn-poor-nerve-function'],
    sources: ['cannon-1939', 'cannon-rosenblueth-1949', 'istop'],
    ...STAGE_MOTION.supersensitive,
  },
  {
    id: 'muscle-tightens',
    part: 'cycle',
    label: 'The muscle tightens',
    title: 'The muscle tightens',
    caption:
      'In the Gunn model, the muscles this nerve supplies tighten. Their fibres get shorter and thicker and form tight, tender bands.',
    detail: [
      'This happens in the arm or leg and also in the small muscles beside the spine. A physiotherapist can feel these bands with their fingers.',
    ],
    facts: ['shortened-muscle', 'signs-of-neuropathy'],
    sources: ['istop', 'gunn-radiculopathy-model'],
    ...STAGE_MOTION['muscle-tightens'],
  },
  {
    id: 'pull-and-pressure',
    part: 'cycle',
    label: 'Pull and pressure',
    title: 'Pull on the tendon, pressure on the joint',
    caption:
      'The short muscle pulls on its tendon and presses on the joint it moves. Near the spine, tight muscles are thought to press on the nerve root too.',
    detail: [
      'Over time this extra load is said to add to wear and tear, such as a sore tendon or arthritis in the joint.',
    ],
    facts: ['shortened-muscle'],
    sources: ['istop', 'gunn-radiculopathy-model', 'clinic-ims-page'],
    ...STAGE_MOTION['pull-and-pressure'],
  },
  {
    id: 'less-blood-flow',
    part: 'cycle',
    label: 'Less blood flow',
    title: 'Less blood reaches the muscle',
    caption:
      'A tight muscle squeezes its own blood vessels. Less blood gets in, so the muscle gets more sensitive and sore.',
    detail: ['This is how this clinic explains why a tight muscle keeps on aching.'],
    facts: ['pain-loop'],
    sources: ['clinic-ims-page'],
    clinic: true,
    ...STAGE_MOTION['less-blood-flow'],
  },
  {
    id: 'pain-signals',
    part: 'cycle',
    label: 'Harmless signals hurt',
    title: 'Harmless signals are felt as pain',
    caption: 'The nerve is now so sensitive that normal, harmless signals from the muscle are felt as pain.',
    detail: [
      'This clinic describes this as the heart of nerve pain: the nerve, not an injury, sets off the alarm.',
    ],
    facts: ['pain-loop'],
    sources: ['clinic-ims-page'],
    clinic: true,
    ...STAGE_MOTION['pain-signals'],
  },
  {
    id: 'guarding',
    part: 'cycle',
    label: 'Guarding',
    title: 'The body guards, and the loop closes',
    caption:
      'To protect itself, the body tightens the muscle even more. In this model, that adds to the pressure on the nerve root, and the cycle starts again.',
    detail: [
      'Each step feeds the next. This is why pain can keep going long after the first strain has healed.',
    ],
    facts: ['pain-loop', 'shortened-muscle'],
    sources: ['clinic-ims-page', 'istop'],
    clinic: true,
    ...STAGE_MOTION.guarding,
  },
  {
    id: 'needle-normal',
    part: 'needle',
    label: 'A normal muscle',
    title: 'The needle in a normal muscle',
    caption:
      'IMS uses a very fine needle, like the ones used in acupuncture. In a normal, relaxed muscle it goes in with no pain. Nothing happens.',
    detail: ['The needle is solid: nothing is injected.'],
    facts: ['needle-sites-and-grasp'],
    sources: ['istop', 'clinic-ims-page'],
    ...STAGE_MOTION['needle-normal'],
  },
  {
    id: 'needle-grasp',
    part: 'needle',
    label: 'A short muscle grasps it',
    title: 'A short muscle grasps the needle',
    caption:
      'In a short, sensitive muscle, the muscle grips the needle. You may feel this as a cramp-like ache.',
    detail: [
      'The needle goes into the middle of the tight, tender bands. It also goes near the spine, where the nerve root may be irritated.',
    ],
    facts: ['needle-sites-and-grasp'],
    sources: ['istop', 'clinic-ims-page'],
    ...STAGE_MOTION['needle-grasp'],
  },
  {
    id: 'stretch-reflex',
    part: 'needle',
    label: '1. The muscle lets go',
    title: 'First proposed effect: the muscle lets go',
    caption:
      'The first proposed effect: the needle sets off a stretch sensor in the muscle. The muscle relaxes and gets longer.',
    detail: ['If the muscle lets go, the pull on the tendon and the pressure on the joint ease.'],
    facts: ['proposed-needle-effects'],
    sources: ['istop', 'clinic-ims-page'],
    ...STAGE_MOTION['stretch-reflex'],
  },
  {
    id: 'healing-blood',
    part: 'needle',
    label: '2. Blood and healing',
    title: 'Second proposed effect: blood and healing',
    caption:
      "The second proposed effect: the needle makes a tiny injury. This draws blood to the spot and starts the body's own healing.",
    detail: ['Some soreness for a day or two, and small bruises, are the common side effects.'],
    facts: ['proposed-needle-effects', 'needling-side-effects'],
    sources: ['istop', 'clinic-ims-page', 'brady-2014', 'apc-pain'],
    ...STAGE_MOTION['healing-blood'],
  },
  {
    id: 'nerve-current',
    part: 'needle',
    label: '3. The nerve settles',
    title: 'Third proposed effect: the nerve settles',
    caption:
      'The third proposed effect: the tiny injury makes a small electric charge. This is thought to help the nerve work normally.',
    detail: ['Dr Gunn called this charge the "current of injury".'],
    facts: ['proposed-needle-effects'],
    sources: ['istop', 'clinic-ims-page'],
    ...STAGE_MOTION['nerve-current'],
  },
  {
    id: 'what-to-expect',
    part: 'needle',
    label: 'What to expect',
    title: 'What to expect',
    caption:
      'The hope is that the loop slows and eases. Results vary: some people get relief and some do not. This clinic looks for a change within 2 to 3 sessions.',
    detail: [
      'This clinic finds that a recent problem may need just one session, and a long-standing one 8 to 10.',
      'Sessions are once or twice a week, and each one takes 30 to 45 minutes. The gaps give your body time to heal.',
      'If needles worry you, tell your practitioner. They will start more gently and see how you feel.',
    ],
    facts: ['course-of-treatment', 'who-it-is-for'],
    sources: ['clinic-ims-page'],
    clinic: true,
    ...STAGE_MOTION['what-to-expect'],
  },
];

/**
 * Said once: the explainer's opening line, and the note for the whole needle part (Gunn's
 * mechanisms are proposed, not proven). An object, not two constants, so the French swap can reach
 * them (src/i18n/content/roots.ts).
 */
export const CYCLE_NOTES = {
  intro:
    'Pain can keep going for months, even when the first problem is long gone. Here is how the Gunn model of IMS explains it, step by step, and what the needle is thought to do.',
  needleHonesty:
    'These three effects are how Dr Gunn explained IMS. They are proposed ideas: studies have not yet shown that this is how it works.',
};

const BY_ID = new Map(CYCLE_STAGES.map((stage) => [stage.id, stage]));

export function getStage(id: CycleStageId): CycleStage {
  const stage = BY_ID.get(id);
  if (!stage) throw new Error(`No pain-cycle step "${id}".`);
  return stage;
}

export function stageIndex(id: CycleStageId): number {
  return CYCLE_STAGE_IDS.indexOf(id);
}

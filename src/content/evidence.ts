import type { SourceId } from './sources';

// The evidence register: each fact the pain-cycle explainer (src/cycle/stages.ts) rests on, what kind
// of fact it is, and its sources. A stage names facts by these ids; tests/unit/cycle.test.ts checks
// that every id it names is here and that its sources are this fact's sources.

/**
 * - `established`: shown by experiment and accepted (say it as a fact).
 * - `model`: part of the Gunn model IMS is built on (say "in the Gunn model").
 * - `hypothesis`: proposed but not shown (say "proposed" or "thought to").
 * - `clinic`: this clinic's own words to its patients (say "this clinic").
 */
export type FactKind = 'established' | 'model' | 'hypothesis' | 'clinic';

export interface Fact {
  /** The fact in a sentence, for whoever checks the words against it. */
  fact: string;
  kind: FactKind;
  sources: readonly [SourceId, ...SourceId[]];
}

export const EVIDENCE = {
  'gunn-model': {
    fact: 'IMS treats much long-lasting muscle pain as nerve pain and places the fault at the nerve root. Dr C. Chan Gunn developed it in the 1970s.',
    kind: 'model',
    sources: ['goodman-choma-ims', 'istop'],
  },
  'spine-wear-irritates-root': {
    fact: 'In the Gunn model the most common cause of nerve-root irritation is spondylosis (wear of the spine), which can be painless at first because the small pain fibres are spared early.',
    kind: 'model',
    sources: ['gunn-prespondylosis', 'istop'],
  },
  'cannon-denervation-law': {
    fact: "Cannon's law of denervation: when a nerve is cut, the structures it supplies become more sensitive (supersensitive) to chemicals and other stimuli.",
    kind: 'established',
    sources: ['cannon-1939', 'cannon-rosenblueth-1949'],
  },
  'gunn-poor-nerve-function': {
    fact: "Gunn's extension of Cannon's law: a nerve that only works poorly, not only a cut one, makes what it supplies more sensitive.",
    kind: 'hypothesis',
    sources: ['istop', 'goodman-choma-ims'],
  },
  'shortened-muscle': {
    fact: 'Shortened muscle syndrome: muscle shortened by spasm and contracture pulls on tendons and loads the joints they move; it is said to add to wear such as tendinitis and osteoarthritis. Short muscles beside the spine are thought to press on the disc and nerve root.',
    kind: 'model',
    sources: ['istop', 'gunn-radiculopathy-model', 'clinic-ims-page'],
  },
  'signs-of-neuropathy': {
    fact: 'Signs used in the exam: tender motor points, tender spinal muscles, cool skin, sweating, goosebumps, orange-peel skin, local hair loss, shortened muscles.',
    kind: 'model',
    sources: ['istop'],
  },
  'needle-sites-and-grasp': {
    fact: 'Needle sites are the centre of taut, tender bands and sites near the spine. Normal muscle is painless to needle; a shortened, supersensitive muscle grasps the needle, felt as a cramp.',
    kind: 'model',
    sources: ['istop', 'clinic-ims-page'],
  },
  'matching-spinal-level': {
    fact: 'Treatment of an arm or leg includes the back at the matching level; for the knee, iSTOP names L2 to L5.',
    kind: 'model',
    sources: ['istop-knee', 'istop'],
  },
  'proposed-needle-effects': {
    fact: "The needle's three proposed effects: a stretch receptor fires and the muscle relaxes; a small injury draws blood and starts healing; an electrical potential (current of injury) helps the nerve work normally. Proposed by Gunn, not demonstrated.",
    kind: 'hypothesis',
    sources: ['istop', 'gunn-radiculopathy-model', 'clinic-ims-page'],
  },
  'course-of-treatment': {
    fact: 'This clinic: change should show within 2 to 3 sessions; a recent problem may need one, a long-standing one 8 to 10; once or twice a week; 30 to 45 minutes. Other clinics report 4 to 12 sessions, about weekly.',
    kind: 'clinic',
    sources: ['clinic-ims-page', 'focus-physio', 'apc-pain', 'elite-physiocare'],
  },
  'who-it-is-for': {
    fact: 'This clinic offers IMS for pain of more than 6 weeks with little injury or inflammation, for athletes with tight muscles, and for pain that usual care did not help; it starts more gently for people who worry about needles.',
    kind: 'clinic',
    sources: ['clinic-ims-page'],
  },
  'pain-loop': {
    fact: 'This clinic: tight muscle squeezes its own blood supply; harmless signals are felt as pain; the body guards by tightening more, and the loop closes.',
    kind: 'clinic',
    sources: ['clinic-ims-page'],
  },
  'needling-side-effects': {
    fact: 'Mild side effects follow about 1 in 5 dry-needling treatments (bruising, bleeding, pain); soreness for a day or two is usual; serious events are rare (0.04% or less).',
    kind: 'established',
    sources: ['brady-2014', 'apc-pain'],
  },
} as const satisfies Record<string, Fact>;

export type FactId = keyof typeof EVIDENCE;

export function isFactId(id: string): id is FactId {
  return Object.hasOwn(EVIDENCE, id);
}

import type { Statement } from '../schema';
import { say } from '../statement';

// Why each condition's levels are shown, honestly. Only two links from Gunn's side tie a condition
// to a level: tennis elbow → the neck (Gunn & Milbrandt 1976) and the knee → L2–L5 (iSTOP). Neck
// headache → C1–C3 is Bogduk's. Everywhere else the levels are those of the nerves that supply the
// muscles, from anatomy books, which differ by about one level: so "about". The jaw's nerve is a
// cranial nerve, with no spinal level.

/** The Gunn model's idea, said as proposed, once per view. */
export const GUNN_IDEA = say(
  'The Gunn model proposes that a nerve root that is irritated where it leaves the spine keeps the muscles it supplies tight. So IMS needles the tight muscles, and also the small muscles beside the spine at the same levels. This idea has not been proven.',
  'istop',
  'gunn-radiculopathy-model',
);

/** Textbook levels: the nerves to these muscles leave the spine at about … */
const about = (range: string) =>
  say(
    `The nerves that supply these muscles leave the spine at about ${range}. Books differ by about one level.`,
    'grays-anatomy',
  );

const KNEE = say(
  'For the knee, iSTOP also treats the low back, at L2 to L5. iSTOP is the group that teaches Gunn IMS.',
  'istop-knee',
);

export const CONDITION_LEVEL_WORDS: Readonly<Record<string, Statement[]>> = {
  'chronic-whiplash-pain': [about('C1–C8, the whole neck')],
  'repetitive-strain': [about('C3–T1, from the neck to the top of the back')],
  'carpal-tunnel-syndrome': [
    say(
      'The median nerve is the one squeezed at the wrist. Its fibres come from about C6–T1. Books differ by about one level.',
      'grays-anatomy',
    ),
  ],
  'myofascial-trigger-points': [
    say(
      "A trigger point can be in any muscle. Here the view shows common ones: the neck and shoulder, whose nerves leave the spine at about C3–C6, and the low back and hip, at about T12–S1. IMS needles beside the spine at each muscle's own level.",
      'grays-anatomy',
      'istop',
    ),
  ],
  'patellofemoral-pain': [KNEE, about('L2–S2')],
  'spinal-pain': [
    say(
      'For back and neck pain, IMS needles the small muscles beside the spine at the level of the pain. The back muscles get nerves from every level, so the whole spine is lit here. Your own levels depend on where it hurts.',
      'istop',
      'clinic-ims-page',
    ),
  ],
  headaches: [
    say(
      'Headache that starts in the neck comes from parts supplied by the top three levels, C1–C3. Signals from the upper neck and the face meet in the same part of the spinal cord, so a neck problem can be felt in the head.',
      'bogduk-2001',
    ),
    about('C1–C4'),
  ],
  'jaw-pain': [
    say(
      'The chewing muscles get their nerve from the jaw branch (V3) of the trigeminal nerve. It is a cranial nerve: it comes from the brain, not the spine, so there is no spinal level to show. The view shows this nerve instead.',
      'grays-anatomy',
    ),
  ],
  'shin-splints': [about('L4–S2')],
  'plantar-fasciitis': [about('S1–S2')],
  'tennis-elbow': [
    say(
      'In 1976, Dr Gunn and Dr Milbrandt studied 50 people whose elbow pain had not eased with treatment at the elbow. Most got better when the neck was treated. That treatment was not needling.',
      'gunn-milbrandt-1976',
    ),
    about('C5–C8, low in the neck'),
  ],
  'golfers-elbow': [about('C6–T1')],
  'trigger-finger': [about('C7–T1')],
  'iliotibial-band-syndrome': [KNEE, about('L2–S2')],
  'piriformis-syndrome': [about('L4–S2')],
  'achilles-tendinopathy': [about('S1–S2')],
};

/** The conditions a Gunn source links to their levels. */
export const GUNN_LINKED: ReadonlySet<string> = new Set([
  'tennis-elbow',
  'patellofemoral-pain',
  'iliotibial-band-syndrome',
]);

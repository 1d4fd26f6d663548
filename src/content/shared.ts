import type { MuscleId } from './anatomy/types';
import type { Condition, Muscle, Statement } from './schema';
import type { SourceId } from './sources';
import { say } from './statement';

// Statements and muscles used by more than one condition (and by general.ts), written once.

// --- How IMS is meant to work: the Gunn model (evidence.ts: needle-sites-and-grasp,
// matching-spinal-level, proposed-needle-effects) ---

export const NEEDLE_SITES = say(
  'Your IMS practitioner puts a fine needle into the short, tender muscles. They may also needle muscles next to the spine, at the level where these nerves come out.',
  'istop',
  'clinic-ims-page',
);

export const NEEDLE_GRASP = say(
  'A normal muscle does not hurt when it is needled. A short, sensitive muscle grips the needle, and this feels like a cramp.',
  'istop',
  'clinic-ims-page',
);

export const PROPOSED_EFFECTS = say(
  'Gunn proposed three things the needle does. A stretch sensor in the muscle fires, and the muscle relaxes. The small wound brings in blood and starts healing. A tiny electric charge is thought to help the nerve work normally.',
  'istop',
  'gunn-radiculopathy-model',
  'clinic-ims-page',
);

export const NOT_PROVEN = say(
  "These are Gunn's ideas about how the needle works. They have not been proven.",
  'istop',
  'gunn-radiculopathy-model',
);

export const MATCHING_LEVEL = say(
  'In the Gunn model, when an arm or leg is treated, the back is treated too, at the matching level of the spine.',
  'istop-knee',
  'istop',
);

export const KNEE_LEVELS = say(
  'For the knee, iSTOP also treats the low back, at L2 to L5. iSTOP is the institute that teaches Gunn IMS.',
  'istop-knee',
);

/** "The nerves to these muscles leave the spine at about …" for the textbook root levels. */
export function rootsStatement(levels: string, where: string): Statement {
  return say(`The nerves to these muscles leave the spine at about ${levels}, ${where}.`, 'grays-anatomy');
}

// --- The course of treatment (evidence.ts: course-of-treatment): this clinic's words, then others ---

export const COURSE_FIRST_SIGNS = say(
  'This clinic says that if IMS is going to work for you, you should notice a change within 2–3 sessions. Results vary from person to person.',
  'clinic-ims-page',
);

export const COURSE_HOW_MANY = say(
  'This clinic finds that a new problem may need only one session. Pain you have had for a long time may need 8–10.',
  'clinic-ims-page',
);

export const COURSE_SPACING = say(
  'This clinic gives sessions once or twice a week, so the body has time to heal in between. Each one takes 30–45 minutes.',
  'clinic-ims-page',
);

export const COURSE_OTHER_CLINICS = say(
  'Other clinics report 4–12 sessions, about once a week. They say the effect builds up over time.',
  'focus-physio',
  'apc-pain',
  'elite-physiocare',
);

export const TREATMENT_COURSE: Statement[] = [
  COURSE_FIRST_SIGNS,
  COURSE_HOW_MANY,
  COURSE_SPACING,
  COURSE_OTHER_CLINICS,
];

// --- What the research shows (evidence for needling; FACTS: IMS trials are few and small) ---

/** Reviews of dry needling in general: the nearest evidence for most conditions. */
export const DRY_NEEDLING_IN_GENERAL = say(
  'Reviews of dry needling for muscle and joint pain find some relief in the short term. But the quality of that evidence is very low to moderate. And there is little long-term data.',
  'gattie-2017',
  'chys-2023',
);

/** The evidence line of a condition for which no trial of IMS itself was found. */
export function noImsTrial(condition: string): Condition['evidence'] {
  return {
    tested: 'dry-needling-in-general',
    strength: 'very-low-to-moderate',
    statements: [
      say(
        `We found no trial of IMS itself for ${condition}. So here is what reviews say about dry needling in general.`,
        'gattie-2017',
        'chys-2023',
      ),
      DRY_NEEDLING_IN_GENERAL,
    ],
  };
}

// --- Muscles that turn up in several conditions (standard anatomy: Gray's Anatomy) ---

/** A condition's muscle: `ids` are the parts of the muscle layer it lights (none when the model lacks it). */
function muscle(
  ids: MuscleId[],
  name: string,
  plain: string,
  nerveRoots: string,
  ...sources: [SourceId, ...SourceId[]]
): Muscle {
  return { ids, name, plain, nerveRoots, sources };
}

export { muscle };

/** The supply of the trapezius: a nerve from the brain, with help from the neck. */
export const ACCESSORY_NERVE = 'the accessory nerve (a nerve from the brain, cranial nerve XI), with C3–C4';

/** The supply of the chewing muscles: a nerve from the brain, with no spinal level. */
export const TRIGEMINAL_V3 =
  'the trigeminal nerve (its jaw branch, V3), a nerve from the brain, not the spine';

export const UPPER_TRAPEZIUS = muscle(
  ['upper-trapezius'],
  'Upper trapezius',
  'lifts the shoulders and helps hold up the head',
  ACCESSORY_NERVE,
  'grays-anatomy',
);

export const LEVATOR_SCAPULAE = muscle(
  ['levator-scapulae'],
  'Levator scapulae',
  'lifts the shoulder blade up toward the neck',
  'C3–C5',
  'grays-anatomy',
);

export const STERNOCLEIDOMASTOID = muscle(
  ['sternocleidomastoid'],
  'Sternocleidomastoid',
  'the strap down each side of the neck; it turns and tilts the head',
  'the accessory nerve (a nerve from the brain, cranial nerve XI), with C2–C3',
  'grays-anatomy',
);

export const GLUTEUS_MEDIUS = muscle(
  ['gluteus-medius'],
  'Gluteus medius',
  'on the side of the hip; it keeps the pelvis level when you stand on one leg',
  'L4–S1',
  'grays-anatomy',
);

export const GLUTEUS_MAXIMUS = muscle(
  ['gluteus-maximus'],
  'Gluteus maximus',
  'the big buttock muscle; it straightens the hip',
  'L5–S2',
  'grays-anatomy',
);

export const SOLEUS = muscle(
  ['soleus'],
  'Soleus',
  'the deep calf muscle; it pushes you off the ground when you walk',
  'S1–S2',
  'grays-anatomy',
);

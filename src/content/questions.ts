import { GENERAL } from './general';
import { SAFETY } from './safety';
import type { Question } from './schema';
import {
  COURSE_FIRST_SIGNS,
  COURSE_HOW_MANY,
  COURSE_OTHER_CLINICS,
  COURSE_SPACING,
  DRY_NEEDLING_IN_GENERAL,
  NEEDLE_GRASP,
} from './shared';
import { say } from './statement';

// The questions new patients ask, each a short page of its own (?page=<id>, ids in pageIds.ts).
// Answers reuse the statements already written for the start page where they fit, and link to
// the comparison and the safety pages instead of repeating them.

const [WHAT_IMS_IS, FINE_NEEDLES] = GENERAL.whatIsIms;
const [OVER_SIX_WEEKS, ATHLETES] = GENERAL.whoIsItFor;
const [THE_EXAM, THE_NEEDLE_SITES] = GENERAL.whatItFeelsLike;
const [FEW_SMALL_TRIALS, , THE_2014_TRIAL] = GENERAL.evidence;
const [MOSTLY_MILD] = SAFETY.sideEffects.intro;
const [CHECKED_FIRST] = SAFETY.sideEffects.checks.statements;

/** Tuple reads above are checked here once, so a reordered list fails loudly, not silently. */
function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`questions.ts: missing ${what}`);
  return value;
}

const SORE_AFTER = say(
  'Afterwards, the treated muscles often feel sore for a day or two.',
  'apc-pain',
  'focus-physio',
);

export const QUESTIONS: Question[] = [
  {
    id: 'what-is-ims',
    question: 'What is IMS?',
    answer: [
      defined(WHAT_IMS_IS, 'what IMS is'),
      defined(FINE_NEEDLES, 'the fine needles'),
      say(
        'In the Gunn model, a nerve root that works poorly makes the muscles it supplies tight and tender. IMS aims to release those muscles.',
        'istop',
        'goodman-choma-ims',
      ),
    ],
    links: [{ page: 'is-it-acupuncture', label: 'Is IMS acupuncture?' }],
    searchTerms: ['what is IMS', 'intramuscular stimulation', 'Gunn IMS', 'about IMS'],
  },
  {
    id: 'is-it-acupuncture',
    question: 'Is IMS acupuncture?',
    answer: [
      say(
        'No. IMS uses the same kind of fine needle. But the idea behind it is not the same.',
        'clinic-ims-page',
        'istop',
      ),
      say(
        'Acupuncture puts needles at set points on meridians. These are the energy lines of Chinese medicine. IMS puts them in tight muscle found in the exam, and beside the spine.',
        'clinic-ims-page',
        'istop',
      ),
    ],
    links: [{ page: 'ims-vs-acupuncture', label: 'See IMS and acupuncture side by side' }],
    searchTerms: ['is IMS acupuncture', 'same as acupuncture', 'acupuncture or IMS'],
  },
  {
    id: 'who-is-it-for',
    question: 'Who is IMS for?',
    answer: [
      defined(OVER_SIX_WEEKS, 'the 6 weeks'),
      defined(ATHLETES, 'the athletes'),
      defined(CHECKED_FIRST, 'the check before needling'),
    ],
    links: [{ page: 'see-a-doctor-first', label: SAFETY.warningSigns.title }],
    searchTerms: ['who is IMS for', 'is IMS right for me', 'athletes', 'long lasting'],
  },
  {
    id: 'dont-like-needles',
    question: "What if I don't like needles?",
    answer: [
      say(
        'Tell your practitioner. This clinic says it will start more gently and see how you react.',
        'clinic-ims-page',
      ),
      say(
        'This clinic says it is happy to work at a pace you are comfortable with. It does not want to scare anyone off by doing too much at first.',
        'clinic-ims-page',
      ),
      say('The needles are very fine, and nothing is injected.', 'istop', 'clinic-ims-page'),
      NEEDLE_GRASP,
    ],
    links: [],
    searchTerms: [
      'scared of needles',
      'afraid of needles',
      'needle phobia',
      'nervous about needles',
      'needles',
    ],
  },
  {
    id: 'what-happens-in-a-session',
    question: 'What happens in a session?',
    answer: [
      defined(THE_EXAM, 'the exam'),
      defined(THE_NEEDLE_SITES, 'the needle sites'),
      NEEDLE_GRASP,
      SORE_AFTER,
      say('This clinic says each session lasts 30 to 45 minutes.', 'clinic-ims-page'),
    ],
    links: [],
    searchTerms: ['session', 'what to expect', 'first visit', 'appointment', 'how long is a session'],
  },
  {
    id: 'how-many-sessions',
    question: 'How many sessions will I need?',
    answer: [
      COURSE_FIRST_SIGNS,
      COURSE_HOW_MANY,
      say(
        'This clinic says the number depends on how fast you heal and how long you have had the problem. It also depends on how much scar tissue there is, and your age.',
        'clinic-ims-page',
      ),
      COURSE_SPACING,
      COURSE_OTHER_CLINICS,
    ],
    links: [],
    searchTerms: ['how many sessions', 'how many treatments', 'how often', 'number of treatments'],
  },
  {
    id: 'risks-and-when-to-see-a-doctor',
    question: 'What are the risks, and when should I see a doctor first?',
    answer: [
      defined(MOSTLY_MILD, 'the side-effect intro'),
      say(
        'Some pain is a sign of a problem that needs a doctor, not needling. Check the warning signs before you try IMS.',
        'finucane-2020',
        'do-2019',
      ),
    ],
    links: [
      { page: 'side-effects', label: SAFETY.sideEffects.title },
      { page: 'see-a-doctor-first', label: SAFETY.warningSigns.title },
    ],
    searchTerms: ['risks', 'is IMS safe', 'safety', 'danger', 'warning signs', 'see a doctor'],
  },
  {
    id: 'what-the-evidence-shows',
    question: 'What does the evidence show?',
    answer: [
      defined(FEW_SMALL_TRIALS, 'the few small trials'),
      defined(THE_2014_TRIAL, 'the 2014 trial'),
      DRY_NEEDLING_IN_GENERAL,
      say(
        'For most conditions on this map, no trial has tested IMS itself. Each condition page says what evidence there is.',
        'gattie-2017',
        'chys-2023',
      ),
    ],
    links: [{ page: 'ims-vs-acupuncture', label: 'How the evidence for acupuncture compares' }],
    searchTerms: ['evidence', 'research', 'studies', 'does IMS work', 'trials', 'science'],
  },
];

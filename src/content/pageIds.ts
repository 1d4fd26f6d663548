// The panel's own pages, each with its own link (`?page=<id>`). Kept apart from the words
// (safety.ts, comparison.ts, questions.ts) so the link parser can check an id without loading any
// content.

/** The two safety pages. */
export const SAFETY_PAGE_IDS = ['side-effects', 'see-a-doctor-first'] as const;

/** IMS beside traditional acupuncture, as a table. */
export const COMPARISON_PAGE_ID = 'ims-vs-acupuncture';

/** The questions new patients ask, one short page each, in the order a patient would ask them. */
export const QUESTION_IDS = [
  'what-is-ims',
  'is-it-acupuncture',
  'who-is-it-for',
  'dont-like-needles',
  'what-happens-in-a-session',
  'how-many-sessions',
  'risks-and-when-to-see-a-doctor',
  'what-the-evidence-shows',
] as const;

export const PAGE_IDS = [...SAFETY_PAGE_IDS, COMPARISON_PAGE_ID, ...QUESTION_IDS] as const;

export type PageId = (typeof PAGE_IDS)[number];
export type QuestionId = (typeof QUESTION_IDS)[number];

export function isPageId(value: unknown): value is PageId {
  return typeof value === 'string' && (PAGE_IDS as readonly string[]).includes(value);
}

export function isQuestionId(value: unknown): value is QuestionId {
  return typeof value === 'string' && (QUESTION_IDS as readonly string[]).includes(value);
}

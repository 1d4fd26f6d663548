import { content, getQuestion } from '../../content';
import { NEEDLE_GRASP } from '../../content/shared';
import { CYCLE_NOTES } from '../../cycle/stages';
import type { TourStepId } from '../types';
import { TOUR_TITLES } from './titles';

// The words of the guided consultation: what the caption bar says at each step (read by the
// patient too) and the practitioner's talking points (shown only in the presenter's window).
// Facts reuse the content's statements, with their sources; the lines written here only say what
// is on screen or what happens next.

/** One sentence or two in the caption bar; `sources` are ids in content/sources.ts (none: no fact). */
export interface TourLine {
  text: string;
  sources: readonly string[];
}

export interface TourStepWords {
  /** The caption's heading (also the step list's entry and what is announced): titles.ts. */
  title: string;
  /** 1 to 3 plain lines under the heading. */
  lines: readonly TourLine[];
  /** Short talking points for the practitioner. */
  notes: readonly string[];
  /** The screen shows its own caption (the pain cycle's): the bar shows only the heading. */
  ownCaption?: boolean;
}

const plain = (text: string): TourLine => ({ text, sources: [] });

/** Picks one statement of the content, failing loudly (at start and in the tests) if it moved. */
function pick<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`tour/steps.ts: missing ${what}`);
  return value;
}

const general = content.general;
const WHAT_IMS_IS = pick(general.whatIsIms[0], 'what IMS is');
const FINE_NEEDLES = pick(general.whatIsIms[1], 'the fine needles');
const NOT_ACUPUNCTURE = pick(general.whatIsIms[6], 'IMS is not acupuncture');
const ROOT_NAMES = pick(general.spinalLevels[0], 'the names of the nerve roots');
const THE_EXAM = pick(general.whatItFeelsLike[0], 'the exam');
const SORE_AFTER = pick(
  getQuestion('what-happens-in-a-session')?.answer.find((s) => /sore for a day or two/.test(s.text)),
  'soreness afterwards',
);
const MERIDIANS = pick(
  getQuestion('is-it-acupuncture')?.answer.find((s) => /meridians/.test(s.text)),
  'acupuncture points on meridians',
);

export const TOUR_WORDS: Record<TourStepId, TourStepWords> = {
  'what-is-ims': {
    title: TOUR_TITLES['what-is-ims'],
    lines: [WHAT_IMS_IS, FINE_NEEDLES],
    notes: [
      'Ask what they already know about needling.',
      'Keep it short: the model comes later in the tour.',
    ],
  },
  'where-it-hurts': {
    title: TOUR_TITLES['where-it-hurts'],
    lines: [
      plain('Show me where you feel the pain. We mark each spot on the body.'),
      plain('For each spot we note the kind of pain and how strong it is, from 0 to 10.'),
      plain('The chart stays on this device. It is cleared when we finish.'),
    ],
    notes: [
      'Choose the kind and the strength, then tap the body.',
      'Ask about pins and needles or numbness: they may point to a nerve root.',
    ],
  },
  conditions: {
    title: TOUR_TITLES.conditions,
    lines: [plain('Here are some things to discuss with your physiotherapist. This is not a diagnosis.')],
    notes: [
      'The list comes from the areas marked on the chart.',
      'Pick the one that fits what you found in the exam.',
    ],
  },
  'pain-cycle': {
    title: TOUR_TITLES['pain-cycle'],
    lines: [{ text: CYCLE_NOTES.intro, sources: ['istop', 'gunn-radiculopathy-model'] }],
    ownCaption: true,
    notes: [
      'Next walks through the steps of the cycle, then goes on to the spine.',
      'Stop at the steps that match their story.',
    ],
  },
  'spinal-levels': {
    title: TOUR_TITLES['spinal-levels'],
    lines: [ROOT_NAMES, plain('The lit parts are the nerve roots and muscles linked to the areas on show.')],
    notes: [
      'With the chart laid over the bands, see if the marks follow one level.',
      'Bands are averages and differ from person to person.',
    ],
  },
  acupuncture: {
    title: TOUR_TITLES.acupuncture,
    lines: [NOT_ACUPUNCTURE, MERIDIANS],
    notes: ['Orange diamonds are IMS sites. Teal beads are acupuncture points.'],
  },
  'what-to-expect': {
    title: TOUR_TITLES['what-to-expect'],
    lines: [THE_EXAM, NEEDLE_GRASP, SORE_AFTER],
    notes: ['Say how many sessions you plan and when you will check progress.'],
  },
  'take-home': {
    title: TOUR_TITLES['take-home'],
    lines: [
      plain('Scan the code with your phone to keep what we looked at today.'),
      plain('The link holds no name. You can also take a printed sheet.'),
    ],
    notes: [
      'Offer the printed sheet if they have no phone with them.',
      'End the consultation to clear the chart.',
    ],
  },
};

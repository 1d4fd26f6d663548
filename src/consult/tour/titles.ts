import { TOUR_STEPS, type TourStepId } from '../types';
import { t } from '../words';

// The tour steps' headings, apart from their words (steps.ts), so the first-paint code that moves
// between steps and says them aloud does not carry the caption bar's content.

export const TOUR_TITLES: Record<TourStepId, string> = {
  'what-is-ims': 'What is IMS?',
  'where-it-hurts': 'Where does it hurt?',
  conditions: 'What we will talk about',
  'pain-cycle': 'Why the pain keeps going',
  'spinal-levels': 'Where the nerves come from',
  acupuncture: 'IMS beside acupuncture',
  'what-to-expect': 'What to expect',
  'take-home': 'Take it home',
};

export const stepNumber = (step: TourStepId): number => TOUR_STEPS.indexOf(step) + 1;

/** "Step 3 of 8". */
export const stepCount = (step: TourStepId): string =>
  t('consult.stepCount', { number: stepNumber(step), total: TOUR_STEPS.length });

/** What is said aloud when a step opens. */
export const stepAnnouncement = (step: TourStepId): string =>
  t('consult.stepAnnouncement', { count: stepCount(step), title: TOUR_TITLES[step] });

// The content the French dictionaries translate: every module of words shown to people. A module
// added to the app's content is added here too (the "untranslated" test then lists its strings).

import { TOUR_WORDS } from '../../consult/tour/steps';
import { TOUR_TITLES } from '../../consult/tour/titles';
import { content } from '../../content';
import { ACUPOINTS, CONDITION_ACUPUNCTURE, MERIDIANS } from '../../content/acupuncture';
import { BODY_GROUPS, BONES, MUSCLES, NERVES, REFERRAL_NOTE } from '../../content/anatomy';
import { COMPARISON } from '../../content/comparison';
import { COMPARISON_HEADING } from '../../content/comparisonTitle';
import { STRENGTH_LABEL, TESTED_LABEL } from '../../content/evidenceLabels';
import { COMPARE_SUMMARIES, CONDITION_IMS_SITES, MUSCLE_SITE_NAMES } from '../../content/imsSites';
import { DERMATOME_NOTE, GUNN_IDEA } from '../../content/segments';
import { CONDITION_LEVEL_WORDS } from '../../content/segments/conditionWords';
import { DERMATOMES, KEY_MUSCLES } from '../../content/segments/levelWords';
import { CYCLE_NOTES, CYCLE_STAGES } from '../../cycle/stages';

export const CONTENT_ROOTS: Record<string, unknown> = {
  content,
  // Loaded apart from the first paint, so not in `content`: its dictionary is content.comparison.json.
  'content.comparison': COMPARISON,
  comparisonHeading: COMPARISON_HEADING,
  testedLabel: TESTED_LABEL,
  strengthLabel: STRENGTH_LABEL,
  muscles: MUSCLES,
  bodyGroups: BODY_GROUPS,
  bones: BONES,
  nerves: NERVES,
  referralNote: REFERRAL_NOTE,
  muscleSiteNames: MUSCLE_SITE_NAMES,
  conditionImsSites: CONDITION_IMS_SITES,
  compareSummaries: COMPARE_SUMMARIES,
  meridians: MERIDIANS,
  acupoints: ACUPOINTS,
  conditionAcupuncture: CONDITION_ACUPUNCTURE,
  gunnIdea: GUNN_IDEA,
  dermatomeNote: DERMATOME_NOTE,
  conditionLevelWords: CONDITION_LEVEL_WORDS,
  dermatomes: DERMATOMES,
  keyMuscles: KEY_MUSCLES,
  cycleStages: CYCLE_STAGES,
  cycleNotes: CYCLE_NOTES,
  tourWords: TOUR_WORDS,
  tourTitles: TOUR_TITLES,
};

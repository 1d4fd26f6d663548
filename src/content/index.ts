import { AREAS } from './areas';
import { COMPARISON_HEADING } from './comparisonTitle';
import { CONDITIONS } from './conditions';
import { GENERAL } from './general';
import { isQuestionId, type PageId, type QuestionId } from './pageIds';
import { QUESTIONS } from './questions';
import type { RegionId } from './regionIds';
import { REGIONS } from './regions';
import { SAFETY } from './safety';
import type { Area, Condition, Content, Question, Region } from './schema';

// The public API of the content layer: the validated bundle and a few look-ups over it.

export type { PageId, QuestionId } from './pageIds';
export type { RegionId } from './regionIds';
export { warningSignsFor } from './safety';
export type {
  Area,
  Comparison,
  ComparisonRow,
  Condition,
  Content,
  EvidenceLine,
  General,
  Muscle,
  Question,
  Region,
  Safety,
  Source,
  Statement,
  WarningSign,
} from './schema';

/**
 * The content less its sources and the comparison with acupuncture, which load apart from the
 * first paint (sourceLookup.ts, comparison.ts).
 */
export type AppContent = Omit<Content, 'sources' | 'comparison'>;

/**
 * Every area, region, condition and general text. The zod schema (schema.ts) checks this bundle,
 * with the sources, in the unit tests rather than at run time, so no schema library ships in the
 * first-paint bundle; the types below keep the data honest at compile time.
 */
export const content: AppContent = {
  areas: [...AREAS],
  regions: REGIONS,
  conditions: CONDITIONS,
  general: GENERAL,
  safety: SAFETY,
  questions: QUESTIONS,
};

const conditionById = new Map(content.conditions.map((c) => [c.id, c]));
const regionById = new Map(content.regions.map((r) => [r.id as string, r]));
const areasInOrder = [...content.areas].sort((a, b) => a.order - b.order);

export function getCondition(id: string): Condition | undefined {
  return conditionById.get(id);
}

export function getRegion(id: string): Region | undefined {
  return regionById.get(id);
}

/** Conditions shown on this region, in the order of the content list. */
export function conditionsForRegion(regionId: RegionId): Condition[] {
  return content.conditions.filter((c) => c.regions.includes(regionId));
}

/** Conditions grouped by area, areas in index order, conditions by name. Areas with none are kept. */
export function conditionsByArea(): { area: Area; conditions: Condition[] }[] {
  return areasInOrder.map((area) => ({
    area,
    conditions: content.conditions
      .filter((c) => c.areaId === area.id)
      .sort((a, b) => a.name.localeCompare(b.name, 'en')),
  }));
}

/** Regions grouped by area, areas in index order, regions in body order (regionIds.ts). */
export function regionsByArea(): { area: Area; regions: Region[] }[] {
  return areasInOrder.map((area) => ({
    area,
    regions: content.regions.filter((r) => r.areaId === area.id),
  }));
}

const questionById = new Map(content.questions.map((q) => [q.id, q]));

export function getQuestion(id: QuestionId): Question | undefined {
  return questionById.get(id);
}

/** A panel page's title: its heading, and what is announced when it opens. */
export function pageTitle(page: PageId): string {
  if (page === 'side-effects') return content.safety.sideEffects.title;
  if (page === 'see-a-doctor-first') return content.safety.warningSigns.title;
  if (isQuestionId(page)) return getQuestion(page)?.question ?? '';
  return COMPARISON_HEADING.title;
}

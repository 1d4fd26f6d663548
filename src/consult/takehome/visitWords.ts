import { type Condition, content, getCondition, getRegion, type Statement } from '../../content';
import { CYCLE_STAGES } from '../../cycle/stages';
import type { PainMark } from '../types';
import { joinAnd, painKindName, t } from '../words';

// The words "Your visit" and the handout share: plain, from the content (with its sources there).

export const conditionsOf = (ids: readonly string[]): Condition[] =>
  ids.map((id) => getCondition(id)).filter((c): c is Condition => c !== undefined);

export const stagesOf = (ids: readonly string[]) =>
  ids.map((id) => CYCLE_STAGES.find((stage) => stage.id === id)).filter((s) => s !== undefined);

/** What to expect from a course of IMS: when a change shows, how often, the soreness after. */
export function whatToExpect(): Statement[] {
  const { general, safety } = content;
  return [general.course[0], general.course[2], safety.sideEffects.intro[1]].filter(
    (s): s is Statement => s !== undefined,
  );
}

/** "Sharp, 7 out of 10". */
export const markWords = (mark: PainMark) =>
  t('consult.visit.mark', { kind: painKindName(mark.kind), intensity: mark.intensity });

/** "pins and needles 7/10", for the printed sheet where room is short. */
export const shortMarkWords = (mark: PainMark) =>
  t('consult.visit.shortMark', { kind: painKindName(mark.kind).toLowerCase(), intensity: mark.intensity });

export const areaName = (mark: PainMark) => getRegion(mark.region)?.name ?? t('consult.visit.someArea');

/** The chart by body area, in the order first marked: each area once, with its marks' words. */
export function chartByArea(
  chart: readonly PainMark[],
  words: (mark: PainMark) => string = markWords,
): { area: string; marks: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const mark of chart) {
    const area = areaName(mark);
    groups.set(area, [...(groups.get(area) ?? []), words(mark)]);
  }
  return [...groups].map(([area, marks]) => ({ area, marks }));
}

/** "2 conditions, 3 steps of the pain cycle and 4 marks on your pain chart" (empty parts left out). */
export function visitSummary(counts: { conditions: number; stages: number; marks: number }): string {
  const parts = [
    counts.conditions > 0 ? t('consult.summary.conditions', { count: counts.conditions }) : '',
    counts.stages > 0 ? t('consult.summary.stages', { count: counts.stages }) : '',
    counts.marks > 0 ? t('consult.summary.marks', { count: counts.marks }) : '',
  ].filter(Boolean);
  if (parts.length === 0) return t('consult.summary.nothing');
  return joinAnd(parts);
}

import type { Content, Statement } from './schema';

// Every statement in the content, with where it sits: one walk shared by the schema's source check
// and the tests (readability, sources), so a new kind of statement cannot be missed by one of them.

export const CONDITION_STATEMENT_FIELDS = [
  'whatItIs',
  'whereFelt',
  'imsApproach',
  'treatmentCourse',
] as const;
export const GENERAL_STATEMENT_FIELDS = [
  'whatIsIms',
  'whoIsItFor',
  'whatItFeelsLike',
  'course',
  'evidence',
  'spinalLevels',
] as const;

export interface PlacedStatement {
  /** Where it sits, e.g. ['conditions', 3, 'evidence', 'statements', 0]. */
  path: (string | number)[];
  statement: Statement;
}

export function everyStatement(bundle: Omit<Content, 'sources'>): PlacedStatement[] {
  const out: PlacedStatement[] = [];
  const add = (path: (string | number)[], list: readonly Statement[]) => {
    list.forEach((statement, i) => {
      out.push({ path: [...path, i], statement });
    });
  };
  bundle.conditions.forEach((c, i) => {
    for (const field of CONDITION_STATEMENT_FIELDS) add(['conditions', i, field], c[field]);
    add(['conditions', i, 'evidence', 'statements'], c.evidence.statements);
  });
  for (const field of GENERAL_STATEMENT_FIELDS) add(['general', field], bundle.general[field]);
  const { sideEffects, warningSigns } = bundle.safety;
  add(['safety', 'sideEffects', 'intro'], sideEffects.intro);
  for (const part of ['mild', 'serious', 'checks'] as const) {
    add(['safety', 'sideEffects', part, 'statements'], sideEffects[part].statements);
  }
  add(['safety', 'warningSigns', 'intro'], warningSigns.intro);
  add(['safety', 'warningSigns', 'more'], warningSigns.more);
  const { comparison } = bundle;
  add(['comparison', 'intro'], comparison.intro);
  comparison.rows.forEach((row, i) => {
    add(['comparison', 'rows', i, 'ims'], row.ims);
    add(['comparison', 'rows', i, 'acupuncture'], row.acupuncture);
  });
  add(['comparison', 'overlap', 'statements'], comparison.overlap.statements);
  bundle.questions.forEach((q, i) => {
    add(['questions', i, 'answer'], q.answer);
  });
  return out;
}

import { z } from 'zod';
import { MUSCLE_IDS } from './anatomyIdList.mjs';
import { PAGE_IDS, QUESTION_IDS } from './pageIds';
import { REGION_IDS } from './regionIds';
import { CONDITION_STATEMENT_FIELDS, everyStatement } from './walk';

// The shape of the app's words and medical facts. Every medical statement names its sources, and
// the whole bundle is checked once (see index.ts) so a missing or mistyped source id fails loudly.

const nonEmpty = z.string().trim().min(1);
const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case');

export const regionIdSchema = z.enum(REGION_IDS);

export const sourceSchema = z.object({
  id: kebabId,
  /** A human-readable citation: authors, title, where and when. */
  citation: nonEmpty,
  url: z.url().optional(),
});

export const areaSchema = z.object({
  id: kebabId,
  name: nonEmpty,
  /** Position in the index lists, lowest first. */
  order: z.number().int(),
});

export const regionSchema = z.object({
  id: regionIdSchema,
  /** Plain name with the side, e.g. "Left outer elbow". */
  name: nonEmpty,
  /** Name without the side, e.g. "Outer elbow". */
  shortName: nonEmpty,
  /** The person's own left or right; "centre" for the head, neck, back, chest and belly. */
  side: z.enum(['left', 'right', 'centre']),
  areaId: kebabId,
  /** Everyday words people type for this place ("funny bone", "bum"). */
  aliases: z.array(nonEmpty),
  description: nonEmpty.optional(),
});

export const statementSchema = z.object({
  text: nonEmpty,
  /** Ids of the sources this statement rests on; at least one. */
  sources: z.array(kebabId).min(1, 'every statement needs at least one source'),
});

export const muscleSchema = z.object({
  /** The parts of the muscle layer this entry lights up (MUSCLE_IDS); empty when the model lacks it. */
  ids: z.array(z.enum(MUSCLE_IDS)),
  name: nonEmpty,
  /** What the muscle does, in plain words. */
  plain: nonEmpty,
  /** The spinal roots (or cranial nerve) that supply it, without "about": the UI adds it. */
  nerveRoots: nonEmpty,
  sources: z.array(kebabId).min(1, 'every muscle needs at least one source'),
});

/** What has been tested for a condition: IMS itself, dry needling in general, or nothing specific. */
export const EVIDENCE_TESTED = ['ims-itself', 'dry-needling-in-general', 'nothing-specific'] as const;
/** How strong that evidence is, in the words of the reviews. */
export const EVIDENCE_STRENGTH = ['weak', 'very-low-to-moderate', 'none'] as const;

export const evidenceLineSchema = z.object({
  tested: z.enum(EVIDENCE_TESTED),
  strength: z.enum(EVIDENCE_STRENGTH),
  /** The short, honest line for this condition, each part with its sources. */
  statements: z.array(statementSchema).min(1, 'every condition needs an evidence statement'),
});

export const conditionSchema = z.object({
  id: kebabId,
  name: nonEmpty,
  otherNames: z.array(nonEmpty),
  areaId: kebabId,
  regions: z.array(regionIdSchema).min(1, 'every condition needs at least one region'),
  /** One plain sentence for lists. */
  summary: nonEmpty,
  whatItIs: z.array(statementSchema).min(1),
  whereFelt: z.array(statementSchema).min(1),
  muscles: z.array(muscleSchema).min(1),
  /** How IMS is meant to work for this condition, in the Gunn model (not a promise that it will). */
  imsApproach: z.array(statementSchema).min(1),
  /** What the research shows for this condition. */
  evidence: evidenceLineSchema,
  treatmentCourse: z.array(statementSchema).min(1),
  /** Ids of the warning signs (safety.ts) that apply to this condition; may be empty. */
  warningSigns: z.array(kebabId),
  /** Symptom phrases people type ("heel pain", "clicking finger"). */
  searchTerms: z.array(nonEmpty).min(1),
});

const statements = z.array(statementSchema).min(1);

export const generalSchema = z.object({
  whatIsIms: statements,
  whoIsItFor: statements,
  whatItFeelsLike: statements,
  course: statements,
  evidence: statements,
  /** What C5, T1, L4 and S1 mean, shown once where spinal levels first appear on a page. */
  spinalLevels: statements,
  /** Plain UI line, shown on every view. */
  disclaimer: nonEmpty,
  /** Plain UI line for a body region with no listed condition. */
  noConditionHere: nonEmpty,
});

export const warningSignSchema = z.object({
  id: kebabId,
  /** The sign in plain words, as a list item. */
  text: nonEmpty,
  sources: z.array(kebabId).min(1, 'every warning sign needs a source'),
});

export const sideEffectRateSchema = z.object({
  /** What happened, in plain words ("Bruising"). */
  name: nonEmpty,
  /** Share of treatments, in percent, as the study reports it. */
  percent: z.number().positive().max(100),
  sources: z.array(kebabId).min(1),
});

const headedStatements = z.object({ heading: nonEmpty, statements });

export const safetySchema = z.object({
  sideEffects: z.object({
    title: nonEmpty,
    intro: statements,
    /** The common, mild effects: the study, then how often each happened. */
    mild: headedStatements.extend({ rates: z.array(sideEffectRateSchema).min(1) }),
    serious: headedStatements,
    /** What a practitioner checks before needling. */
    checks: headedStatements,
  }),
  warningSigns: z.object({
    title: nonEmpty,
    intro: statements,
    signs: z.array(warningSignSchema).min(1),
    more: statements,
  }),
});

/** One aspect of the comparison: a row of the table, IMS beside traditional acupuncture. */
export const comparisonRowSchema = z.object({
  id: kebabId,
  /** The row header, e.g. "Where the needles go". */
  aspect: nonEmpty,
  ims: statements,
  acupuncture: statements,
});

export const comparisonSchema = z.object({
  title: nonEmpty,
  /** The table's caption: what it compares. */
  caption: nonEmpty,
  columns: z.object({ aspect: nonEmpty, ims: nonEmpty, acupuncture: nonEmpty }),
  /** This clinic's own words on the difference, then what "dry needling" means here. */
  intro: statements,
  rows: z.array(comparisonRowSchema).min(8, 'the comparison needs at least 8 aspects'),
  /** Where the two methods meet (points near tender spots; the strip beside the spine). */
  overlap: headedStatements,
  /** Words people type to find the comparison ("acupuncture", "dry needling", "difference"). */
  searchTerms: z.array(nonEmpty).min(1),
});

/** A link from an answer to another panel page, with the words that name it. */
export const pageLinkSchema = z.object({ page: z.enum(PAGE_IDS), label: nonEmpty });

/** A question new patients ask, with a short sourced answer; each has its own page. */
export const questionSchema = z.object({
  id: z.enum(QUESTION_IDS),
  /** The question as a patient asks it; the page's heading. */
  question: nonEmpty,
  answer: statements,
  /** Pages that answer more (the comparison, the safety pages); they are linked, not repeated. */
  links: z.array(pageLinkSchema),
  searchTerms: z.array(nonEmpty).min(1),
});

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const v of values) (seen.has(v) ? dupes : seen).add(v);
  return [...dupes];
}

export const contentSchema = z
  .object({
    sources: z.array(sourceSchema).min(1),
    areas: z.array(areaSchema).min(1),
    regions: z.array(regionSchema),
    conditions: z.array(conditionSchema).min(1),
    general: generalSchema,
    safety: safetySchema,
    comparison: comparisonSchema,
    questions: z.array(questionSchema),
  })
  .superRefine((bundle, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });

    for (const [name, list] of [
      ['sources', bundle.sources],
      ['areas', bundle.areas],
      ['regions', bundle.regions],
      ['conditions', bundle.conditions],
    ] as const) {
      for (const id of duplicates(list.map((x) => x.id))) issue([name], `duplicate id "${id}"`);
    }

    const sourceIds = new Set(bundle.sources.map((s) => s.id));
    const areaIds = new Set(bundle.areas.map((a) => a.id));
    const checkSources = (ids: readonly string[], path: (string | number)[]) => {
      for (const id of ids) if (!sourceIds.has(id)) issue(path, `unknown source id "${id}"`);
    };

    bundle.regions.forEach((region, i) => {
      if (!areaIds.has(region.areaId)) issue(['regions', i, 'areaId'], `unknown area id "${region.areaId}"`);
    });

    const warningSignIds = new Set(bundle.safety.warningSigns.signs.map((s) => s.id));
    for (const id of duplicates(bundle.safety.warningSigns.signs.map((s) => s.id))) {
      issue(['safety', 'warningSigns', 'signs'], `duplicate id "${id}"`);
    }

    // Every statement (conditions, general texts, safety) names sources that exist.
    for (const { path, statement } of everyStatement(bundle))
      checkSources(statement.sources, [...path, 'sources']);
    const { sideEffects, warningSigns } = bundle.safety;
    sideEffects.mild.rates.forEach((rate, j) => {
      checkSources(rate.sources, ['safety', 'sideEffects', 'mild', 'rates', j, 'sources']);
    });
    warningSigns.signs.forEach((sign, j) => {
      checkSources(sign.sources, ['safety', 'warningSigns', 'signs', j, 'sources']);
    });

    // Every question has its page, once; the UI keys rows and answers by id and text.
    for (const id of duplicates(bundle.questions.map((q) => q.id)))
      issue(['questions'], `duplicate id "${id}"`);
    for (const id of QUESTION_IDS)
      if (!bundle.questions.some((q) => q.id === id)) issue(['questions'], `no answer for "${id}"`);
    for (const id of duplicates(bundle.comparison.rows.map((r) => r.id)))
      issue(['comparison', 'rows'], `duplicate id "${id}"`);

    bundle.conditions.forEach((condition, i) => {
      if (!areaIds.has(condition.areaId)) {
        issue(['conditions', i, 'areaId'], `unknown area id "${condition.areaId}"`);
      }
      for (const id of duplicates(condition.regions))
        issue(['conditions', i, 'regions'], `region "${id}" twice`);
      // The UI keys paragraphs by their text.
      for (const field of CONDITION_STATEMENT_FIELDS) {
        for (const t of duplicates(condition[field].map((s) => s.text))) {
          issue(['conditions', i, field], `repeated statement "${t}"`);
        }
      }
      condition.warningSigns.forEach((id, j) => {
        if (!warningSignIds.has(id))
          issue(['conditions', i, 'warningSigns', j], `unknown warning sign "${id}"`);
      });
      condition.muscles.forEach((m, j) => {
        checkSources(m.sources, ['conditions', i, 'muscles', j, 'sources']);
      });
      for (const n of duplicates(condition.muscles.map((m) => m.name))) {
        issue(['conditions', i, 'muscles'], `muscle "${n}" listed twice`);
      }
    });
  });

export type Source = z.infer<typeof sourceSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Region = z.infer<typeof regionSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type Muscle = z.infer<typeof muscleSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type General = z.infer<typeof generalSchema>;
export type EvidenceLine = z.infer<typeof evidenceLineSchema>;
export type WarningSign = z.infer<typeof warningSignSchema>;
export type Safety = z.infer<typeof safetySchema>;
export type ComparisonRow = z.infer<typeof comparisonRowSchema>;
export type Comparison = z.infer<typeof comparisonSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Content = z.infer<typeof contentSchema>;

import { describe, expect, it } from 'vitest';
import { pageTitle, type Statement } from '../../src/content';
import { COMPARISON_PAGE_ID, isPageId } from '../../src/content/pageIds';
import { fleschKincaidGrade, readabilityCounts } from '../../src/content/readability';
import { comparisonSchema } from '../../src/content/schema';
import { search } from '../../src/content/search';
import { sourcesFor } from '../../src/content/sourceLookup';
import { content } from './fullContent';

// IMS beside traditional acupuncture (?page=ims-vs-acupuncture): at least 8 aspects, each side of
// each with sources, the evidence for both with its trials, plain words, and found by search.

const { comparison } = content;
/** Every statement of the page: the intro, both sides of every row, and where the two meet. */
const allStatements = () => [
  ...comparison.intro,
  ...comparison.rows.flatMap((r) => [...r.ims, ...r.acupuncture]),
  ...comparison.overlap.statements,
];
const words = (list: readonly Statement[]) => list.map((s) => s.text).join(' ');
const row = (id: string) => {
  const found = comparison.rows.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};

describe('the comparison table', () => {
  it('has its own page id, and a caption and three column headers', () => {
    expect(isPageId(COMPARISON_PAGE_ID)).toBe(true);
    expect(pageTitle(COMPARISON_PAGE_ID)).toBe(comparison.title);
    expect(comparison.caption).toMatch(/IMS beside traditional acupuncture/);
    expect(Object.values(comparison.columns)).toEqual(['Aspect', 'IMS', 'Traditional acupuncture']);
  });

  it('sets IMS beside acupuncture on at least 8 aspects, the ones a patient asks about', () => {
    expect(comparison.rows.length).toBeGreaterThanOrEqual(8);
    expect(comparison.rows.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'idea',
        'finding-the-problem',
        'where-the-needles-go',
        'how-the-needle-is-used',
        'what-it-feels-like',
        'who-gives-it',
        'evidence',
        'side-effects',
      ]),
    );
    expect(new Set(comparison.rows.map((r) => r.aspect)).size).toBe(comparison.rows.length);
  });

  it('fills both sides of every row, and every statement names sources that exist', () => {
    const known = new Set(content.sources.map((s) => s.id));
    for (const r of comparison.rows) {
      for (const side of [r.ims, r.acupuncture]) {
        expect(side.length, r.id).toBeGreaterThan(0);
        for (const s of side) {
          expect(s.sources.length, `${r.id}: ${s.text}`).toBeGreaterThan(0);
          for (const id of s.sources) expect(known.has(id), `${r.id}: ${id}`).toBe(true);
        }
      }
    }
    for (const s of [...comparison.intro, ...comparison.overlap.statements])
      expect(s.sources.length, s.text).toBeGreaterThan(0);
  });

  it('says in and out for IMS, left in 15–30 minutes for acupuncture', () => {
    const used = row('how-the-needle-is-used');
    expect(words(used.ims)).toMatch(/straight out again/);
    expect(words(used.acupuncture)).toMatch(/left in .*15–30 minutes/);
  });

  it('gives the evidence for both, with the trials and reviews cited, and no over-claim', () => {
    const evidence = row('evidence');
    const imsSources = evidence.ims.flatMap((s) => s.sources);
    expect(imsSources).toEqual(expect.arrayContaining(['gunn-1980', 'ga-2007', 'couto-2014']));
    expect(imsSources).toEqual(expect.arrayContaining(['gattie-2017', 'chys-2023']));
    expect(words(evidence.ims)).toMatch(/few small trials/);
    expect(words(evidence.ims)).toMatch(/very low to moderate/);
    const acuSources = evidence.acupuncture.flatMap((s) => s.sources);
    expect(acuSources).toEqual(expect.arrayContaining(['vickers-2018', 'nice-ng193', 'nice-ng59']));
    expect(words(evidence.acupuncture)).toMatch(/20,827 people/);
    expect(words(evidence.acupuncture)).toMatch(/only by a little/);
    expect(words(evidence.acupuncture)).toMatch(/not to offer acupuncture for low back pain/);
  });

  it('gives the side effects of both, IMS from the dry-needling safety study', () => {
    const effects = row('side-effects');
    expect(effects.ims.flatMap((s) => s.sources)).toContain('brady-2014');
    expect(words(effects.ims)).toMatch(/1 in 5/);
    expect(effects.acupuncture.flatMap((s) => s.sources)).toContain('nhs-acupuncture');
  });

  it("presents the clinic's own view as the clinic's", () => {
    for (const s of comparison.intro) {
      expect(s.sources).toContain('clinic-ims-page');
      expect(s.text).toMatch(/^This clinic/);
    }
    for (const r of comparison.rows)
      for (const s of [...r.ims, ...r.acupuncture])
        if (s.sources.length === 1 && s.sources[0] === 'clinic-ims-page')
          expect(s.text, r.id).toMatch(/this clinic/i);
  });

  it('says the overlap of points and tender spots is debated, with both sides cited', () => {
    const text = words(comparison.overlap.statements);
    expect(text).toMatch(/argued about/);
    const cited = comparison.overlap.statements.flatMap((s) => s.sources);
    expect(cited).toEqual(expect.arrayContaining(['melzack-1977', 'birch-2003', 'dorsher-2008']));
  });

  it('every source it cites has a readable citation', () => {
    const ids = allStatements().flatMap((s) => s.sources);
    const found = sourcesFor(ids);
    expect(found.map((s) => s.id).sort()).toEqual([...new Set(ids)].sort());
    for (const s of found) expect(s.citation.length, s.id).toBeGreaterThan(15);
  });

  it('reads at grade 8 or below, cell by cell', () => {
    const texts = allStatements().map((s) => s.text);
    const tooHard = texts.filter((t) => readabilityCounts(t).word >= 6 && fleschKincaidGrade(t) > 8);
    expect(tooHard).toEqual([]);
  });

  it('the schema rejects fewer than 8 aspects, or a cell without a source', () => {
    expect(comparisonSchema.safeParse(comparison).success).toBe(true);
    const short = structuredClone(comparison);
    short.rows = short.rows.slice(0, 7);
    expect(comparisonSchema.safeParse(short).success).toBe(false);
    const unsourced = structuredClone(comparison);
    const first = unsourced.rows[0];
    if (first) first.acupuncture = [{ text: 'A claim.', sources: [] }];
    expect(comparisonSchema.safeParse(unsourced).success).toBe(false);
  });
});

describe('finding the comparison by search', () => {
  it.each([
    'acupuncture',
    'dry needling',
    'difference',
    'acupunture',
    'Difference between IMS and acupuncture',
  ])('"%s" finds it first', (query) => {
    const [first] = search(query);
    expect(first?.kind).toBe('page');
    expect(first?.kind === 'page' && first.page).toBe(COMPARISON_PAGE_ID);
  });
});

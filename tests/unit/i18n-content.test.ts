import { describe, expect, it } from 'vitest';
import { FRENCH_CONTENT } from '../../src/i18n/content/dictionary';
import { contentStrings } from '../../src/i18n/content/localize';
import { CONTENT_ROOTS } from '../../src/i18n/content/roots';
import {
  frenchWords,
  kandelMoles,
  MIN_FRENCH_AVERAGE,
  MIN_FRENCH_SCORE,
  MIN_WORDS_FOR_FRENCH_LIMIT,
} from '../../src/i18n/readabilityFr';

// Every content string shown to people has a French translation, and the French reads plainly.
const strings = contentStrings(CONTENT_ROOTS);
const distinct = [...new Set(strings.map((s) => s.text))];

describe('French content', () => {
  it('translates every content string', () => {
    const missing = strings.filter((s) => FRENCH_CONTENT[s.text] === undefined);
    const list = missing
      .slice(0, 15)
      .map((s) => `  ${s.where}: ${s.text.slice(0, 90)}`)
      .join('\n');
    expect(missing.length, `${missing.length} strings have no French, first:\n${list}`).toBe(0);
  });

  it('keeps no translation the content no longer has', () => {
    const shown = new Set(distinct);
    const stale = Object.keys(FRENCH_CONTENT).filter((english) => !shown.has(english));
    expect(stale.slice(0, 10), `${stale.length} stale entries`).toEqual([]);
  });

  it(`reads at a Kandel–Moles score of ${MIN_FRENCH_SCORE} or more per text, ${MIN_FRENCH_AVERAGE} on average`, () => {
    const french = distinct.map((en) => FRENCH_CONTENT[en]).filter((t): t is string => t !== undefined);
    const scored = french
      .filter((t) => frenchWords(t).length >= MIN_WORDS_FOR_FRENCH_LIMIT)
      .map((text) => ({ text, score: kandelMoles(text) }));
    const hard = scored.filter((s) => s.score < MIN_FRENCH_SCORE);
    const list = hard
      .slice(0, 10)
      .map((s) => `  ${s.score.toFixed(0)}: ${s.text}`)
      .join('\n');
    expect(hard.length, `Too hard:\n${list}`).toBe(0);
    if (scored.length > 0) {
      const average = scored.reduce((sum, s) => sum + s.score, 0) / scored.length;
      expect(average).toBeGreaterThanOrEqual(MIN_FRENCH_AVERAGE);
    }
  });
});

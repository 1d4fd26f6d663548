import fr from 'virtual:ims-messages/fr';
import { afterEach, describe, expect, it } from 'vitest';
import { GUNN_IDEA, levelRanges, segmentsFor } from '../../src/content/segments';
import { FRENCH_CONTENT } from '../../src/i18n/content/dictionary';
import { localizeInPlace } from '../../src/i18n/content/localize';
import { CONTENT_ROOTS } from '../../src/i18n/content/roots';
import { activateMessages, activeLang } from '../../src/i18n/t';

// The segmental view builds a few words at run time; they follow the language switched on after
// the content loaded (French is switched on before the first render, after this module loads).
describe('segment words built at run time', () => {
  afterEach(() => activateMessages('en'));

  it('joins level ranges with "and" in English and "et" in French', () => {
    expect(levelRanges(['C4', 'C5', 'T3', 'L2', 'L3'])).toBe('C4–C5, T3 and L2–L3');
    expect(segmentsFor('myofascial-trigger-points')?.rangeLabel).toBe('C3–C6 and T12–S1');
    activateMessages('fr', fr);
    expect(activeLang()).toBe('fr');
    expect(levelRanges(['C4', 'C5', 'T3', 'L2', 'L3'])).toBe('C4–C5, T3 et L2–L3');
    expect(segmentsFor('myofascial-trigger-points')?.rangeLabel).toBe('C3–C6 et T12–S1');
    expect(segmentsFor('tennis-elbow')?.rangeLabel).toBe('C5–C8');
  });

  it("shows a condition's level words in French once the content is swapped, as loadFrench does", () => {
    const before = segmentsFor('plantar-fasciitis')?.words[0]?.text;
    expect(before).toMatch(/leave the spine at about S1–S2/);
    activateMessages('fr', fr);
    localizeInPlace(CONTENT_ROOTS, FRENCH_CONTENT);
    const segments = segmentsFor('plantar-fasciitis');
    expect(segments?.words[0]?.text).toBe(FRENCH_CONTENT[before ?? '']);
    expect(segments?.words[0]?.text).toMatch(/au niveau S1–S2 environ/);
    expect(segments?.words[0]?.sources).toEqual(['grays-anatomy']);
    expect(GUNN_IDEA.text).toMatch(/^Le modèle de Gunn propose/);
    expect(GUNN_IDEA.text).toMatch(/n'a pas été prouvée\.$/);
  });
});

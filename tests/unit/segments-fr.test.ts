import fr from 'virtual:ims-messages/fr';
import { afterEach, describe, expect, it } from 'vitest';
import { levelRanges, segmentsFor } from '../../src/content/segments';
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
});

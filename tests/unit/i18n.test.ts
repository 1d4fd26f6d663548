import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compiledMessages, namespaces, readCatalog } from '../../scripts/i18n-messages-plugin.mjs';
import { contentStrings, isWords, localizeInPlace } from '../../src/i18n/content/localize';
import { pickLang } from '../../src/i18n/lang';
import { frenchSyllables, kandelMoles } from '../../src/i18n/readabilityFr';

const LOCALES = join(import.meta.dirname, '../../src/i18n/locales');

describe('choosing the language', () => {
  it('takes the link first, then the saved choice, then the browser, then English', () => {
    expect(pickLang({ search: '?lang=fr', saved: 'en', browser: ['en-CA'] })).toBe('fr');
    expect(pickLang({ search: '?lang=de', saved: 'fr', browser: ['en'] })).toBe('fr');
    expect(pickLang({ search: '', saved: null, browser: ['de-DE', 'fr-CA', 'en'] })).toBe('fr');
    expect(pickLang({ search: '', saved: 'garbage', browser: ['de'] })).toBe('en');
  });
});

describe('UI messages', () => {
  it('has the same namespaces and ids in French as in English', () => {
    expect(namespaces(LOCALES, 'fr')).toEqual(namespaces(LOCALES, 'en'));
    for (const ns of namespaces(LOCALES, 'en')) {
      const en = Object.keys(readCatalog(join(LOCALES, 'en', `${ns}.json`))).sort();
      const fr = Object.keys(readCatalog(join(LOCALES, 'fr', `${ns}.json`))).sort();
      expect(fr, `fr/${ns}.json`).toEqual(en);
    }
  });

  it('compiles every message (an ICU mistake fails here)', () => {
    expect(() => compiledMessages(LOCALES, 'en')).not.toThrow();
    expect(() => compiledMessages(LOCALES, 'fr')).not.toThrow();
  });
});

describe('content localizer', () => {
  it('finds words, not ids or codes', () => {
    expect(isWords('Neck pain')).toBe(true);
    expect(isWords('neck-front')).toBe(false);
    expect(isWords('C5')).toBe(false);
    expect(isWords('LI4')).toBe(false);
  });

  it('swaps shown strings in place, leaves ids and sources, reports what is missing', () => {
    const shared = { text: 'Hello there', sources: ['src-a'] };
    const roots = { a: [{ id: 'x-y', name: 'Neck pain', regionIds: ['neck'], s: shared }, { s: shared }] };
    expect(contentStrings(roots).map((s) => s.text)).toEqual(['Neck pain', 'Hello there']);
    const missing = localizeInPlace(roots, { 'Neck pain': 'Douleur au cou' });
    expect(missing).toEqual(['Hello there']);
    expect(roots.a[0]).toMatchObject({ id: 'x-y', name: 'Douleur au cou', s: { sources: ['src-a'] } });
  });
});

describe('Kandel–Moles', () => {
  it('counts French syllables', () => {
    expect(frenchSyllables('muscle')).toBe(1); // spoken: the final e is silent
    expect(frenchSyllables('médecin')).toBe(3);
    expect(frenchSyllables('douleur')).toBe(2);
    expect(frenchSyllables('aiguille')).toBeGreaterThanOrEqual(2);
  });

  it('scores simple text high and dense text low', () => {
    const easy = 'Le chat dort. Il fait beau. Nous allons au parc.';
    const hard =
      "L'hypersensibilité neuropathique consécutive à une radiculopathie chronique entraîne une contracture musculaire persistante.";
    expect(kandelMoles(easy)).toBeGreaterThan(80);
    expect(kandelMoles(hard)).toBeLessThan(30);
  });
});

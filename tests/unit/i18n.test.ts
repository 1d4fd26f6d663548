import { join } from 'node:path';
import { setupI18n } from '@lingui/core';
import { describe, expect, it } from 'vitest';
import { ERROR_PAGES_FR, errorPage } from '../../scripts/error-page.mjs';
import {
  compiledMessages,
  namespaces,
  readCatalog,
  shortenIdLiterals,
  shortIds,
} from '../../scripts/i18n-messages-plugin.mjs';
import { contentStrings, isWords, localizeInPlace } from '../../src/i18n/content/localize';
import { hrefInLang, pickLang } from '../../src/i18n/lang';
import {
  frenchSyllables,
  frenchWords,
  kandelMoles,
  MIN_FRENCH_SCORE,
  MIN_WORDS_FOR_FRENCH_LIMIT,
} from '../../src/i18n/readabilityFr';
import { sourceUsage } from './i18n-usage';

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

  it('shortens ids in a build: each id its own key, the same in code and catalog, only exact literals', () => {
    const short = shortIds(LOCALES, new Set(['app.skipToInfo']));
    const keys = [...short.values()];
    expect(new Set(keys).size).toBe(keys.length);
    expect(short.has('app.skipToInfo')).toBe(false);
    const key = short.get('header.tagline');
    expect(key).toMatch(/^[0-9a-z]{1,3}$/);
    expect(
      shortenIdLiterals(
        `t('header.tagline'); t("header.tagline"); 'header.taglines'; x.header.tagline`,
        short,
      ),
    ).toBe(`t('${key}'); t("${key}"); 'header.taglines'; x.header.tagline`);
  });

  it('compiles every message (an ICU mistake fails here)', () => {
    expect(() => compiledMessages(LOCALES, 'en')).not.toThrow();
    expect(() => compiledMessages(LOCALES, 'fr')).not.toThrow();
  });
});

/**
 * Computed ids (none today), by the file that computes them (src/i18n/dynamicIds.json): the scan
 * allows them, and the build leaves them long (scripts/i18n-messages-plugin.mjs).
 */
const DYNAMIC_IDS = readCatalog(join(LOCALES, '../dynamicIds.json'), true);

const catalogs = Object.fromEntries(
  namespaces(LOCALES, 'en').map((ns) => [
    ns,
    {
      en: readCatalog(join(LOCALES, 'en', `${ns}.json`)),
      fr: readCatalog(join(LOCALES, 'fr', `${ns}.json`)),
    },
  ]),
);
const usage = sourceUsage();

/** The arguments a message takes ({name}, {count, plural, …}). */
const argumentsOf = (message: string) =>
  [...new Set([...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]))].sort();

/** A message as read: plurals and selects by their "other" case, each value a short word. */
function readable(message: string): string {
  let text = message;
  for (let i = 0; i < 5; i++)
    text = text.replace(
      /\{\s*\w+\s*,\s*(?:plural|select)\s*,(?:[^{}]*\{[^{}]*\})*?[^{}]*other\s*\{([^{}]*)\}(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g,
      '$1',
    );
  return text.replace(/\{\s*\w+\s*\}/g, 'mot').replace(/#/g, '2');
}

describe('UI words in the sources', () => {
  it('finds the t() calls (the scan itself works)', () => {
    const header = usage.find((u) => u.file === 'ui/Header.tsx');
    expect(header?.namespace).toBe('core');
    expect(header?.ids).toContain('header.tagline');
  });

  it('uses only ids of the namespace each file imports, in English and in French', () => {
    const wrong: string[] = [];
    for (const { file, namespace, ids } of usage) {
      if (ids.length === 0) continue;
      const catalog = namespace ? catalogs[namespace] : undefined;
      if (!catalog) {
        wrong.push(`${file}: its t() is from no known namespace`);
        continue;
      }
      for (const id of ids) {
        if (!(id in catalog.en)) wrong.push(`${file}: "${id}" is not in en/${namespace}.json`);
        if (!(id in catalog.fr)) wrong.push(`${file}: "${id}" is not in fr/${namespace}.json`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('calls t() with a written id (a computed one must be listed in src/i18n/dynamicIds.json)', () => {
    const dynamic = usage.flatMap(({ file, dynamic }) =>
      dynamic.filter(() => !(file in DYNAMIC_IDS)).map((call) => `${file}: t(${call}`),
    );
    expect(dynamic).toEqual([]);
  });

  it('has no id that no source uses', () => {
    const used = new Set([...usage.flatMap((u) => u.ids), ...Object.values(DYNAMIC_IDS).flat()]);
    const unused = Object.values(catalogs).flatMap(({ en }) => Object.keys(en).filter((id) => !used.has(id)));
    expect(unused).toEqual([]);
  });

  it('gives each French message the same values as the English one', () => {
    const differ = Object.values(catalogs).flatMap(({ en, fr }) =>
      Object.keys(en)
        .filter((id) => argumentsOf(en[id] ?? '').join() !== argumentsOf(fr[id] ?? '').join())
        .map((id) => `${id}: ${en[id]} / ${fr[id]}`),
    );
    expect(differ).toEqual([]);
  });

  it('writes every value into the French words (no ICU quote swallows one)', () => {
    const i18n = setupI18n({
      locale: 'fr',
      messages: { fr: compiledMessages(LOCALES, 'fr').messages as never },
    });
    const broken: string[] = [];
    for (const [id, message] of Object.entries(compiledMessages(LOCALES, 'en').messages)) {
      const values = Object.fromEntries(argumentsOf(JSON.stringify(message)).map((a) => [a, 2]));
      const names = Object.fromEntries(
        argumentsOf(catalogs[id.split('.')[0] ?? '']?.fr[id] ?? '').map((a) => [a, 2]),
      );
      const text = i18n._(id, { ...values, ...names });
      if (/[{}]/.test(text) || text === id) broken.push(`${id}: ${text}`);
    }
    expect(broken).toEqual([]);
  });

  it(`reads at a Kandel–Moles score of ${MIN_FRENCH_SCORE} or more (French messages of ${MIN_WORDS_FOR_FRENCH_LIMIT} words or more)`, () => {
    const hard = Object.values(catalogs).flatMap(({ fr }) =>
      Object.entries(fr)
        .map(([id, message]) => ({ id, text: readable(message) }))
        .filter(({ text }) => frenchWords(text).length >= MIN_WORDS_FOR_FRENCH_LIMIT)
        .map(({ id, text }) => ({ id, text, score: kandelMoles(text) }))
        .filter(({ score }) => score < MIN_FRENCH_SCORE)
        .map(({ id, text, score }) => `${score.toFixed(0)} ${id}: ${text}`),
    );
    expect(hard).toEqual([]);
  });
});

describe('the error pages (404…)', () => {
  it('say it in French too, plainly, with a way to the French start page', () => {
    for (const { heading, text } of Object.values(ERROR_PAGES_FR)) {
      expect(kandelMoles(text), text).toBeGreaterThanOrEqual(MIN_FRENCH_SCORE);
      expect(`${heading} ${text}`).not.toMatch(/[\u2018\u2019]/);
    }
    const page = errorPage(404, '/');
    expect(page).toContain('<div class="fr" lang="fr">');
    expect(page).toContain('href="/?lang=fr"');
  });
});

describe('the link keeps the language', () => {
  it('sets lang= on the same address, keeping the rest', () => {
    expect(hrefInLang('https://x.test/app/?condition=tennis-elbow#visit=1', 'fr')).toBe(
      'https://x.test/app/?condition=tennis-elbow&lang=fr#visit=1',
    );
    expect(hrefInLang('https://x.test/?lang=fr&view=back', 'en')).toBe('https://x.test/?lang=en&view=back');
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

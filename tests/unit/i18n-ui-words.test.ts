import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fr from 'virtual:ims-messages/fr';
import { i18n } from '@lingui/core';
import { afterAll, describe, expect, it } from 'vitest';
import { painKindLetter } from '../../src/consult/chart/markStyle';
import { PAIN_KINDS } from '../../src/consult/types';
import { painKindName } from '../../src/consult/words';
import {
  frenchWords,
  kandelMoles,
  MIN_FRENCH_SCORE,
  MIN_WORDS_FOR_FRENCH_LIMIT,
} from '../../src/i18n/readabilityFr';

// The French of the lazy features' UI words (consultation, pain cycle, scene, anatomy): plain,
// one apostrophe style, and every message renders whole.

const NAMESPACES = ['consult', 'consultEntry', 'cycle', 'scene', 'layers', 'anatomy'];
const LOCALES = join(import.meta.dirname, '../../src/i18n/locales');
const catalog = (lang: string, ns: string) =>
  JSON.parse(readFileSync(join(LOCALES, lang, `${ns}.json`), 'utf8')) as Record<string, string>;

/** A message as a person reads it: each plural's "other" words, a value as one short word. */
const asRead = (message: string) =>
  message
    .replace(/\{\w+, (?:plural|select),(?:[^{}]|\{[^{}]*\})*?other \{([^{}]*)\}\}/g, '$1')
    .replace(/\{\w+\}/g, 'X')
    .replace(/#/g, '2');

const SAMPLE = { count: 2, number: 3, total: 8, max: 24, intensity: 5, percent: 40 };

afterAll(() => i18n.activate('en'));

describe('the French UI words of the lazy features', () => {
  const french = NAMESPACES.flatMap((ns) => Object.entries(catalog('fr', ns)));

  it('are plain: Kandel–Moles at least 60 for every message of 12 words or more', () => {
    const hard = french
      .map(([id, message]) => ({ id, text: asRead(message) }))
      .filter(({ text }) => frenchWords(text).length >= MIN_WORDS_FOR_FRENCH_LIMIT)
      .filter(({ text }) => kandelMoles(text) < MIN_FRENCH_SCORE)
      .map(({ id, text }) => `${id} (${kandelMoles(text).toFixed(0)}): ${text}`);
    expect(hard).toEqual([]);
  });

  it('use the straight apostrophe only', () => {
    expect(french.filter(([, m]) => /[\u2018\u2019]/.test(m)).map(([id]) => id)).toEqual([]);
  });

  it('render whole in French, values in place', () => {
    i18n.load('fr', fr);
    i18n.activate('fr');
    const broken = french
      .map(([id]) => ({ id, out: i18n._(id, { ...SAMPLE, level: 'C5', name: 'Trapèze', mark: 'Cou' }) }))
      .filter(({ id, out }) => out === id || /[{}]/.test(out))
      .map(({ id }) => id);
    expect(broken).toEqual([]);
    expect(i18n._('consult.marksCount', { count: 1 })).toBe('1 marque');
    expect(i18n._('consult.marksCount', { count: 3 })).toBe('3 marques');
    expect(i18n._('consult.stepCount', { number: 2, total: 8 })).toBe('Étape 2 sur 8');
  });

  it('give each kind of pain its own letter, the first of its French name', () => {
    i18n.activate('fr');
    const letters = PAIN_KINDS.map(painKindLetter);
    expect(new Set(letters).size).toBe(PAIN_KINDS.length);
    for (const kind of PAIN_KINDS)
      expect(painKindName(kind).startsWith(painKindLetter(kind)), kind).toBe(true);
    i18n.activate('en');
    for (const kind of PAIN_KINDS)
      expect(painKindName(kind).startsWith(painKindLetter(kind)), kind).toBe(true);
  });
});

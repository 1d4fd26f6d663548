import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Lang } from '../i18n/lang';
import { activeLang } from '../i18n/t';
import { COMPARISON } from './comparison';
import { content } from './index';
import { COMPARISON_PAGE_ID, type PageId } from './pageIds';
import type { Condition, Region } from './schema';

// Search over conditions, body regions and the panel's own pages (the comparison with acupuncture
// and the patients' questions), forgiving of everyday words and misspellings
// ("tenis elbo", "carpel tunel", "headake"). Fuzzy matching is fuse.js; we add light normalisation
// and a second pass on single words, so "heel pain" also finds the heel itself.
// In French the content has been swapped to French before this chunk loads (i18n/loadFrench.ts), so
// the index is built from the French names, other names and search words; French articles
// ("l'épaule") and everyday words ("douleur", "mal") are handled like their English kin.

export type SearchResult =
  /** score: relevance from 0 (barely) to 1 (exact); results come best first. */
  | { kind: 'condition'; condition: Condition; score: number }
  | { kind: 'region'; region: Region; score: number }
  /** A panel page: the comparison with acupuncture, or a patient's question. */
  | { kind: 'page'; page: PageId; title: string; score: number };

/** One searchable phrase of one condition or region; a document has many. */
interface Entry {
  text: string;
  /** How much a match on this kind of phrase counts: a name beats an everyday alias. */
  weight: number;
  target: Target;
}

type Target =
  | { key: string; kind: 'condition'; item: Condition }
  | { key: string; kind: 'region'; item: Region }
  | { key: string; kind: 'page'; item: { page: PageId; title: string } };

/** French elision: "l'épaule", "d'Achille", "j'ai" → "épaule", "Achille", "ai". */
const FRENCH_ELISION = /(^|[^\p{L}])(?:[cdjlmnst]|qu)['’‘`](?=\p{L})/giu;

/** Lower-case, curly quotes and apostrophes dropped, other punctuation to spaces, spaces collapsed. */
export function normalise(text: string, lang: Lang = activeLang()): string {
  return (lang === 'fr' ? text.replace(FRENCH_ELISION, '$1') : text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents
    .toLowerCase()
    .replace(/['’‘`]/g, '') // "runner's" → "runners"
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** French words too common to search on their own (normalised: no accents). */
const FRENCH_STOP_WORDS = [
  'le',
  'la',
  'les',
  'un',
  'une',
  'des',
  'du',
  'de',
  'au',
  'aux',
  'et',
  'ou',
  'en',
  'dans',
  'sur',
  'sous',
  'avec',
  'pour',
  'quand',
  'apres',
  'mon',
  'ma',
  'mes',
  'ai',
  'est',
  'suis',
  'douleur',
  'douleurs',
  'douloureux',
  'douloureuse',
  'mal',
  'gauche',
  'droite',
  'droit',
  'cote',
  'haut',
  'bas',
  'tres',
  'raide',
  'tendu',
  'quoi',
];

/** Words too common to search on their own ("pain" would match every condition). */
const STOP_WORDS = new Set([
  ...FRENCH_STOP_WORDS,
  'a',
  'an',
  'and',
  'the',
  'of',
  'on',
  'in',
  'at',
  'to',
  'my',
  'me',
  'i',
  'is',
  'it',
  'im',
  'have',
  'has',
  'with',
  'when',
  'for',
  'from',
  'after',
  'pain',
  'painful',
  'sore',
  'ache',
  'aching',
  'aches',
  'hurt',
  'hurts',
  'hurting',
  'left',
  'right',
  'side',
  'back',
  'front',
  'top',
  'bottom',
  'inner',
  'outer',
  'lower',
  'upper',
  'very',
  'bad',
  'really',
  'tight',
  'stiff',
  'what',
  'can',
  'ims',
  'help',
]);

/** Queries longer than this are cut: nobody types more, and fuzzy matching cost grows with length. */
const MAX_QUERY_LENGTH = 64;
const MAX_WORDS = 6;
/** Results found only through one word of the query rank below whole-query matches of equal quality. */
const WORD_MATCH_FACTOR = 0.85;
/** Results far below the best one are noise ("chest" fuzzily matching "aches"): keep those within 85%. */
const RELATIVE_FLOOR = 0.85;

const WEIGHT = { name: 1, otherName: 0.97, searchTerm: 0.95, alias: 0.95 } as const;

const FUSE_OPTIONS: IFuseOptions<Entry> = {
  keys: ['text'],
  includeScore: true,
  // 0 is exact, 1 matches anything: 0.4 lets through about one typo in every three letters.
  threshold: 0.4,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  minMatchCharLength: 2,
};

let index: Fuse<Entry> | undefined;

/** Every phrase of every condition and region, normalised, with its weight. */
function buildEntries(): Entry[] {
  const entries: Entry[] = [];
  const add = (target: Target, weight: number, texts: readonly string[]) => {
    for (const text of new Set(texts.map((text) => normalise(text))))
      if (text) entries.push({ text, weight, target });
  };
  for (const c of content.conditions) {
    const target: Target = { key: `condition:${c.id}`, kind: 'condition', item: c };
    add(target, WEIGHT.name, [c.name]);
    add(target, WEIGHT.otherName, c.otherNames);
    add(target, WEIGHT.searchTerm, c.searchTerms);
  }
  for (const r of content.regions) {
    const target: Target = { key: `region:${r.id}`, kind: 'region', item: r };
    add(target, WEIGHT.name, [r.name, r.shortName]);
    add(target, WEIGHT.alias, r.aliases);
  }
  const { questions } = content;
  const comparison = COMPARISON;
  const pages: { page: PageId; title: string; terms: readonly string[] }[] = [
    { page: COMPARISON_PAGE_ID, title: comparison.title, terms: comparison.searchTerms },
    ...questions.map((q) => ({ page: q.id, title: q.question, terms: q.searchTerms })),
  ];
  for (const { page, title, terms } of pages) {
    const target: Target = { key: `page:${page}`, kind: 'page', item: { page, title } };
    add(target, WEIGHT.name, [title]);
    add(target, WEIGHT.searchTerm, terms);
  }
  return entries;
}

/** Built on first use, once. */
function getIndex(): Fuse<Entry> {
  index ??= new Fuse(buildEntries(), FUSE_OPTIONS);
  return index;
}

/** Conditions, body regions and pages matching the query, best first; [] for an empty query. */
export function search(query: string, limit = 8): SearchResult[] {
  const q = normalise(String(query ?? '').slice(0, MAX_QUERY_LENGTH * 2))
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
  if (q.length < 2 || limit <= 0) return [];
  const fuse = getIndex();

  // Best relevance per condition or region, from the whole query and from each meaningful word.
  const best = new Map<string, { target: Target; score: number }>();
  const collect = (pattern: string, factor: number) => {
    for (const hit of fuse.search(pattern)) {
      const { target, weight } = hit.item;
      const score = (1 - (hit.score ?? 1)) * weight * factor;
      const seen = best.get(target.key);
      if (!seen || score > seen.score) best.set(target.key, { target, score });
    }
  };

  collect(q, 1);
  const words = q.split(' ').filter((w) => w.length >= 3 && !STOP_WORDS.has(w));
  if (words.length > 1 || (words.length === 1 && words[0] !== q)) {
    for (const word of words.slice(0, MAX_WORDS)) collect(word, WORD_MATCH_FACTOR);
  }

  // Scores within 0.01 count as a tie; then a condition comes before a body region.
  const rank = (score: number) => Math.round(score * 100);
  const kindOrder = (t: Target) => ({ condition: 0, region: 1, page: 2 })[t.kind];
  const top = Math.max(0, ...[...best.values()].map((b) => b.score));
  return [...best.values()]
    .filter((b) => b.score >= top * RELATIVE_FLOOR)
    .sort((a, b) => rank(b.score) - rank(a.score) || kindOrder(a.target) - kindOrder(b.target))
    .slice(0, limit)
    .map(({ target, score }): SearchResult => {
      if (target.kind === 'condition') return { kind: 'condition', condition: target.item, score };
      if (target.kind === 'region') return { kind: 'region', region: target.item, score };
      return { kind: 'page', ...target.item, score };
    });
}

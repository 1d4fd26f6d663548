import { ROOT_LEVELS } from '../anatomyIdList.mjs';
import { isFrench } from './lang';
import type { RootLevel, RootRange } from './types';

// Root levels in plain words: "about C5–C6, the fifth and sixth levels of the neck". C is the neck,
// T the upper and mid back, L the low back and S the base of the spine (as general.ts explains).

const REGION: Record<string, string> = {
  C: 'the neck',
  T: 'the upper and mid back',
  L: 'the low back',
  S: 'the base of the spine',
};

/** The same in French: "le cinquième niveau du cou". */
const REGION_FR: Record<string, string> = {
  C: 'du cou',
  T: 'du haut et du milieu du dos',
  L: 'du bas du dos',
  S: 'de la base de la colonne',
};

/** 'first' … 'twelfth': the count of a level or a vertebra within its part of the spine. */
export const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];

/** The French ordinals of a level (niveau, masculine): 'premier' … 'douzième'. */
const ORDINALS_FR = [
  'premier',
  'deuxième',
  'troisième',
  'quatrième',
  'cinquième',
  'sixième',
  'septième',
  'huitième',
  'neuvième',
  'dixième',
  'onzième',
  'douzième',
];

/** A level's place in ROOT_LEVELS, top (C1) to bottom (S5). */
export function levelIndex(level: RootLevel): number {
  return ROOT_LEVELS.indexOf(level);
}

const regionOf = (level: RootLevel) => REGION[level[0] as keyof typeof REGION] as string;
const ordinalOf = (level: RootLevel) => ORDINALS[Number(level.slice(1)) - 1] as string;
const regionFr = (level: RootLevel) => REGION_FR[level[0] as keyof typeof REGION_FR] as string;
const ordinalFr = (level: RootLevel) => ORDINALS_FR[Number(level.slice(1)) - 1] as string;

/** One level in words: "the fifth level of the neck" ("le cinquième niveau du cou"). */
export function levelWords(level: RootLevel): string {
  if (isFrench()) return `le ${ordinalFr(level)} niveau ${regionFr(level)}`;
  return `the ${ordinalOf(level)} level of ${regionOf(level)}`;
}

/** A range in words, with "about" (textbooks differ by about one level). */
export function rootWords(range: RootRange): string {
  if (isFrench()) return rootWordsFr(range);
  const { from, to } = range;
  if (from === to) return `about ${from}, ${levelWords(from)}`;
  const span = `about ${from}–${to}`;
  if (from[0] === to[0]) {
    const next = levelIndex(to) - levelIndex(from) === 1;
    const ordinals = next
      ? `${ordinalOf(from)} and ${ordinalOf(to)}`
      : `${ordinalOf(from)} to ${ordinalOf(to)}`;
    return `${span}, the ${ordinals} levels of ${regionOf(from)}`;
  }
  return `${span}, from ${levelWords(from)} to ${levelWords(to)}`;
}

/** The same in French: "environ C5–C6, les cinquième et sixième niveaux du cou". */
function rootWordsFr({ from, to }: RootRange): string {
  if (from === to) return `environ ${from}, ${levelWords(from)}`;
  const span = `environ ${from}–${to}`;
  if (from[0] !== to[0]) {
    return `${span}, du ${ordinalFr(from)} niveau ${regionFr(from)} au ${ordinalFr(to)} niveau ${regionFr(to)}`;
  }
  if (levelIndex(to) - levelIndex(from) === 1) {
    return `${span}, les ${ordinalFr(from)} et ${ordinalFr(to)} niveaux ${regionFr(from)}`;
  }
  return `${span}, du ${ordinalFr(from)} au ${ordinalFr(to)} niveau ${regionFr(from)}`;
}

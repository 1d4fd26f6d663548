import { ROOT_LEVELS } from '../anatomyIdList.mjs';
import type { RootLevel, RootRange } from './types';

// Root levels in plain words: "about C5–C6, the fifth and sixth levels of the neck". C is the neck,
// T the upper and mid back, L the low back and S the base of the spine (as general.ts explains).

const REGION: Record<string, string> = {
  C: 'the neck',
  T: 'the upper and mid back',
  L: 'the low back',
  S: 'the base of the spine',
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

/** A level's place in ROOT_LEVELS, top (C1) to bottom (S5). */
export function levelIndex(level: RootLevel): number {
  return ROOT_LEVELS.indexOf(level);
}

const regionOf = (level: RootLevel) => REGION[level[0] as keyof typeof REGION] as string;
const ordinalOf = (level: RootLevel) => ORDINALS[Number(level.slice(1)) - 1] as string;

/** One level in words: "the fifth level of the neck". */
export function levelWords(level: RootLevel): string {
  return `the ${ordinalOf(level)} level of ${regionOf(level)}`;
}

/** A range in words, with "about" (textbooks differ by about one level). */
export function rootWords(range: RootRange): string {
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

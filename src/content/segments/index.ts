import { MUSCLES, NERVES } from '../anatomy';
import { levelWords } from '../anatomy/rootWords';
import type { BoneId, MuscleId, NerveId } from '../anatomy/types';
import { CONDITIONS } from '../conditions';
import {
  CONDITION_IMS_SITES,
  type ImsSiteId,
  paraspinalId,
  SPINAL_LEVELS,
  type SpinalLevel,
} from '../imsSites';
import type { Statement } from '../schema';
import { CONDITION_LEVEL_WORDS, GUNN_IDEA, GUNN_LINKED } from './conditionWords';
import { DERMATOME_NOTE, DERMATOMES, exitWords, KEY_MUSCLES } from './levelWords';

export { DERMATOME_NOTE, GUNN_IDEA };

import type { ConditionSegments, LevelInfo } from './types';
import { t } from './words';

// The segmental view's content, derived from the data that already exists: a condition's levels
// and needle sites (imsSites.ts), its muscles (conditions.ts), each muscle's and nerve's supply
// (anatomy/). Only the words are written here (conditionWords.ts, levelWords.ts).

export * from './types';
export { SPINAL_LEVELS };

const levelAt = (level: string) => SPINAL_LEVELS.indexOf(level as SpinalLevel);
const isSpinalLevel = (value: unknown): value is SpinalLevel =>
  typeof value === 'string' && (SPINAL_LEVELS as readonly string[]).includes(value);

export { isSpinalLevel };

/** Whether a root range (over C1–S5) includes a level. */
function rangeIncludes(
  range: { from: string; to: string },
  level: SpinalLevel,
  order: readonly string[],
): boolean {
  const at = order.indexOf(level);
  return order.indexOf(range.from) <= at && at <= order.indexOf(range.to);
}
const ROOT_ORDER: readonly string[] = [...SPINAL_LEVELS, 'S3', 'S4', 'S5'];

/** The vertebra that stands for a level: C1–C7 and T1–L5 their own bone, S1–S2 the sacrum, C8 none. */
export function vertebraOf(level: SpinalLevel): BoneId | null {
  if (level === 'C8') return null;
  if (level.startsWith('S')) return 'sacrum';
  return level as BoneId;
}

/** The level a click on a bone picks: a vertebra its own level, the sacrum S1; other bones none. */
export function levelOfBone(boneId: string): SpinalLevel | null {
  if (boneId === 'sacrum') return 'S1';
  return isSpinalLevel(boneId) && boneId !== 'C8' ? boneId : null;
}

/** Levels as ranges: ['C5','C6','C7','C8'] → "C5–C8"; runs apart are joined with commas and "and"
 * (in the active language: "et" in French). */
export function levelRanges(levels: readonly SpinalLevel[]): string {
  const sorted = [...new Set(levels)].sort((a, b) => levelAt(a) - levelAt(b));
  const runs: string[] = [];
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    const prev = sorted[i - 1] as SpinalLevel;
    const cur = sorted[i];
    if (cur !== undefined && levelAt(cur) === levelAt(prev) + 1) continue;
    const first = sorted[start] as SpinalLevel;
    runs.push(first === prev ? first : `${first}–${prev}`);
    start = i;
  }
  if (runs.length <= 1) return runs[0] ?? '';
  return t('spineLevels.rangeList', { first: runs.slice(0, -1).join(', '), last: runs.at(-1) ?? '' });
}

/** "C5, C6, C7": every level named, as the labels on the spine read. */
export const levelList = (levels: readonly SpinalLevel[]) => levels.join(', ');

const unique = <T>(list: T[]) => [...new Set(list)];

/** Nerves a condition names that supply none of its muscles: the sciatic, squeezed by piriformis. */
const EXTRA_NERVES: Readonly<Record<string, NerveId[]>> = { 'piriformis-syndrome': ['sciatic'] };

function build(conditionId: string): ConditionSegments | undefined {
  const sites = CONDITION_IMS_SITES.find((c) => c.conditionId === conditionId);
  const condition = CONDITIONS.find((c) => c.id === conditionId);
  const words = CONDITION_LEVEL_WORDS[conditionId];
  if (!sites || !condition || !words) return undefined;
  const levels = [...sites.levels];
  const muscles = unique(condition.muscles.flatMap((m) => m.ids as MuscleId[]));
  const supplying = NERVES.filter(
    (n) => !n.id.startsWith('root-') && n.muscles.some((m) => muscles.includes(m)),
  );
  // The tibial and fibular nerves are branches of the sciatic: their course from the spine runs in it.
  const viaSciatic = supplying.some((n) => n.id === 'tibial' || n.id === 'common-fibular');
  const nerves = unique([
    ...supplying.map((n) => n.id),
    ...(viaSciatic ? (['sciatic'] as NerveId[]) : []),
    ...(EXTRA_NERVES[conditionId] ?? []),
  ]);
  return {
    conditionId,
    levels,
    // Read when shown, not when built: this module loads before French is switched on.
    get rangeLabel() {
      return levelRanges(levels);
    },
    words,
    gunnLinked: GUNN_LINKED.has(conditionId),
    muscles,
    roots: levels.map((l) => `root-${l}` as NerveId),
    nerves,
    vertebrae: unique(levels.map(vertebraOf).filter((b): b is BoneId => b !== null)),
    needleSites: [...sites.muscles, ...levels.map(paraspinalId)] as ImsSiteId[],
  };
}

const BY_CONDITION = new Map<string, ConditionSegments>();
for (const c of CONDITIONS) {
  const built = build(c.id);
  if (built) BY_CONDITION.set(c.id, built);
}

/** The segmental view of a condition; undefined for an unknown id. */
export function segmentsFor(conditionId: string): ConditionSegments | undefined {
  return BY_CONDITION.get(conditionId);
}

/** Every condition's segmental view, in the conditions' order. */
export const ALL_CONDITION_SEGMENTS: readonly ConditionSegments[] = [...BY_CONDITION.values()];

/** What the view shows for one level. */
export function levelInfo(level: SpinalLevel): LevelInfo {
  return {
    level,
    title: `${level}, ${levelWords(level)}`,
    vertebra: vertebraOf(level),
    exit: exitWords(level),
    dermatome: DERMATOMES[level]?.words ?? null,
    keyPoint: DERMATOMES[level]?.keyPoint ?? null,
    keyMuscle: KEY_MUSCLES[level] ?? null,
    myotome: MUSCLES.filter((m) => m.roots && rangeIncludes(m.roots, level, ROOT_ORDER)).map((m) => m.id),
    paraspinalSite: paraspinalId(level),
    conditionIds: ALL_CONDITION_SEGMENTS.filter((c) => c.levels.includes(level)).map((c) => c.conditionId),
  };
}

/** The level above or below (arrow keys on the picker); stays at the ends. */
export function stepLevel(level: SpinalLevel, by: number): SpinalLevel {
  const at = Math.min(SPINAL_LEVELS.length - 1, Math.max(0, levelAt(level) + by));
  return SPINAL_LEVELS[at] as SpinalLevel;
}

/** Every statement of the segmental view, for the tests (sources, reading grade). */
export function segmentStatements(): Statement[] {
  return [
    GUNN_IDEA,
    DERMATOME_NOTE,
    ...Object.values(CONDITION_LEVEL_WORDS).flat(),
    ...Object.values(DERMATOMES).map((d) => d.words),
    ...Object.values(KEY_MUSCLES),
  ];
}

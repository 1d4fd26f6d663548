import { SPINAL_LEVELS } from '../needleIdList.mjs';
import type { SpinalLevel } from './types';

// Levels as words, with no other content: the condition view names its levels in the first paint
// ("C5–C8"), where the rest of content/segments (which carries the anatomy content) must not go.

const levelAt = (level: string) => SPINAL_LEVELS.indexOf(level as SpinalLevel);

/** Levels as ranges: ['C5','C6','C7','C8'] → "C5–C8"; runs apart are joined with commas and "and". */
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
  return `${runs.slice(0, -1).join(', ')} and ${runs.at(-1)}`;
}

/** "C5, C6, C7": every level named, as the labels on the spine read. */
export const levelList = (levels: readonly SpinalLevel[]) => levels.join(', ');

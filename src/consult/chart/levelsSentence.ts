import { joinAnd, t } from '../words';
import { countLevels } from './markLevels';

// The sentence for the levels the marks fall in, apart from markLevels.ts (pure, also imported by
// the e2e tests in Node, where the UI words' build-time modules do not exist).

/** "Your marks fall in C6 (2 marks) and C7 (1 mark)." plus the marks outside every band. */
export function levelsSentence(levels: readonly (string | null)[]): string {
  const counted = countLevels(levels);
  const outside = levels.filter((l) => !l).length;
  const parts: string[] = [];
  if (counted.length > 0)
    parts.push(
      t('consult.levels.fall', {
        levels: joinAnd(counted.map((c) => t('consult.levels.level', { level: c.level, count: c.marks }))),
      }),
    );
  if (outside > 0) parts.push(t('consult.levels.outside', { count: outside }));
  return parts.join(' ');
}

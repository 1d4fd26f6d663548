import type { ConditionComparison } from './compareMarkers';

// The content's comparison for one condition (src/content/acupuncture.ts, imsSites.ts), in the
// shape the marker list is built from.
export function comparisonFor(_conditionId: string): ConditionComparison | undefined {
  return undefined;
}

// PLACEHOLDER (issue 12, pain chart): replaced by the pain-chart work.
import type { Condition } from '../../content';
import type { PainMark } from '../types';

/** The conditions to discuss for a chart, best match first (never a diagnosis). */
export function suggestConditions(_marks: readonly PainMark[]): Condition[] {
  return [];
}

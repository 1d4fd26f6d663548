import { type Condition, content } from '../../content';
import type { PainMark } from '../types';

// The conditions a chart points to, to talk over with the physiotherapist: never a diagnosis,
// only "these conditions are felt in the areas you marked". Pure, so it is tested on its own.

/** How well one condition's areas cover a chart: more marks first, then stronger pain. */
interface Match {
  condition: Condition;
  marks: number;
  intensity: number;
  order: number;
}

/**
 * The conditions whose areas hold at least one marked area, best match first: the most marks in
 * their areas, then the highest total intensity there; ties keep the content's order.
 */
export function suggestConditions(
  marks: readonly PainMark[],
  conditions: readonly Condition[] = content.conditions,
): Condition[] {
  if (marks.length === 0) return [];
  const matches: Match[] = [];
  conditions.forEach((condition, order) => {
    const areas = new Set<string>(condition.regions);
    const inside = marks.filter((m) => areas.has(m.region));
    if (inside.length === 0) return;
    const intensity = inside.reduce((sum, m) => sum + m.intensity, 0);
    matches.push({ condition, marks: inside.length, intensity, order });
  });
  matches.sort((a, b) => b.marks - a.marks || b.intensity - a.intensity || a.order - b.order);
  return matches.map((m) => m.condition);
}

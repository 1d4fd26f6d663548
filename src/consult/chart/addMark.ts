import { getRegion } from '../../content';
import { useAppStore } from '../../state/store';
import { MAX_MARKS, PAIN_KIND_NAMES, type PainMark } from '../types';

// Adding a mark, from the body (a tap) or from the panel (an area's button): one way, announced.
// Kept apart from the panel's components so the 3D chunk can use it without them.

/** The words for a mark, as the list and the announcements say it. */
export function markWords(mark: Pick<PainMark, 'region' | 'kind' | 'intensity'>): string {
  const area = getRegion(mark.region)?.name ?? 'Body';
  return `${area}: ${PAIN_KIND_NAMES[mark.kind].toLowerCase()}, ${mark.intensity} out of 10`;
}

/** A spot on the skin kept to the centimetre (the chart never needs more, and links stay short). */
export const roundPoint = (x: number, y: number, z: number): [number, number, number] => [
  Math.round(x * 100) / 100,
  Math.round(y * 100) / 100,
  Math.round(z * 100) / 100,
];

/** Adds a mark with the chosen kind and intensity and says what was added (or that it is full). */
export function addMarkAt(region: PainMark['region'], point: PainMark['point']): number | null {
  const store = useAppStore.getState();
  const id = store.addMark({ region, point });
  if (id === null) {
    store.announce(`The chart is full: at most ${MAX_MARKS} marks. Remove one to add another.`);
    return null;
  }
  const added = useAppStore.getState().chart.find((m) => m.id === id);
  if (added) store.announce(`Mark added. ${markWords(added)}.`);
  return id;
}

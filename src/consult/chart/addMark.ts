import { getRegion } from '../../content';
import { useAppStore } from '../../state/store';
import { MAX_MARKS, type PainMark } from '../types';
import { painKindName, t } from '../words';

// Adding a mark, from the body (a tap) or from the panel (an area's button): one way, announced.
// Kept apart from the panel's components so the 3D chunk can use it without them.

/** The words for a mark, as the list and the announcements say it. */
export function markWords(mark: Pick<PainMark, 'region' | 'kind' | 'intensity'>): string {
  const area = getRegion(mark.region)?.name ?? t('consult.mark.body');
  const kind = painKindName(mark.kind).toLowerCase();
  return t('consult.mark.words', { area, kind, intensity: mark.intensity });
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
    store.announce(t('consult.mark.full', { max: MAX_MARKS }));
    return null;
  }
  const added = useAppStore.getState().chart.find((m) => m.id === id);
  if (added) store.announce(t('consult.mark.added', { mark: markWords(added) }));
  return id;
}

import { useSyncExternalStore } from 'react';
import { chartBridge } from '../../scene/chart/chartBridge';
import { levelsSentence } from './levelsSentence';

/**
 * The spinal levels the chart's marks fall in, as the segmental view's scene finds them while
 * the chart is laid over the bands: the sentence ("Your marks fall in C6 (2 marks)."), or null
 * while the overlay is off or the levels are still being found. For the segment panel and the
 * presenter's caption.
 */
export function useMarkLevels(): { sentence: string; levels: ReadonlyMap<number, string | null> } | null {
  const levels = useSyncExternalStore(chartBridge.subscribe, () => chartBridge.get().levels);
  return levels ? { sentence: levelsSentence([...levels.values()]), levels } : null;
}

import type { MouseEvent } from 'react';
import { type SegmentView, SPINE_LEVELS } from '../state/segmentSlice';
import { useAppStore } from '../state/store';
import { serializeUrlState } from '../state/urlState';
import { isPlainClick } from '../ui/plainClick';
import { CYCLE_STAGE_IDS, type CycleStageId } from './stageIds';

/** The link that opens the explainer at a step, keeping what else is on screen (a condition, say). */
export function cycleHref(stage: CycleStageId = CYCLE_STAGE_IDS[0]): string {
  const { regionId, conditionId, view, segments } = useAppStore.getState();
  // A query-only link keeps the current path, and needs no window, so it also pre-renders.
  return serializeUrlState({ regionId, conditionId, view, cycleStage: stage, spine: spineOf(segments) });
}

const spineOf = (segments: SegmentView | null) => (segments ? (segments.level ?? SPINE_LEVELS) : null);

/** The link from a step back to the spinal levels of the condition the explainer was opened from. */
export function levelsHref(conditionId: string): string {
  const { regionId } = useAppStore.getState();
  return serializeUrlState({ regionId, conditionId, view: null, cycleStage: null, spine: SPINE_LEVELS });
}

/**
 * Closes the explainer on the spinal levels of a condition (as the link above says) and lands
 * focus on their heading once the view has arrived (its code may still be on its way).
 */
export function leaveCycleForLevels(event: MouseEvent<HTMLAnchorElement>, conditionId: string): void {
  if (!isPlainClick(event)) return;
  event.preventDefault();
  const store = useAppStore.getState();
  store.closeCycle();
  // Already open on this condition (the explainer was opened from its levels): kept as it was.
  if (store.segments?.conditionId !== conditionId) store.showLevels(conditionId);
  focusWhenThere('#segment-heading');
}

/** Focuses an element as soon as it is in the page, or gives up after a few seconds. */
function focusWhenThere(selector: string, waitMs = 5000): void {
  const found = () => document.querySelector<HTMLElement>(selector);
  const now = found();
  if (now) {
    requestAnimationFrame(() => found()?.focus());
    return;
  }
  const observer = new MutationObserver(() => {
    const arrived = found();
    if (!arrived) return;
    observer.disconnect();
    arrived.focus();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), waitMs);
}

/** A plain click opens the explainer in place; a click with a modifier opens the link as usual. */
export function openCycleFromLink(event: MouseEvent<HTMLAnchorElement>, stage?: CycleStageId): void {
  if (!isPlainClick(event)) return;
  event.preventDefault();
  useAppStore.getState().openCycle(stage);
}

/** Closes the explainer and lands focus on the body explorer's heading. */
export function leaveCycle(): void {
  useAppStore.getState().closeCycle();
  requestAnimationFrame(() => document.querySelector<HTMLElement>('#panel h1')?.focus());
}

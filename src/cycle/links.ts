import type { MouseEvent } from 'react';
import { useAppStore } from '../state/store';
import { serializeUrlState } from '../state/urlState';
import { CYCLE_STAGE_IDS, type CycleStageId } from './stageIds';

/** The link that opens the explainer at a step, keeping what else is on screen (a condition, say). */
export function cycleHref(stage: CycleStageId = CYCLE_STAGE_IDS[0]): string {
  const { regionId, conditionId, view } = useAppStore.getState();
  // A query-only link keeps the current path, and needs no window, so it also pre-renders.
  return serializeUrlState({ regionId, conditionId, view, cycleStage: stage });
}

/** A plain click opens the explainer in place; a click with a modifier opens the link as usual. */
export function openCycleFromLink(event: MouseEvent<HTMLAnchorElement>, stage?: CycleStageId): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  useAppStore.getState().openCycle(stage);
}

/** Closes the explainer and lands focus on the body explorer's heading. */
export function leaveCycle(): void {
  useAppStore.getState().closeCycle();
  requestAnimationFrame(() => document.querySelector<HTMLElement>('#panel h1')?.focus());
}

import { useEffect } from 'react';
import { useAppStore } from '../../state/store';
import { leaveCycle } from '../links';
import { CYCLE_STAGE_IDS } from '../stageIds';

// Keys for a consultation: Space plays or pauses; ←/→ and PageUp/PageDown (presentation clickers)
// step; Home/End jump to the first and last step; Escape goes back to the body. A control that uses a key itself keeps it.

const HANDLED = new Set([' ', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End', 'Escape']);

function keepsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    // The scrubber moves itself with arrows, Page keys, Home and End; Space is ours.
    if (type === 'range') return key !== ' ';
    return true;
  }
  // Buttons, links and summaries are pressed with Space: let them be.
  if (key === ' ' && (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY' || target.role === 'button'))
    return true;
  return false;
}

export function useCycleKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!HANDLED.has(event.key) || event.defaultPrevented) return;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (keepsKey(event.target, event.key)) return;
      const store = useAppStore.getState();
      if (store.cycleStage === null) return;
      event.preventDefault();
      switch (event.key) {
        case ' ':
          store.toggleCyclePlay();
          break;
        case 'ArrowLeft':
        case 'PageUp':
          store.stepCycle(-1);
          break;
        case 'ArrowRight':
        case 'PageDown':
          store.stepCycle(1);
          break;
        case 'Escape':
          leaveCycle();
          break;
        case 'Home':
          store.setCycleStage(CYCLE_STAGE_IDS[0]);
          break;
        case 'End': {
          const last = CYCLE_STAGE_IDS[CYCLE_STAGE_IDS.length - 1];
          if (last) store.setCycleStage(last);
          break;
        }
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

import { useEffect, useRef } from 'react';
import { CYCLE_STAGE_IDS } from '../../cycle/stageIds';
import { tourShow } from '../../state/consultSlice';
import { useAppStore } from '../../state/store';
import { inSameHistoryEntry } from '../../state/urlSync';
import { TOUR_STEPS } from '../types';
import { type ClickerAction, clickerAction, describeFocused, patientSwallowsKey } from './clickerKeys';
import './presenter.css';

// What each step shows (and its words) is its own chunk, fetched the first time a step is shown;
// it then installs itself in the store's place for it.
if (!tourShow.current)
  tourShow.current = (get, step) => {
    import('../tour/showStep').then(
      ({ installTour, showStep }) => {
        installTour();
        showStep(get, step);
      },
      () => get().showNotice("This step of the tour couldn't load. Check your connection, then try again."),
    );
  };

const FIRST_STEP = TOUR_STEPS[0];
const LAST_STEP = TOUR_STEPS[TOUR_STEPS.length - 1] ?? FIRST_STEP;

/** Presenter mode on, at the step where the tour was left (or its start). */
export function startPresenting(): void {
  const s = useAppStore.getState();
  s.goToStep(s.lastTourStep ?? FIRST_STEP);
}

export function stopPresenting(): void {
  const s = useAppStore.getState();
  s.setPresenter(false);
  s.announce('Presenter mode off.');
}

export function toggleBlank(): void {
  const s = useAppStore.getState();
  s.setBlank(!s.blank);
  s.announce(s.blank ? 'The screen is back.' : 'Screen blanked. Press B to bring it back.');
}

/** Next or previous: through the pain cycle's own steps at that step, else the tour's. */
function move(by: 1 | -1): void {
  const s = useAppStore.getState();
  // A key while blanked only brings the screen back, as slide software does.
  if (s.blank) {
    toggleBlank();
    return;
  }
  if (s.tourStep === null) {
    startPresenting();
    return;
  }
  if (s.tourStep === 'pain-cycle' && s.cycleStage !== null) {
    const at = CYCLE_STAGE_IDS.indexOf(s.cycleStage);
    if (at + by >= 0 && at + by < CYCLE_STAGE_IDS.length) {
      s.stepCycle(by);
      return;
    }
  }
  const edge = by > 0 ? LAST_STEP : FIRST_STEP;
  if (s.tourStep === edge) {
    s.announce(by > 0 ? 'This is the last step.' : 'This is the first step.');
    return;
  }
  if (by > 0) s.nextStep();
  else s.previousStep();
}

export function runClickerAction(action: ClickerAction): void {
  const s = useAppStore.getState();
  switch (action) {
    case 'next':
      move(1);
      break;
    case 'previous':
      move(-1);
      break;
    case 'first':
      s.goToStep(FIRST_STEP);
      break;
    case 'last':
      s.goToStep(LAST_STEP);
      break;
    case 'blank':
      toggleBlank();
      break;
    case 'presenter':
      if (s.presenter) stopPresenting();
      else startPresenting();
      break;
    case 'leave':
      if (s.blank) toggleBlank();
      else stopPresenting();
      break;
  }
}

/**
 * Presenter mode for the whole page: the classes on <html> its look hangs on, the clicker keys
 * (P turns it on anywhere outside a field), a step's bare link filled in at start, and focus put
 * back on the Present button when it ends.
 */
export function usePresenterMode(): void {
  const presenter = useAppStore((s) => s.presenter);
  const blank = useAppStore((s) => s.blank);
  const patient = useAppStore((s) => s.screenRole === 'patient');
  const wasOn = useRef(presenter);

  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('presenter', presenter);
    root.classList.toggle('screen-blank', presenter && blank);
  }, [presenter, blank]);

  useEffect(() => {
    if (wasOn.current && !presenter && !patient) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-present-button]')?.focus());
    }
    wasOn.current = presenter;
  }, [presenter, patient]);

  // A step's link (`?tour=conditions`) may name only the step: show what the step shows, in the
  // same history entry. A full link already holds it; showing it again changes nothing.
  useEffect(() => {
    const { tourStep, screenRole, goToStep } = useAppStore.getState();
    if (tourStep && screenRole === 'main') inSameHistoryEntry(() => goToStep(tourStep));
  }, []);

  useEffect(() => {
    if (!patient) return;
    // The patient's screen only mirrors: its keys change nothing (ahead of every other listener).
    const swallow = (event: KeyboardEvent) => {
      if (!patientSwallowsKey(event.key, describeFocused(event.target))) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('keydown', swallow, { capture: true });
    return () => window.removeEventListener('keydown', swallow, { capture: true });
  }, [patient]);

  useEffect(() => {
    if (patient) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const s = useAppStore.getState();
      const action = clickerAction(
        event.key,
        { alt: event.altKey, ctrl: event.ctrlKey, meta: event.metaKey },
        describeFocused(event.target),
        s.presenter,
      );
      if (!action) return;
      // Ahead of the 3D view's arrow keys and the pain cycle's own keys.
      event.preventDefault();
      event.stopPropagation();
      runClickerAction(action);
    };
    document.addEventListener('keydown', onKeyDown, { capture: true });
    return () => document.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [patient]);
}

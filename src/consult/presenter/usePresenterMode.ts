import { useEffect, useRef } from 'react';
import { tourShow } from '../../state/consultSlice';
import { useAppStore } from '../../state/store';
import { inSameHistoryEntry } from '../../state/urlSync';
import { TOUR_STEPS } from '../types';
import { clickerAction, describeFocused, patientSwallowsKey } from './clickerKeys';
import './presenter.css';
import { t } from '../entryWords';

// What each step shows (and its words) is its own chunk, fetched the first time a step is shown;
// it then installs itself in the store's place for it.
if (!tourShow.current)
  tourShow.current = (get, step) => {
    import('../tour/showStep').then(
      ({ installTour, showStep }) => {
        installTour();
        showStep(get, step);
      },
      () => get().showNotice(t('consultEntry.tour.failed')),
    );
  };

export const FIRST_STEP = TOUR_STEPS[0];
export const LAST_STEP = TOUR_STEPS[TOUR_STEPS.length - 1] ?? FIRST_STEP;

/** Presenter mode on, at the step where the tour was left (or its start). */
export function startPresenting(): void {
  const s = useAppStore.getState();
  s.goToStep(s.lastTourStep ?? FIRST_STEP);
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
      // What the keys do is its own small chunk (the first key fetches it).
      void import('./presenterActions').then(({ runClickerAction }) => runClickerAction(action));
    };
    document.addEventListener('keydown', onKeyDown, { capture: true });
    return () => document.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [patient]);
}

import { useCallback, useEffect, useState } from 'react';
import { hasVisitLink } from '../consult/takehome/visitStart';
import { bodyUsedEarly } from '../startup/firstUse';
import { useAppStore } from '../state/store';
import { fetchModelAhead } from './fetchModelAhead';
import { IDLE_START_MS } from './sceneStartTiming';

export { IDLE_START_MS };

/**
 * "Idle until urgent": when the 3D scene should start. At once on the patient's screen and for a
 * take-home link; otherwise on the first sign of use (a touch, a pointer, focus, or any
 * selection) or after the page has been idle a moment. Keeps the first seconds of a visit on a
 * slow phone free for the words.
 */
export function useSceneStart(enabled: boolean): [boolean, () => void] {
  const [started, setStarted] = useState(false);
  const start = useCallback(() => setStarted(true), []);
  // A person pointing at or focusing the body: the model is fetched beside the 3D code, not after
  // it has loaded and started. (Not for a link's or the idle start: fetched that early, the model
  // competes with the page's own files, and Lighthouse's simulated phone counts it against the
  // largest paint, 2.1 s -> 3.5 s.)
  const startForPerson = useCallback(() => {
    if (enabled) fetchModelAhead();
    start();
  }, [enabled, start]);

  useEffect(() => {
    if (!enabled || started) return;
    // Pointed at or focused before the app had started (see startup/firstUse).
    if (bodyUsedEarly()) {
      startForPerson();
      return;
    }
    const s = useAppStore.getState();
    // The patient's second screen shows the body from the start; so does a take-home link (its
    // chart and camera are on the body).
    const visit = s.visit !== null || hasVisitLink(window.location.hash);
    // A link to an area or a condition waits like the start page: its words come first, and the
    // body starts on the first sign of use or when the page is quiet (Lighthouse's phone: 97+).
    if (s.screenRole === 'patient' || visit) {
      start();
      return;
    }
    let timer: number | undefined;
    let idle: number | undefined;
    const whenIdle = () => {
      timer = window.setTimeout(() => {
        idle =
          'requestIdleCallback' in window ? window.requestIdleCallback(start, { timeout: 1000 }) : undefined;
        if (idle === undefined) start();
      }, IDLE_START_MS);
    };
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
    const unsubscribe = useAppStore.subscribe((next, prev) => {
      if (
        next.regionId !== prev.regionId ||
        next.conditionId !== prev.conditionId ||
        next.view !== prev.view ||
        next.cameraNudge !== prev.cameraNudge ||
        next.hoveredRegionId !== prev.hoveredRegionId ||
        next.visit !== prev.visit ||
        next.chart !== prev.chart ||
        next.tourStep !== prev.tourStep
      )
        start();
    });
    return () => {
      window.removeEventListener('load', whenIdle);
      window.clearTimeout(timer);
      if (idle !== undefined) window.cancelIdleCallback(idle);
      unsubscribe();
    };
  }, [enabled, started, start, startForPerson]);

  return [started, startForPerson];
}

import { getCondition } from '../../content';
import { cameraBridge } from '../../scene/cameraBridge';
import { type AppState, useAppStore } from '../../state/store';
import { linkProblemNotice } from '../../state/urlState';
import type { CameraPose, TakeHome } from '../types';
import { decodeTakeHome } from './link';

// Started once from main.tsx: opens a take-home link (at start, or pasted into this tab later)
// and records what is shown, for the next take-home link. Light: part of the first paint.

const validators = { isConditionId: (id: string) => getCondition(id) !== undefined };

/**
 * Opens the visit in the address's fragment, if there is one. It REPLACES this device's chart with
 * the link's (empty when the link has none) and forgets what was seen here, so nothing of another
 * person's consultation on this device can show beside it. Returns whether a visit link was found.
 */
export function openVisitFromLocation(): boolean {
  const { visit, problems } = decodeTakeHome(window.location.hash, validators);
  if (!visit) return false;
  const store = useAppStore.getState();
  useAppStore.setState({ seen: { conditions: [], stages: [] }, takeHomeOpen: false });
  store.setChart(visit.chart);
  store.setVisit(visit);
  if (problems.length > 0) store.showNotice(linkProblemNotice(problems));
  if (visit.camera) applyPoseWhenReady(visit.camera);
  return true;
}

/** Closes "Your visit": its chart goes too, and the link leaves the address bar. */
export function closeVisit(): void {
  const store = useAppStore.getState();
  store.setVisit(null);
  store.setChart([]);
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
}

let poseTimer: number | undefined;

/** Turns the camera to the link's pose once the body is drawn (the 3D arrives after the words). */
function applyPoseWhenReady(pose: CameraPose, triesLeft = 240): void {
  window.clearTimeout(poseTimer);
  const ready = document.documentElement.dataset.bodyReady === 'true' && cameraBridge.setPose;
  if (ready) {
    cameraBridge.setPose?.(pose, false);
    return;
  }
  if (triesLeft > 0) poseTimer = window.setTimeout(() => applyPoseWhenReady(pose, triesLeft - 1), 250);
}

/**
 * Records each condition and pain-cycle step shown, in this window, always (not only in presenter
 * mode: a practitioner may explain without it). "End consultation" forgets them. The patient's
 * second screen does not run this: it gets what was seen with each snapshot, so the QR code it
 * shows at the take-home step holds the same. A visit's own page records nothing: its link is what it is.
 */
function recordSeen(s: AppState, before: AppState): void {
  if (s.visit) return;
  const conditions = s.conditionId && s.conditionId !== before.conditionId ? [s.conditionId] : [];
  const stages = s.cycleStage && s.cycleStage !== before.cycleStage ? [s.cycleStage] : [];
  if (conditions.length > 0 || stages.length > 0) s.noteSeen({ conditions, stages });
}

/** Call once at start, after the link has been applied. Returns a stop function. */
export function startTakeHome(): () => void {
  openVisitFromLocation();
  const first = useAppStore.getState();
  recordSeen(first, { ...first, conditionId: null, cycleStage: null });
  const unsubscribe = useAppStore.subscribe(recordSeen);
  const onHash = () => {
    // Another visit link pasted into this tab; a plain "#panel" skip link is not one.
    if (!/(^#|&)visit=/.test(window.location.hash)) return;
    // It opens on its own page, as it would in a new tab: the view before it is left.
    if (window.location.search) {
      window.history.replaceState(null, '', `${window.location.pathname}${window.location.hash}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }
    openVisitFromLocation();
  };
  window.addEventListener('hashchange', onHash);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onHash);
  };
}

/** What a take-home link made now would hold: what was seen, what is on show, the chart, the camera. */
export function currentTakeHome(s: AppState): TakeHome {
  const add = (list: string[], item: string | null) =>
    item && !list.includes(item) ? [...list, item] : list;
  return {
    conditions: add(s.seen.conditions, s.conditionId),
    stages: add(s.seen.stages, s.cycleStage),
    chart: s.chart,
    camera: cameraBridge.pose?.() ?? null,
  };
}

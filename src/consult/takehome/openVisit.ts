import { getCondition } from '../../content';
import { cameraBridge } from '../../scene/cameraBridge';
import { useAppStore } from '../../state/store';
import { linkProblemNotice } from '../../state/urlState';
import type { CameraPose } from '../types';
import { decodeTakeHome } from './link';
// The link's words (link.ts says them through ../say) arrive with this chunk.
import '../words';

// Opening a take-home link: loaded only when the address holds one (see visitStart.ts), so the
// link reader stays out of the first paint.

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

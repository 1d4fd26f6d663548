import { useAppStore } from '../../state/store';
import { applySearch } from '../../state/urlSync';
import type { CameraPose, ConsultSnapshot } from '../types';

// The patient's screen takes the practitioner's snapshot whole: the view (through the same code
// that applies a link, without touching this window's history), then the consultation's own
// fields, then the camera. The camera waits for the body when it is not drawn yet.

/** A pose that came before the body could take it; applied when the camera is ready. */
let pendingPose: CameraPose | null = null;

export function applySnapshot(
  snapshot: ConsultSnapshot,
  camera: { setPose: ((pose: CameraPose, transition: boolean) => void) | null },
  transition: boolean,
): void {
  applySearch(snapshot.search);
  const s = useAppStore.getState();
  useAppStore.setState({
    // The caption bar and the large, high-contrast look follow the practitioner's tour.
    presenter: snapshot.tourStep !== null,
    tourStep: snapshot.tourStep,
    lastTourStep: snapshot.tourStep ?? s.lastTourStep,
    blank: snapshot.blank,
    chart: snapshot.chart,
    chartOpen: snapshot.chartOpen,
    chartOverlay: snapshot.chartOverlay,
    chartSelected: null,
    seen: snapshot.seen,
  });
  if (!snapshot.camera) return;
  if (camera.setPose) {
    pendingPose = null;
    camera.setPose(snapshot.camera, transition);
  } else {
    pendingPose = snapshot.camera;
  }
}

/** Applies a pose that arrived before the body was drawn (call when the camera reports in). */
export function applyPendingPose(camera: {
  setPose: ((pose: CameraPose, transition: boolean) => void) | null;
}) {
  const pose = pendingPose;
  if (!pose || !camera.setPose) return;
  pendingPose = null;
  camera.setPose(pose, false);
}

import { getCondition } from '../../content';
import { CYCLE_STAGE_IDS } from '../../cycle/stageIds';
import { tourShow } from '../../state/consultSlice';
import { type AppState, useAppStore } from '../../state/store';
import { inSameHistoryEntry } from '../../state/urlSync';
import { suggestConditions } from '../chart/suggest';
import { TOUR_STEPS, type TourStepId } from '../types';
import { stepAnnouncement } from './titles';

// What each step of the guided consultation puts on screen. The store's goToStep / nextStep /
// previousStep call `tourShow.current`, set here. A step first undoes what the other steps set
// (the chart panel, the comparison, the spinal levels, the take-home panel, the pain cycle), then
// sets its own, so any step can be reached from any other, forwards, backwards or by its link.

/** Offered at the conditions step when nothing is marked on the chart yet. */
export const COMMON_CONDITIONS = [
  'spinal-pain',
  'headaches',
  'chronic-whiplash-pain',
  'tennis-elbow',
  'piriformis-syndrome',
  'plantar-fasciitis',
] as const;

/** The step shown before the current one (set as the step changes, before showStep runs). */
let cameFrom: TourStepId | null = null;

/** The whole body from the front, nothing chosen (resetView only when something was chosen). */
function bodyFront(get: () => AppState): void {
  const s = get();
  if (s.regionId || s.conditionId || s.part || s.segments) s.resetView();
  else s.setView('front');
}

/** Takes down what the other steps put up. */
function cleanUp(get: () => AppState, step: TourStepId): void {
  const s = get();
  if (step !== 'pain-cycle' && s.cycleStage !== null) s.closeCycle();
  if (step !== 'where-it-hurts' && s.chartOpen) s.openChart(false);
  if (step !== 'spinal-levels') {
    if (s.segments) s.leaveSegments();
    if (s.chartOverlay) s.setChartOverlay(false);
  }
  if (step !== 'acupuncture' && get().compare) get().setCompare(false);
  if (step !== 'take-home' && s.takeHomeOpen) s.openTakeHome(false);
}

/** The condition a step talks about: the one on show, else the chart's best match; null: none. */
function conditionToShow(get: () => AppState): string | null {
  const s = get();
  if (s.conditionId && getCondition(s.conditionId)) return s.conditionId;
  return suggestConditions(s.chart)[0]?.id ?? null;
}

export function showStep(get: () => AppState, step: TourStepId): void {
  // The step has named itself in a new history entry; what it shows goes into that same entry.
  inSameHistoryEntry(() => showStepParts(get, step));
}

function showStepParts(get: () => AppState, step: TourStepId): void {
  const backwards = cameFrom !== null && TOUR_STEPS.indexOf(cameFrom) > TOUR_STEPS.indexOf(step);
  cleanUp(get, step);
  let extra = '';
  switch (step) {
    case 'what-is-ims':
      bodyFront(get);
      get().openPage('what-is-ims');
      break;
    case 'where-it-hurts':
      bodyFront(get);
      get().openPage(null);
      get().openChart(true);
      break;
    case 'conditions': {
      get().openPage(null);
      const id = conditionToShow(get);
      if (id) {
        get().selectCondition(id);
        extra = ` ${getCondition(id)?.name ?? ''}.`;
      } else bodyFront(get);
      break;
    }
    case 'pain-cycle':
      get().openPage(null);
      // Coming back from a later step lands on the cycle's last step, as a slide deck would.
      if (get().cycleStage === null) {
        const first = CYCLE_STAGE_IDS[0];
        const last = CYCLE_STAGE_IDS[CYCLE_STAGE_IDS.length - 1] ?? first;
        get().openCycle(backwards ? last : first, { autoplay: false });
      }
      break;
    case 'spinal-levels': {
      get().openPage(null);
      const id = conditionToShow(get);
      const open = get().segments;
      if (!open || open.conditionId !== id) get().showLevels(id);
      get().setChartOverlay(true);
      break;
    }
    case 'acupuncture': {
      const id = conditionToShow(get);
      if (id) {
        if (get().conditionId !== id) get().selectCondition(id);
        get().openPage(null);
        get().setCompare(true);
      } else get().openPage('ims-vs-acupuncture');
      break;
    }
    case 'what-to-expect':
      get().openPage('what-happens-in-a-session');
      break;
    case 'take-home':
      get().openPage(null);
      get().openTakeHome(true);
      break;
  }
  get().announce(`${stepAnnouncement(step)}.${extra}`);
}

/**
 * Installs the tour into the store (once, at start). Also keeps the parts of a step that are not
 * in the link (the take-home panel, the chart over the bands) in step when Back, Forward or a
 * link changes the step without showStep, and says each new step aloud.
 */
export function installTour(): void {
  if (tourShow.current === showStep) return;
  tourShow.current = showStep;
  useAppStore.subscribe((s, before) => {
    if (s.tourStep === before.tourStep || s.tourStep === null) return;
    const step = s.tourStep;
    cameFrom = before.tourStep;
    const patch: Partial<AppState> = {};
    if (s.takeHomeOpen !== (step === 'take-home')) patch.takeHomeOpen = step === 'take-home';
    if (s.chartOverlay !== (step === 'spinal-levels')) patch.chartOverlay = step === 'spinal-levels';
    if (Object.keys(patch).length > 0) useAppStore.setState(patch);
    s.announce(`${stepAnnouncement(step)}.`);
  });
}

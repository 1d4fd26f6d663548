import { getCondition } from '../content';
import { isCycleStageId } from '../cycle/stageIds';
import { EMBED } from '../embed/embedMode';
import { LAYER_IDS, opacityToXray } from './anatomySlice';
import { SPINE_LEVELS } from './segmentSlice';
import { type AppState, useAppStore } from './store';
import { linkProblemNotice, parseUrlState, sameUrlState, serializeUrlState, type UrlState } from './urlState';

const validators = {
  isConditionId: (id: string) => getCondition(id) !== undefined,
  isCycleStageId,
};

/** What the link records of the store. */
export function urlStateOf(s: AppState): UrlState {
  return {
    regionId: s.regionId,
    conditionId: s.conditionId,
    view: s.view,
    cycleStage: s.cycleStage,
    page: s.page,
    compare: s.compare,
    part: s.part,
    layers: LAYER_IDS.filter((layer) => s.layers[layer]),
    xray: opacityToXray(s.skinOpacity),
    spine: s.segments ? (s.segments.level ?? SPINE_LEVELS) : null,
    tour: s.tourStep,
    chart: s.chartOpen,
    // The compact mode (`embed=1`) holds for the whole visit: every link the page writes keeps it.
    ...(EMBED && { embed: EMBED }),
    simple: s.simpleView,
  };
}

/**
 * Applies a link's search string to the store without touching this window's address bar or
 * history (the patient's second screen copies the practitioner's view this way). Problems are
 * left out quietly: the sender made the string from its own store.
 */
export function applySearch(search: string): void {
  const { state } = parseUrlState(search, validators);
  const store = useAppStore.getState();
  store.applyUrlState(state);
  store.applyAnatomyUrl(state);
}

/** The store's view as a link's search string ('' for the start page). */
export function searchOf(s: AppState): string {
  return serializeUrlState(urlStateOf(s));
}

/** Applies the address bar to the store; a bad link gets a friendly notice and the default view. */
function applyLocation(): void {
  const { state, problems } = parseUrlState(window.location.search, validators);
  const store = useAppStore.getState();
  store.applyUrlState(state);
  store.applyAnatomyUrl(state);
  if (problems.length > 0) {
    store.showNotice(linkProblemNotice(problems));
    // Tidy the address bar so the notice is not shown again on reload.
    window.history.replaceState(null, '', `${window.location.pathname}${serializeUrlState(state)}`);
  }
}

let sameEntry = false;

/**
 * Runs a change that updates the current history entry instead of adding more: a tour step
 * names itself (a new entry), then closes one view and opens another, all in that one entry.
 */
export function inSameHistoryEntry(change: () => void): void {
  const outer = sameEntry;
  sameEntry = true;
  try {
    change();
  } finally {
    sameEntry = outer;
  }
}

/**
 * Keeps the URL and the store in step both ways: each change of region, condition or view that a
 * person makes is a new history entry (the camera reporting where it ended up only updates the
 * current one), and Back/Forward put the store back. Call once at start-up; returns an unsubscribe.
 */
export function startUrlSync(): () => void {
  let applying = true;
  applyLocation();
  applying = false;
  let last = urlStateOf(useAppStore.getState());
  const unsubscribe = useAppStore.subscribe((s) => {
    const next = urlStateOf(s);
    if (sameUrlState(next, last)) return;
    // The explainer's autoplay moves from step to step by itself: it updates the link but is not a
    // visit, so it replaces the history entry instead of adding one.
    const autoplayStep =
      s.cycleHistory === 'replace' &&
      last.cycleStage !== null &&
      next.cycleStage !== null &&
      sameUrlState({ ...next, cycleStage: last.cycleStage }, last);
    // The camera reporting which side it ended up on (after a flight to a region, a drag or a
    // key) keeps the link true to the screen, but it is not a new visit either.
    const cameraReport = s.viewSetBy === 'camera' && sameUrlState({ ...next, view: last.view }, last);
    // Layers and the see-through slider are settings of the picture, not places: a drag of the
    // slider must not fill the history with steps.
    const pictureOnly = sameUrlState({ ...next, layers: last.layers ?? null, xray: last.xray ?? null }, last);
    last = next;
    // A change that came from the address bar itself must not add another history entry.
    if (applying) return;
    const search = serializeUrlState(next);
    if (search !== window.location.search) {
      const method = autoplayStep || cameraReport || pictureOnly || sameEntry ? 'replaceState' : 'pushState';
      window.history[method](null, '', `${window.location.pathname}${search}${window.location.hash}`);
    }
  });
  const onPop = () => {
    applying = true;
    applyLocation();
    applying = false;
    last = urlStateOf(useAppStore.getState());
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}

import { create, type StateCreator } from 'zustand';
import { type PersistStorage, persist } from 'zustand/middleware';
import type { ClinicDetails } from '../clinic/clinicConfig';
import { conditionsForRegion, getCondition, getRegion, type PageId, pageTitle } from '../content';
import type { RegionId } from '../content/regionIds';
import { isCycleStageId } from '../cycle/stageIds';
import { t } from '../i18n/t';
import { type AnatomySlice, CLOSED_PART, createAnatomySlice } from './anatomySlice';
import { type ConsultSlice, createConsultSlice } from './consultSlice';
import { type CycleSlice, createCycleSlice } from './cycleSlice';
import { createMapSlice, type MapSlice } from './mapSlice';
import {
  DEFAULT_PREFERENCES,
  PREFERENCES_KEY,
  PREFERENCES_VERSION,
  type Preferences,
  parseSavedPreferences,
  readSavedPreferences,
  type SavedPreferences,
} from './preferences';
import { applySegmentUrl, closedSegments, createSegmentSlice, type SegmentSlice } from './segmentSlice';
import { EMPTY_URL_STATE, type UrlState, type ViewPreset } from './urlState';

// One store, three typed slices. Only preferences are persisted; what the user is looking at lives
// in the URL (see useUrlSync).

export type WebglStatus = 'checking' | 'ready' | 'unavailable' | 'lost';

/**
 * A request for the camera to fly to (or cut to) some regions; `nonce` makes repeats distinct.
 * With a `view` the regions are framed from that side (even when it cannot see them well);
 * without one the camera picks the side that shows them best.
 */
export interface FocusRequest {
  regionIds: RegionId[];
  view?: ViewPreset;
  /** Frame the comparison's markers too (the condition beside acupuncture), once they are loaded. */
  markers?: boolean;
  /** Frame this one comparison marker (its list twin was pressed), with some body around it. */
  marker?: string;
  nonce: number;
}

/** A request to show the whole body from one side. */
export interface ViewRequest {
  view: ViewPreset;
  nonce: number;
}

/** A small camera move asked for by a button or a key; `nonce` makes repeats distinct. */
export interface CameraNudge {
  azimuth: number;
  polar: number;
  zoom: number;
  nonce: number;
}

export interface SelectionSlice {
  regionId: RegionId | null;
  conditionId: string | null;
  /**
   * The view button shown pressed: the preset side the camera looks from, or null when the camera
   * is anywhere else. A button press sets it at once; every other camera move is reported back by
   * the camera (`cameraAt`), so it always matches what is on screen.
   */
  view: ViewPreset | null;
  /** Who set `view` last: a person choosing it (a new history entry) or the camera reporting. */
  viewSetBy: 'person' | 'camera';
  /** A panel page (side effects, warning signs) shown over the current selection; null: none. */
  page: PageId | null;
  hoveredRegionId: RegionId | null;
  /** The condition's IMS sites and acupuncture points shown on the body (only with a condition). */
  compare: boolean;
  /** The comparison marker named on the body (pointer over it, or its list twin focused); null: none. */
  hoveredMarker: string | null;
  focusRequest: FocusRequest | null;
  viewRequest: ViewRequest | null;
  cameraNudge: CameraNudge | null;
  nudgeCamera: (move: Partial<Omit<CameraNudge, 'nonce'>>) => void;
  selectRegion: (id: RegionId | null, options?: { frame?: boolean }) => void;
  selectCondition: (id: string | null) => void;
  /** A view button: the selection (or the whole body) seen from that side. */
  setView: (view: ViewPreset) => void;
  /** The camera says which preset side it now looks from (null: none). */
  cameraAt: (view: ViewPreset | null) => void;
  /** Opens a panel page over the current selection, or closes it (null). */
  openPage: (page: PageId | null) => void;
  resetView: () => void;
  hoverRegion: (id: RegionId | null) => void;
  /** Shows or hides the comparison with acupuncture on the body, for the condition on show. */
  setCompare: (on: boolean) => void;
  /** Frames the condition and the comparison's markers (called when the markers arrive). */
  frameComparison: () => void;
  hoverMarker: (key: string | null) => void;
  /** Turns the camera to one comparison marker. */
  showMarker: (key: string) => void;
  applyUrlState: (state: UrlState) => void;
}

export interface StatusSlice {
  webgl: WebglStatus;
  /** The clinic's details from clinic.json; null: none given (the app stays neutral). */
  clinic: ClinicDetails | null;
  setClinic: (clinic: ClinicDetails | null) => void;
  notice: string | null;
  announcement: string;
  /** Bumped by "Reset view" so the camera can return home even when the view was already null. */
  resetNonce: number;
  setWebgl: (status: WebglStatus) => void;
  showNotice: (text: string) => void;
  dismissNotice: () => void;
  announce: (text: string) => void;
}

export interface PreferencesSlice extends Preferences {
  setLargeText: (on: boolean) => void;
}

export type AppState = SelectionSlice &
  StatusSlice &
  PreferencesSlice &
  CycleSlice &
  AnatomySlice &
  SegmentSlice &
  ConsultSlice &
  MapSlice;

let nonce = 0;
const nextNonce = () => ++nonce;

function describeRegion(id: RegionId): string {
  const region = getRegion(id);
  if (!region) return '';
  const conditions = conditionsForRegion(id);
  if (conditions.length === 0) return t('store.regionNoCondition', { name: region.name });
  const names = conditions.map((c) => c.name).join(', ');
  return t('store.regionSelected', { name: region.name, count: conditions.length, names });
}

/** The regions on show: a condition's areas, else the chosen area, else none (the whole body). */
function shownRegions(regionId: RegionId | null, conditionId: string | null): RegionId[] | null {
  const condition = conditionId ? getCondition(conditionId) : undefined;
  if (condition) return condition.regions;
  return regionId ? [regionId] : null;
}

const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  ...EMPTY_URL_STATE,
  viewSetBy: 'person',
  page: null,
  hoveredRegionId: null,
  compare: false,
  hoveredMarker: null,
  focusRequest: null,
  viewRequest: null,
  cameraNudge: null,
  // The camera reports where a nudge leaves it (cameraAt).
  nudgeCamera: (move) => set({ cameraNudge: { azimuth: 0, polar: 0, zoom: 0, ...move, nonce: nextNonce() } }),
  selectRegion: (id, options) => {
    const frame = id !== null && options?.frame === true;
    set({
      ...closedSegments(get()),
      regionId: id,
      conditionId: null,
      compare: false,
      page: null,
      ...CLOSED_PART,
      // A framed region is seen from its own best side; the camera reports which preset that is.
      ...(frame ? { focusRequest: { regionIds: [id], nonce: nextNonce() }, view: null } : {}),
    });
    get().announce(id ? describeRegion(id) : t('store.cleared'));
  },
  selectCondition: (id) => {
    const condition = id ? getCondition(id) : undefined;
    if (!condition) {
      set({ ...closedSegments(get()), conditionId: null, compare: false, page: null });
      return;
    }
    set({
      ...closedSegments(get()),
      conditionId: condition.id,
      ...CLOSED_PART,
      // Each condition opens on its own; the comparison is one press away.
      compare: false,
      hoveredMarker: null,
      page: null,
      focusRequest: { regionIds: condition.regions, nonce: nextNonce() },
      view: null,
    });
    get().announce(t('store.conditionChosen', { name: condition.name, count: condition.regions.length }));
  },
  setView: (view) => {
    const regionIds = shownRegions(get().regionId, get().conditionId);
    const markers = get().compare && get().conditionId !== null;
    set({
      view,
      viewSetBy: 'person',
      ...(regionIds
        ? { focusRequest: { regionIds, view, nonce: nextNonce(), ...(markers ? { markers } : {}) } }
        : { viewRequest: { view, nonce: nextNonce() } }),
    });
  },
  cameraAt: (view) => {
    if (get().view !== view) set({ view, viewSetBy: 'camera' });
  },
  openPage: (page) => {
    if (get().page === page) return;
    set({ page });
    if (page) {
      // A question keeps its question mark; other titles end with a full stop.
      const title = pageTitle(page);
      get().announce(/[.?!]$/.test(title) ? title : `${title}.`);
    }
  },
  resetView: () => {
    set((s) => ({
      ...closedSegments(s),
      // The camera reports "front" once it is there.
      view: null,
      regionId: null,
      conditionId: null,
      compare: false,
      page: null,
      ...CLOSED_PART,
      focusRequest: null,
      resetNonce: s.resetNonce + 1,
    }));
    get().announce(t('store.viewReset'));
  },
  hoverRegion: (id) => {
    if (get().hoveredRegionId !== id) set({ hoveredRegionId: id });
  },
  setCompare: (on) => {
    const s = get();
    const condition = s.conditionId ? getCondition(s.conditionId) : undefined;
    if (!condition || s.compare === on) return;
    // Off: back to the condition's own view. On: its areas and every marker in one view.
    set({
      ...(on ? closedSegments(s) : {}),
      compare: on,
      hoveredMarker: null,
      view: null,
      focusRequest: { regionIds: condition.regions, nonce: nextNonce(), ...(on ? { markers: true } : {}) },
    });
    if (!on) get().announce(t('store.comparisonHidden', { name: condition.name }));
  },
  frameComparison: () => {
    const s = get();
    const condition = s.conditionId ? getCondition(s.conditionId) : undefined;
    if (!condition || !s.compare) return;
    // A side named by a link or a view button is kept.
    const view = s.viewSetBy === 'person' && s.view ? { view: s.view } : {};
    set({ focusRequest: { regionIds: condition.regions, markers: true, nonce: nextNonce(), ...view } });
  },
  hoverMarker: (key) => {
    if (get().hoveredMarker !== key) set({ hoveredMarker: key });
  },
  showMarker: (key) => {
    if (!get().compare) return;
    set({ view: null, focusRequest: { regionIds: [], marker: key, nonce: nextNonce() } });
  },
  // What a link says is what the camera shows: its areas from the side it names, or from their
  // best side when it names none; no areas means the whole body (from the front by default).
  // A link that changes none of that (a step of the pain cycle) leaves the camera where it is.
  applyUrlState: (state) => {
    const conditionId = state.conditionId && getCondition(state.conditionId) ? state.conditionId : null;
    const s = get();
    const regionIds = shownRegions(state.regionId, conditionId);
    // The start page's link leaves out "front", which is what it shows.
    const sameView = s.view === state.view || (!regionIds && s.view === 'front' && state.view === null);
    const compare = conditionId !== null && state.compare === true;
    const moves =
      s.regionId !== state.regionId || s.conditionId !== conditionId || !sameView || s.compare !== compare;
    const view = state.view ?? undefined;
    set({
      regionId: state.regionId,
      conditionId,
      compare,
      // When the camera stays put, so does the button that matches it.
      view: moves ? state.view : s.view,
      viewSetBy: 'person',
      page: state.page ?? null,
      cycleStage: state.cycleStage && isCycleStageId(state.cycleStage) ? state.cycleStage : null,
      ...(moves && regionIds
        ? {
            focusRequest: {
              regionIds,
              nonce: nextNonce(),
              ...(view ? { view } : {}),
              ...(compare ? { markers: true } : {}),
            },
          }
        : {}),
      ...(moves && !regionIds ? { viewRequest: { view: view ?? 'front', nonce: nextNonce() } } : {}),
    });
    applySegmentUrl(set, get, state.spine);
    // A tour step's link holds the whole view already: it only names the step (presenter mode on).
    const tour = state.tour ?? null;
    if (tour) set({ presenter: true, tourStep: tour, lastTourStep: tour });
    else if (s.tourStep) set({ tourStep: null });
    if ((state.chart ?? false) !== s.chartOpen) get().openChart(state.chart ?? false);
    if ((state.simple ?? false) !== s.simpleView) set({ simpleView: state.simple ?? false });
  },
});

const createStatusSlice: StateCreator<AppState, [], [], StatusSlice> = (set) => ({
  webgl: 'checking',
  clinic: null,
  setClinic: (clinic) => set({ clinic }),
  notice: null,
  announcement: '',
  resetNonce: 0,
  setWebgl: (webgl) => set({ webgl }),
  showNotice: (notice) => set({ notice }),
  dismissNotice: () => set({ notice: null }),
  // A trailing no-break space alternates so that repeating the same words is still announced.
  announce: (text) => set((s) => ({ announcement: s.announcement === text ? `${text}\u00a0` : text })),
});

const createPreferencesSlice: StateCreator<AppState, [], [], PreferencesSlice> = (set) => ({
  ...DEFAULT_PREFERENCES,
  setLargeText: (largeText) => set({ largeText }),
});

// Set as the store is made, before French has loaded: main.tsx says it again in French.
// The saved preferences' format lives apart (the page's entry reads it too); the store offers it.
export * from './preferences';
export const BROKEN_SETTINGS_NOTICE = t('store.brokenSettings');

let loaded: SavedPreferences = parseSavedPreferences(null);
// The preferences as last read or written, so only a real change is written.
const lastSaved = new Map<string, string>();

/** Storage that may be missing or blocked (private mode, site data turned off): then null. */
function getStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function save(name: string, preferences: Preferences) {
  // persist calls this after every change to the store (each hover, each frame of a flight);
  // only a change to the preferences themselves needs to reach the disk.
  const key = JSON.stringify(preferences);
  if (lastSaved.get(name) === key) return;
  lastSaved.set(name, key);
  const text = JSON.stringify({
    state: { ...loaded.kept, ...preferences },
    version: Math.max(loaded.version, PREFERENCES_VERSION),
  });
  try {
    getStorage()?.setItem(name, text);
  } catch {
    // Storage full or blocked: the preference still applies for this visit.
  }
}

// Reading is done here, not by persist: blocked storage simply means nothing was saved, and
// damaged text is told apart from a newer version's settings.
const safeStorage: PersistStorage<Preferences> = {
  getItem: (name) => {
    let text: string | null = null;
    try {
      text = getStorage()?.getItem(name) ?? null;
    } catch {
      // Blocked storage: as if nothing was saved, and nothing to tell.
    }
    loaded = parseSavedPreferences(text);
    // Save good settings over damaged ones at once, so the notice shows this once only.
    if (loaded.broken) save(name, loaded.preferences);
    else lastSaved.set(name, JSON.stringify(loaded.preferences));
    // Already migrated: persist sees the current version and uses the state as it is.
    return { state: loaded.preferences, version: PREFERENCES_VERSION };
  },
  setItem: (name, value) => save(name, value.state),
  removeItem: (name) => {
    lastSaved.delete(name);
    try {
      getStorage()?.removeItem(name);
    } catch {
      // Nothing to do.
    }
  },
};

export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({
      ...createSelectionSlice(...a),
      ...createStatusSlice(...a),
      ...createPreferencesSlice(...a),
      ...createCycleSlice(...a),
      ...createAnatomySlice(...a),
      ...createSegmentSlice(...a),
      ...createConsultSlice(...a),
      ...createMapSlice(...a),
    }),
    {
      name: PREFERENCES_KEY,
      version: PREFERENCES_VERSION,
      storage: safeStorage,
      partialize: (s): Preferences => ({ largeText: s.largeText }),
      merge: (persisted, current) => {
        const { preferences } = readSavedPreferences(persisted);
        return {
          ...current,
          ...preferences,
          notice: loaded.broken ? BROKEN_SETTINGS_NOTICE : current.notice,
        };
      },
    },
  ),
);

import { create, type StateCreator } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { conditionsForRegion, content, getCondition, getRegion, type PageId } from '../content';
import type { RegionId } from '../content/regionIds';
import { isCycleStageId } from '../cycle/stageIds';
import { type CycleSlice, createCycleSlice } from './cycleSlice';
import { EMPTY_URL_STATE, type UrlState, type ViewPreset } from './urlState';

// One store, three typed slices. Only preferences are persisted; what the user is looking at lives
// in the URL (see useUrlSync).

export type WebglStatus = 'checking' | 'ready' | 'unavailable' | 'lost';

/** A request for the camera to fly to (or cut to) some regions; `nonce` makes repeats distinct. */
export interface FocusRequest {
  regionIds: RegionId[];
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
  view: ViewPreset | null;
  /** A panel page (side effects, warning signs) shown over the current selection; null: none. */
  page: PageId | null;
  hoveredRegionId: RegionId | null;
  focusRequest: FocusRequest | null;
  cameraNudge: CameraNudge | null;
  nudgeCamera: (move: Partial<Omit<CameraNudge, 'nonce'>>) => void;
  selectRegion: (id: RegionId | null, options?: { frame?: boolean }) => void;
  selectCondition: (id: string | null) => void;
  /** Opens a panel page over the current selection, or closes it (null). */
  openPage: (page: PageId | null) => void;
  setView: (view: ViewPreset | null) => void;
  resetView: () => void;
  hoverRegion: (id: RegionId | null) => void;
  applyUrlState: (state: UrlState) => void;
}

export interface StatusSlice {
  webgl: WebglStatus;
  notice: string | null;
  announcement: string;
  /** Bumped by "Reset view" so the camera can return home even when the view was already null. */
  resetNonce: number;
  setWebgl: (status: WebglStatus) => void;
  showNotice: (text: string) => void;
  dismissNotice: () => void;
  announce: (text: string) => void;
}

export interface Preferences {
  largeText: boolean;
}
export const DEFAULT_PREFERENCES: Preferences = { largeText: false };

export interface PreferencesSlice extends Preferences {
  setLargeText: (on: boolean) => void;
}

export type AppState = SelectionSlice & StatusSlice & PreferencesSlice & CycleSlice;

const PAGE_TITLES: Record<PageId, string> = {
  'side-effects': content.safety.sideEffects.title,
  'see-a-doctor-first': content.safety.warningSigns.title,
};

let nonce = 0;
const nextNonce = () => ++nonce;

function describeRegion(id: RegionId): string {
  const region = getRegion(id);
  if (!region) return '';
  const conditions = conditionsForRegion(id);
  if (conditions.length === 0) return `${region.name} selected. No condition is listed for this area.`;
  const names = conditions.map((c) => c.name).join(', ');
  const count = conditions.length === 1 ? '1 condition' : `${conditions.length} conditions`;
  return `${region.name} selected. ${count}: ${names}.`;
}

const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  ...EMPTY_URL_STATE,
  page: null,
  hoveredRegionId: null,
  focusRequest: null,
  cameraNudge: null,
  nudgeCamera: (move) =>
    set({ cameraNudge: { azimuth: 0, polar: 0, zoom: 0, ...move, nonce: nextNonce() }, view: null }),
  selectRegion: (id, options) => {
    set({
      regionId: id,
      conditionId: null,
      page: null,
      focusRequest: id && options?.frame ? { regionIds: [id], nonce: nextNonce() } : get().focusRequest,
    });
    get().announce(id ? describeRegion(id) : 'Selection cleared.');
  },
  selectCondition: (id) => {
    const condition = id ? getCondition(id) : undefined;
    if (!condition) {
      set({ conditionId: null, page: null });
      return;
    }
    set({
      conditionId: condition.id,
      page: null,
      focusRequest: { regionIds: condition.regions, nonce: nextNonce() },
    });
    get().announce(`${condition.name}. ${condition.regions.length} highlighted areas on the body.`);
  },
  openPage: (page) => {
    if (get().page === page) return;
    set({ page });
    if (page) get().announce(`${PAGE_TITLES[page]}.`);
  },
  setView: (view) => set({ view }),
  resetView: () => {
    set((s) => ({
      view: null,
      regionId: null,
      conditionId: null,
      page: null,
      focusRequest: null,
      resetNonce: s.resetNonce + 1,
    }));
    get().announce('View reset. Showing the whole body from the front.');
  },
  hoverRegion: (id) => {
    if (get().hoveredRegionId !== id) set({ hoveredRegionId: id });
  },
  applyUrlState: (state) => {
    const condition = state.conditionId ? getCondition(state.conditionId) : undefined;
    const focusIds = condition ? condition.regions : state.regionId ? [state.regionId] : null;
    set({
      regionId: state.regionId,
      conditionId: condition ? condition.id : null,
      view: state.view,
      page: state.page ?? null,
      cycleStage: state.cycleStage && isCycleStageId(state.cycleStage) ? state.cycleStage : null,
      focusRequest: focusIds ? { regionIds: focusIds, nonce: nextNonce() } : null,
    });
  },
});

const createStatusSlice: StateCreator<AppState, [], [], StatusSlice> = (set) => ({
  webgl: 'checking',
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

export const PREFERENCES_KEY = 'ims-explorer:preferences';
export const PREFERENCES_VERSION = 1;
export const BROKEN_SETTINGS_NOTICE = 'Your saved settings could not be read, so they were reset.';

/**
 * Turns whatever was saved into valid preferences. Anything unreadable falls back to the defaults,
 * so broken saved settings can never break the page.
 */
export function readSavedPreferences(saved: unknown): { preferences: Preferences; broken: boolean } {
  // A hand-written check keeps a schema library out of the first-paint bundle.
  if (typeof saved === 'object' && saved !== null && typeof (saved as Preferences).largeText === 'boolean') {
    return { preferences: { largeText: (saved as Preferences).largeText }, broken: false };
  }
  return { preferences: { ...DEFAULT_PREFERENCES }, broken: saved !== undefined };
}

let brokenOnLoad = false;
const lastSaved = new Map<string, string>();

// localStorage can throw (private mode, blocked storage) or hold text that is not JSON.
const safeStorage = createJSONStorage<Preferences>(() => ({
  getItem: (name) => {
    try {
      const text = globalThis.localStorage?.getItem(name) ?? null;
      if (text !== null) JSON.parse(text);
      return text;
    } catch {
      brokenOnLoad = true;
      return null;
    }
  },
  setItem: (name, value) => {
    // persist writes after every change to the store (each hover, each frame of a flight);
    // only a change to the preferences themselves needs to reach the disk.
    if (lastSaved.get(name) === value) return;
    lastSaved.set(name, value);
    try {
      globalThis.localStorage?.setItem(name, value);
    } catch {
      // Storage full or blocked: the preference still applies for this visit.
    }
  },
  removeItem: (name) => {
    try {
      globalThis.localStorage?.removeItem(name);
    } catch {
      // Nothing to do.
    }
  },
}));

export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({
      ...createSelectionSlice(...a),
      ...createStatusSlice(...a),
      ...createPreferencesSlice(...a),
      ...createCycleSlice(...a),
    }),
    {
      name: PREFERENCES_KEY,
      version: PREFERENCES_VERSION,
      storage: safeStorage,
      partialize: (s): Preferences => ({ largeText: s.largeText }),
      // Version 0 had no saved preferences worth keeping.
      migrate: () => ({ ...DEFAULT_PREFERENCES }),
      merge: (persisted, current) => {
        const { preferences, broken } = readSavedPreferences(persisted);
        return {
          ...current,
          ...preferences,
          notice: broken || brokenOnLoad ? BROKEN_SETTINGS_NOTICE : current.notice,
        };
      },
    },
  ),
);

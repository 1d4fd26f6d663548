import { create, type StateCreator } from 'zustand';
import { type PersistStorage, persist } from 'zustand/middleware';
import { conditionsForRegion, getCondition, getRegion } from '../content';
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
  hoveredRegionId: RegionId | null;
  focusRequest: FocusRequest | null;
  cameraNudge: CameraNudge | null;
  nudgeCamera: (move: Partial<Omit<CameraNudge, 'nonce'>>) => void;
  selectRegion: (id: RegionId | null, options?: { frame?: boolean }) => void;
  selectCondition: (id: string | null) => void;
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
  hoveredRegionId: null,
  focusRequest: null,
  cameraNudge: null,
  nudgeCamera: (move) =>
    set({ cameraNudge: { azimuth: 0, polar: 0, zoom: 0, ...move, nonce: nextNonce() }, view: null }),
  selectRegion: (id, options) => {
    set({
      regionId: id,
      conditionId: null,
      focusRequest: id && options?.frame ? { regionIds: [id], nonce: nextNonce() } : get().focusRequest,
    });
    get().announce(id ? describeRegion(id) : 'Selection cleared.');
  },
  selectCondition: (id) => {
    const condition = id ? getCondition(id) : undefined;
    if (!condition) {
      set({ conditionId: null });
      return;
    }
    set({ conditionId: condition.id, focusRequest: { regionIds: condition.regions, nonce: nextNonce() } });
    get().announce(`${condition.name}. ${condition.regions.length} highlighted areas on the body.`);
  },
  setView: (view) => set({ view }),
  resetView: () => {
    set((s) => ({
      view: null,
      regionId: null,
      conditionId: null,
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

/** What was found in storage, made safe to use. */
export interface SavedPreferences {
  preferences: Preferences;
  /**
   * Saved fields this version does not use (a newer version's settings): written back unchanged
   * with the next save, so going back to the newer version loses nothing.
   */
  kept: Record<string, unknown>;
  /** The version to save as: never lower than a newer version's, so it does not migrate again. */
  version: number;
  /** The saved text was damaged: tell the person once, then save good settings over it. */
  broken: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads the saved text (`{ state, version }`, as written by zustand's persist). Nothing saved is not
 * a problem; an older version is migrated quietly; a newer version's settings are used as far as
 * this version understands them and the rest kept; only text that cannot be read is "broken".
 */
export function parseSavedPreferences(text: string | null): SavedPreferences {
  const fresh = { preferences: { ...DEFAULT_PREFERENCES }, kept: {}, version: PREFERENCES_VERSION };
  if (text === null) return { ...fresh, broken: false };
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch {
    return { ...fresh, broken: true };
  }
  if (!isRecord(saved) || typeof saved.version !== 'number' || !Number.isFinite(saved.version)) {
    return { ...fresh, broken: true };
  }
  const { version, state } = saved;
  // Version 0 had no saved preferences worth keeping.
  if (version < PREFERENCES_VERSION) return { ...fresh, broken: false };
  if (!isRecord(state)) {
    // A newer version may save something else entirely: leave it alone until a setting changes.
    return { ...fresh, version, broken: version === PREFERENCES_VERSION };
  }
  const { largeText, ...others } = state;
  if (version === PREFERENCES_VERSION) {
    const { preferences, broken } = readSavedPreferences(state);
    return { preferences, kept: broken ? {} : others, version, broken };
  }
  // Newer: use what is understood, keep everything else as it was (largeText too, if it changed form).
  return typeof largeText === 'boolean'
    ? { preferences: { largeText }, kept: others, version, broken: false }
    : { preferences: { ...DEFAULT_PREFERENCES }, kept: state, version, broken: false };
}

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

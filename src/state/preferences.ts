// The saved preferences: how they are read back, made safe. Apart from the store so the page's
// entry (boot.ts) can read them before the app's code arrives, without the store.

export interface Preferences {
  largeText: boolean;
}
export const DEFAULT_PREFERENCES: Preferences = { largeText: false };

export const PREFERENCES_KEY = 'ims-explorer:preferences';
export const PREFERENCES_VERSION = 1;

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

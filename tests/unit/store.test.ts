import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeStorage } from './fakeStorage';

// The store reads saved preferences when it is created, so each test builds a fresh module with
// its own fake localStorage (fakeStorage.ts).
async function loadStore(saved?: string, storage = fakeStorage(saved === undefined ? {} : { [KEY]: saved })) {
  vi.resetModules();
  vi.stubGlobal('localStorage', storage);
  const module = await import('../../src/state/store');
  return { ...module, storage };
}

const KEY = 'ims-explorer:preferences';

/** Storage the browser refuses to open (site data blocked): even reading `localStorage` throws. */
async function loadStoreWithBlockedStorage() {
  vi.resetModules();
  vi.stubGlobal('localStorage', undefined);
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
  return import('../../src/state/store');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('selection', () => {
  let store: Awaited<ReturnType<typeof loadStore>>['useAppStore'];
  beforeEach(async () => {
    store = (await loadStore()).useAppStore;
  });

  it('selecting a region clears the condition and announces what is there', () => {
    store.getState().selectCondition('tennis-elbow');
    store.getState().selectRegion('elbow-outer-left');
    const s = store.getState();
    expect(s.regionId).toBe('elbow-outer-left');
    expect(s.conditionId).toBeNull();
    expect(s.announcement).toMatch(/Left outer elbow/i);
    expect(s.announcement).toMatch(/Tennis elbow/i);
  });

  it('a region with no condition says so in the announcement', () => {
    store.getState().selectRegion('chest');
    expect(store.getState().announcement).toMatch(/no condition/i);
  });

  it('selecting a condition asks the camera to frame all its regions', () => {
    store.getState().selectCondition('plantar-fasciitis');
    const { conditionId, focusRequest } = store.getState();
    expect(conditionId).toBe('plantar-fasciitis');
    expect(focusRequest?.regionIds).toEqual(expect.arrayContaining(['sole-left', 'sole-right']));
  });

  it('ignores an unknown condition id', () => {
    store.getState().selectCondition('tennis-elbow');
    store.getState().selectCondition('not-a-condition');
    expect(store.getState().conditionId).toBeNull();
  });

  it('a region picked from a list asks for framing; a click on the body does not move the camera', () => {
    store.getState().selectRegion('knee-left', { frame: true });
    const first = store.getState().focusRequest;
    expect(first?.regionIds).toEqual(['knee-left']);
    store.getState().selectRegion('knee-right');
    expect(store.getState().focusRequest).toBe(first);
  });

  it('reset clears the selection; the camera then reports the front', () => {
    store.getState().setView('back');
    store.getState().selectRegion('calf-left');
    const before = store.getState().resetNonce;
    store.getState().resetView();
    const s = store.getState();
    expect([s.view, s.regionId, s.conditionId]).toEqual([null, null, null]);
    expect(s.resetNonce).toBe(before + 1);
  });

  it('a camera nudge asks the camera to move and leaves the pressed view to what the camera reports', () => {
    store.getState().setView('left');
    store.getState().nudgeCamera({ azimuth: 0.3 });
    expect(store.getState().cameraNudge).toMatchObject({ azimuth: 0.3, polar: 0, zoom: 0 });
    store.getState().cameraAt(null);
    expect(store.getState().view).toBeNull();
    expect(store.getState().viewSetBy).toBe('camera');
  });

  it('a view button with nothing chosen turns the whole body to that side', () => {
    store.getState().setView('back');
    const s = store.getState();
    expect(s.view).toBe('back');
    expect(s.viewSetBy).toBe('person');
    expect(s.viewRequest?.view).toBe('back');
    expect(s.focusRequest).toBeNull();
  });

  it('a view button with an area chosen frames that area from that side', () => {
    store.getState().selectRegion('knee-left');
    store.getState().setView('back');
    expect(store.getState().focusRequest).toMatchObject({ regionIds: ['knee-left'], view: 'back' });
    store.getState().selectCondition('plantar-fasciitis');
    store.getState().setView('left');
    expect(store.getState().focusRequest).toMatchObject({
      regionIds: expect.arrayContaining(['sole-left', 'sole-right']),
      view: 'left',
    });
  });

  it('choosing a condition after pressing Back lets the camera say which side it is on', () => {
    store.getState().setView('back');
    store.getState().selectCondition('patellofemoral-pain');
    const s = store.getState();
    // The condition is framed from its own best side: no side is claimed until the camera reports.
    expect(s.focusRequest?.view).toBeUndefined();
    expect(s.view).toBeNull();
    store.getState().cameraAt('front');
    expect(store.getState().view).toBe('front');
  });

  it('a region chosen from a list is framed from its best side; a click on the body keeps the view', () => {
    store.getState().setView('right');
    store.getState().selectRegion('knee-left');
    expect(store.getState().view).toBe('right');
    store.getState().selectRegion('knee-right', { frame: true });
    expect(store.getState().view).toBeNull();
    expect(store.getState().focusRequest?.view).toBeUndefined();
  });

  it('repeating the same announcement still changes the live text', () => {
    store.getState().announce('Hello');
    const first = store.getState().announcement;
    store.getState().announce('Hello');
    expect(store.getState().announcement).not.toBe(first);
    expect(store.getState().announcement.trim()).toBe('Hello');
  });

  it('applies a URL state, dropping ids that are not real', () => {
    store
      .getState()
      .applyUrlState({ regionId: 'jaw-left', conditionId: 'nope', view: 'right', cycleStage: 'nope' });
    const s = store.getState();
    expect([s.regionId, s.conditionId, s.view, s.cycleStage]).toEqual(['jaw-left', null, 'right', null]);
  });

  it('a link with an area and a view frames the area from that side, with that button pressed', () => {
    store
      .getState()
      .applyUrlState({ regionId: 'knee-left', conditionId: null, view: 'back', cycleStage: null });
    const s = store.getState();
    expect(s.view).toBe('back');
    expect(s.focusRequest).toMatchObject({ regionIds: ['knee-left'], view: 'back' });
  });

  it('a link with an area and no view frames it from its best side', () => {
    store
      .getState()
      .applyUrlState({ regionId: 'knee-left', conditionId: null, view: null, cycleStage: null });
    expect(store.getState().focusRequest?.view).toBeUndefined();
    expect(store.getState().view).toBeNull();
  });

  it('a link with a condition and an area opens the condition, from that area', () => {
    store.getState().applyUrlState({
      regionId: 'heel-left',
      conditionId: 'plantar-fasciitis',
      view: 'left',
      cycleStage: null,
    });
    const s = store.getState();
    expect([s.conditionId, s.regionId, s.view]).toEqual(['plantar-fasciitis', 'heel-left', 'left']);
    // The camera shows the condition's areas (not just the one it was opened from), from the left.
    expect(s.focusRequest).toMatchObject({
      regionIds: expect.arrayContaining(['sole-left', 'sole-right']),
      view: 'left',
    });
  });

  it('a link with only a view turns the whole body; the plain start link shows the front', () => {
    store.getState().applyUrlState({ regionId: null, conditionId: null, view: 'left', cycleStage: null });
    expect(store.getState().viewRequest?.view).toBe('left');
    store.getState().applyUrlState({ regionId: null, conditionId: null, view: null, cycleStage: null });
    expect(store.getState().viewRequest?.view).toBe('front');
  });

  it('going back to the start page from the pain cycle keeps Front pressed', () => {
    store.getState().cameraAt('front');
    store
      .getState()
      .applyUrlState({ regionId: null, conditionId: null, view: null, cycleStage: 'nerve-root' });
    store.getState().applyUrlState({ regionId: null, conditionId: null, view: null, cycleStage: null });
    expect(store.getState().view).toBe('front');
    expect(store.getState().viewRequest).toBeNull();
  });

  it('a link that changes only the pain-cycle step leaves the camera alone', () => {
    store
      .getState()
      .applyUrlState({ regionId: 'knee-left', conditionId: null, view: null, cycleStage: null });
    store.getState().cameraAt(null);
    const request = store.getState().focusRequest;
    store
      .getState()
      .applyUrlState({ regionId: 'knee-left', conditionId: null, view: null, cycleStage: 'nerve-root' });
    expect(store.getState().focusRequest).toBe(request);
  });
});

describe('saved preferences', () => {
  it('saves large text and reads it back next time', async () => {
    const first = await loadStore();
    first.useAppStore.getState().setLargeText(true);
    const saved = first.storage.data.get('ims-explorer:preferences');
    expect(saved).toBeDefined();
    expect(JSON.parse(saved ?? '{}')).toMatchObject({ state: { largeText: true }, version: 1 });
    const second = await loadStore(saved);
    expect(second.useAppStore.getState().largeText).toBe(true);
    expect(second.useAppStore.getState().notice).toBeNull();
  });

  it('writes to storage only when a preference changes', async () => {
    const { useAppStore, storage } = await loadStore();
    const writes = vi.spyOn(storage, 'setItem');
    useAppStore.getState().setLargeText(true);
    const afterPreference = writes.mock.calls.length;
    expect(afterPreference).toBeGreaterThan(0);
    useAppStore.getState().hoverRegion('knee-left');
    useAppStore.getState().selectRegion('knee-left');
    useAppStore.getState().hoverRegion(null);
    expect(writes.mock.calls.length).toBe(afterPreference);
  });

  it('saves only preferences, never what is on screen', async () => {
    const { useAppStore, storage } = await loadStore();
    useAppStore.getState().selectRegion('knee-left');
    useAppStore.getState().setLargeText(true);
    const saved = storage.data.get('ims-explorer:preferences');
    expect(saved).toContain('largeText');
    expect(saved).not.toContain('knee');
  });

  it.each([
    ['not JSON', '{oops'],
    ['wrong shape', JSON.stringify({ state: { largeText: 'very' }, version: 1 })],
    ['null state', JSON.stringify({ state: null, version: 1 })],
  ])('broken saved settings (%s) fall back to defaults with a notice', async (_label, saved) => {
    const { useAppStore, BROKEN_SETTINGS_NOTICE } = await loadStore(saved);
    expect(useAppStore.getState().largeText).toBe(false);
    expect(useAppStore.getState().notice).toBe(BROKEN_SETTINGS_NOTICE);
  });

  it('settings from an older version are migrated to the defaults quietly', async () => {
    const { useAppStore } = await loadStore(JSON.stringify({ state: { fontScale: 2 }, version: 0 }));
    expect(useAppStore.getState().largeText).toBe(false);
    expect(useAppStore.getState().notice).toBeNull();
  });

  it('readSavedPreferences accepts only a boolean largeText', async () => {
    const { readSavedPreferences } = await loadStore();
    expect(readSavedPreferences({ largeText: true })).toEqual({
      preferences: { largeText: true },
      broken: false,
    });
    expect(readSavedPreferences(undefined).broken).toBe(false);
    expect(readSavedPreferences({ largeText: 1 }).broken).toBe(true);
    expect(readSavedPreferences('yes').broken).toBe(true);
  });
});

describe('saved preferences when storage is blocked or from another version', () => {
  it('blocked storage (reading localStorage throws) is not reported, and changes still apply', async () => {
    const { useAppStore } = await loadStoreWithBlockedStorage();
    expect(useAppStore.getState().notice).toBeNull();
    expect(useAppStore.getState().largeText).toBe(false);
    useAppStore.getState().setLargeText(true);
    expect(useAppStore.getState().largeText).toBe(true);
  });

  it('storage whose getItem and setItem throw is not reported either', async () => {
    const refusing = {
      ...fakeStorage(),
      getItem: () => {
        throw new DOMException('Access is denied.', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('Access is denied.', 'SecurityError');
      },
    };
    const { useAppStore } = await loadStore(undefined, refusing);
    expect(useAppStore.getState().notice).toBeNull();
    useAppStore.getState().setLargeText(true);
    expect(useAppStore.getState().largeText).toBe(true);
  });

  it('damaged saved text is reported once, then replaced with good settings', async () => {
    const first = await loadStore('{oops');
    expect(first.useAppStore.getState().notice).toBe(first.BROKEN_SETTINGS_NOTICE);
    const replaced = first.storage.data.get(KEY);
    expect(JSON.parse(replaced ?? 'null')).toEqual({ state: { largeText: false }, version: 1 });
    const second = await loadStore(undefined, first.storage);
    expect(second.useAppStore.getState().notice).toBeNull();
  });

  it('settings saved by a newer version are used and kept, extra fields and version included', async () => {
    const newer = JSON.stringify({ state: { largeText: true, theme: 'dark' }, version: 3 });
    const { useAppStore, storage } = await loadStore(newer);
    expect(useAppStore.getState().largeText).toBe(true);
    expect(useAppStore.getState().notice).toBeNull();
    // Using the page changes nothing that was saved...
    useAppStore.getState().selectRegion('knee-left');
    expect(storage.data.get(KEY)).toBe(newer);
    // ...and changing a setting keeps what this version does not know about.
    useAppStore.getState().setLargeText(false);
    expect(JSON.parse(storage.data.get(KEY) ?? 'null')).toEqual({
      state: { largeText: false, theme: 'dark' },
      version: 3,
    });
  });

  it('unknown extra fields at this version are kept too', async () => {
    const { useAppStore, storage } = await loadStore(
      JSON.stringify({ state: { largeText: true, contrast: 'high' }, version: 1 }),
    );
    expect(useAppStore.getState().largeText).toBe(true);
    expect(useAppStore.getState().notice).toBeNull();
    useAppStore.getState().setLargeText(false);
    expect(JSON.parse(storage.data.get(KEY) ?? 'null')).toEqual({
      state: { largeText: false, contrast: 'high' },
      version: 1,
    });
  });

  it('parseSavedPreferences tells damaged text from a newer format', async () => {
    const { parseSavedPreferences } = await loadStore();
    expect(parseSavedPreferences(null)).toMatchObject({ broken: false, preferences: { largeText: false } });
    expect(parseSavedPreferences('[]').broken).toBe(true);
    expect(parseSavedPreferences('{"state":{"largeText":true}}').broken).toBe(true);
    expect(parseSavedPreferences('{"state":{"largeText":"yes"},"version":1}').broken).toBe(true);
    // A newer version that changed largeText into something else: not damaged; kept as it was.
    expect(parseSavedPreferences('{"state":{"largeText":1.5},"version":2}')).toEqual({
      preferences: { largeText: false },
      kept: { largeText: 1.5 },
      version: 2,
      broken: false,
    });
    expect(parseSavedPreferences('{"state":"compact","version":2}').broken).toBe(false);
  });
});

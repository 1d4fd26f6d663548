import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEGMENT_SKIN_OPACITY, XRAY_OPACITY } from '../../src/state/anatomySlice';
import { freshStoreModules } from './fakeStorage';

// The segmental view's store slice (issue 11), with the whole store (it closes on other slices'
// actions), and its link: `spine=levels` / `spine=C6`, written by urlSync and read back.

const PLAIN = { skin: true, muscles: false, skeleton: false, nerves: false };
const ALL = { skin: true, muscles: true, skeleton: true, nerves: true };

/** A fresh store module (and a fresh urlSync on it), with no saved preferences. */
async function loadStore() {
  freshStoreModules();
  const store = await import('../../src/state/store');
  const sync = await import('../../src/state/urlSync');
  return { useAppStore: store.useAppStore, startUrlSync: sync.startUrlSync };
}

/** Just enough of a browser window for urlSync: the address, history and popstate. */
function fakeWindow(search: string) {
  const listeners = new Set<() => void>();
  const history: string[] = [];
  const go = (url: string) => {
    const at = url.indexOf('?');
    win.location.search = at < 0 ? '' : url.slice(at);
  };
  const win = {
    location: { search, pathname: '/', hash: '' },
    history: {
      pushState: (_: unknown, __: string, url: string) => {
        history.push(url);
        go(url);
      },
      replaceState: (_: unknown, __: string, url: string) => go(url),
    },
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  vi.stubGlobal('window', win);
  /** Back or Forward to a link: the address changes, then popstate. */
  const pop = (to: string) => {
    win.location.search = to;
    for (const listener of listeners) listener();
  };
  return { win, history, pop };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the segment slice', () => {
  it("opens a condition's levels over the picture: every layer, the skin see-through, the camera told", async () => {
    const { useAppStore } = await loadStore();
    const s = useAppStore.getState();
    s.selectCondition('tennis-elbow');
    s.choosePart({ layer: 'muscles', id: 'supinator' });
    const focus = useAppStore.getState().segmentFocus;
    useAppStore.getState().showLevels('tennis-elbow');
    const after = useAppStore.getState();
    expect(after.segments).toEqual({ conditionId: 'tennis-elbow', level: null });
    expect(after.conditionId).toBe('tennis-elbow');
    expect(after.layers).toEqual(ALL);
    expect(after.skinOpacity).toBe(SEGMENT_SKIN_OPACITY);
    expect(after.segmentFocus).toBe(focus + 1);
    // The muscle's view closes: the levels view shows.
    expect(after.part).toBeNull();
    expect(after.compare).toBe(false);
  });

  it('chooses levels within the view, keeping its condition and the picture to go back to', async () => {
    const { useAppStore } = await loadStore();
    const s = useAppStore.getState();
    s.selectCondition('tennis-elbow');
    s.setLayer('muscles', true);
    s.showLevels('tennis-elbow');
    s.setSkinOpacity(0.4);
    s.chooseLevel('C6');
    let now = useAppStore.getState();
    expect(now.segments).toEqual({ conditionId: 'tennis-elbow', level: 'C6' });
    // A see-through set by hand inside the view stays while it is open.
    expect(now.skinOpacity).toBe(0.4);
    const focus = now.segmentFocus;
    s.chooseLevel('C6');
    expect(useAppStore.getState().segmentFocus).toBe(focus);
    s.chooseLevel('C7');
    s.chooseLevel(null);
    now = useAppStore.getState();
    expect(now.segments).toEqual({ conditionId: 'tennis-elbow', level: null });
    expect(now.segmentFocus).toBe(focus + 2);
    expect(now.segmentReturn).toEqual({ layers: { ...PLAIN, muscles: true }, skinOpacity: XRAY_OPACITY });
    s.leaveSegments();
    now = useAppStore.getState();
    expect(now.segments).toBeNull();
    expect(now.conditionId).toBe('tennis-elbow');
    expect(now.layers).toEqual({ ...PLAIN, muscles: true });
    expect(now.skinOpacity).toBe(XRAY_OPACITY);
  });

  it("another condition's levels (from a level's list) becomes the condition on show", async () => {
    const { useAppStore } = await loadStore();
    const s = useAppStore.getState();
    s.selectCondition('tennis-elbow');
    s.chooseLevel('C6');
    s.showLevels('carpal-tunnel-syndrome');
    const now = useAppStore.getState();
    expect(now.segments).toEqual({ conditionId: 'carpal-tunnel-syndrome', level: null });
    expect(now.conditionId).toBe('carpal-tunnel-syndrome');
    // Still the picture from before the view opened.
    expect(now.segmentReturn).toEqual({ layers: PLAIN, skinOpacity: 1 });
  });

  it('a level alone (a vertebra\'s "Show level") opens without a condition', async () => {
    const { useAppStore } = await loadStore();
    useAppStore.getState().choosePart({ layer: 'skeleton', id: 'C6' });
    useAppStore.getState().chooseLevel('C6');
    const now = useAppStore.getState();
    expect(now.segments).toEqual({ conditionId: null, level: 'C6' });
    expect(now.part).toBeNull();
    useAppStore.getState().chooseLevel(null);
    expect(useAppStore.getState().segments).toEqual({ conditionId: null, level: null });
  });

  it.each([
    ['another condition', (s: Store) => s.selectCondition('shin-splints')],
    ['an area', (s: Store) => s.selectRegion('chest')],
    ['reset', (s: Store) => s.resetView()],
    ['the comparison', (s: Store) => s.setCompare(true)],
  ])('%s closes the view and puts the picture back', async (_, act) => {
    const { useAppStore } = await loadStore();
    useAppStore.getState().selectCondition('tennis-elbow');
    useAppStore.getState().chooseLevel('C5');
    act(useAppStore.getState());
    const now = useAppStore.getState();
    expect(now.segments).toBeNull();
    expect(now.segmentReturn).toBeNull();
    expect(now.layers).toEqual(PLAIN);
    expect(now.skinOpacity).toBe(1);
  });
});

type Store = Awaited<ReturnType<typeof loadStore>>['useAppStore'] extends { getState: () => infer S }
  ? S
  : never;

describe('the spine= link', () => {
  it.each([
    ['?condition=tennis-elbow&spine=levels', { conditionId: 'tennis-elbow', level: null }],
    ['?condition=tennis-elbow&spine=C6', { conditionId: 'tennis-elbow', level: 'C6' }],
    ['?condition=jaw-pain&spine=levels', { conditionId: 'jaw-pain', level: null }],
    ['?spine=S2', { conditionId: null, level: 'S2' }],
    ['?spine=levels', { conditionId: null, level: null }],
  ])('%s opens the view as it says, every layer shown, and writes the same link back', async (link, view) => {
    const { useAppStore, startUrlSync } = await loadStore();
    const { win, history } = fakeWindow(link);
    const stop = startUrlSync();
    const s = useAppStore.getState();
    expect(s.segments).toEqual(view);
    expect(s.conditionId).toBe(view.conditionId);
    expect(s.layers).toEqual(ALL);
    // The link's see-through is whole percent: 85 % is 0.15, give or take a rounding.
    expect(s.skinOpacity).toBeCloseTo(SEGMENT_SKIN_OPACITY, 6);
    expect(s.notice).toBeNull();
    // Leaving puts the plain skin back, a new history entry without spine=.
    s.leaveSegments();
    expect(useAppStore.getState().layers).toEqual(PLAIN);
    expect(win.location.search).toBe(view.conditionId ? `?condition=${view.conditionId}` : '');
    expect(history).toHaveLength(1);
    stop();
  });

  it('records each step in the view, and Back and Forward retrace them', async () => {
    const { useAppStore, startUrlSync } = await loadStore();
    const { win, history, pop } = fakeWindow('?condition=tennis-elbow');
    const stop = startUrlSync();
    useAppStore.getState().showLevels('tennis-elbow');
    expect(win.location.search).toBe('?condition=tennis-elbow&spine=levels');
    useAppStore.getState().chooseLevel('C7');
    expect(win.location.search).toBe('?condition=tennis-elbow&spine=C7');
    useAppStore.getState().showLevels('trigger-finger');
    expect(win.location.search).toBe('?condition=trigger-finger&spine=levels');
    expect(history).toHaveLength(3);
    // The picture settings are implied by spine=, so the links stay short.
    expect(history.join(' ')).not.toMatch(/layers=|xray=/);

    pop('?condition=tennis-elbow&spine=C7');
    expect(useAppStore.getState().segments).toEqual({ conditionId: 'tennis-elbow', level: 'C7' });
    expect(useAppStore.getState().conditionId).toBe('tennis-elbow');
    pop('?condition=tennis-elbow');
    expect(useAppStore.getState().segments).toBeNull();
    expect(useAppStore.getState().layers).toEqual(PLAIN);
    expect(useAppStore.getState().skinOpacity).toBe(1);
    // Back and Forward add no entries of their own.
    expect(history).toHaveLength(3);
    stop();
  });

  it('keeps a see-through or layers changed in the view in the link', async () => {
    const { useAppStore, startUrlSync } = await loadStore();
    const { win } = fakeWindow('?condition=tennis-elbow&spine=C6');
    const stop = startUrlSync();
    useAppStore.getState().setLayer('muscles', false);
    useAppStore.getState().setSkinOpacity(0.5);
    expect(win.location.search).toBe('?condition=tennis-elbow&spine=C6&layers=skin,skeleton,nerves&xray=50');
    stop();
    const again = await loadStore();
    fakeWindow(win.location.search);
    const stop2 = again.startUrlSync();
    const s = again.useAppStore.getState();
    expect(s.segments).toEqual({ conditionId: 'tennis-elbow', level: 'C6' });
    expect(s.layers).toEqual({ ...ALL, muscles: false });
    expect(s.skinOpacity).toBe(0.5);
    stop2();
  });

  it.each([
    ['?condition=tennis-elbow&spine=C9', '"C9"'],
    ['?condition=tennis-elbow&spine=c6', '"c6"'],
    ['?condition=tennis-elbow&spine=S3', '"S3"'],
    ['?condition=tennis-elbow&spine=', 'read the spinal level'],
    ['?condition=tennis-elbow&spine=%3Cb%3Elevels', '"blevels"'],
  ])('%s: a bad level opens the condition without the view, and says so once', async (link, said) => {
    const { useAppStore, startUrlSync } = await loadStore();
    const { win, history } = fakeWindow(link);
    const stop = startUrlSync();
    const s = useAppStore.getState();
    expect(s.segments).toBeNull();
    expect(s.conditionId).toBe('tennis-elbow');
    expect(s.layers).toEqual(PLAIN);
    expect(s.notice).toContain("That link didn't fully work");
    expect(s.notice).toContain(said);
    // The address is tidied, so a reload does not say it again.
    expect(win.location.search).toBe('?condition=tennis-elbow');
    expect(history).toEqual([]);
    stop();
  });

  it('a repeated spine= keeps the first and counts the rest as unused', async () => {
    const { useAppStore, startUrlSync } = await loadStore();
    const { win } = fakeWindow('?condition=tennis-elbow&spine=C6&spine=levels');
    const stop = startUrlSync();
    expect(useAppStore.getState().segments).toEqual({ conditionId: 'tennis-elbow', level: 'C6' });
    expect(useAppStore.getState().notice).toContain('a part we don\'t use ("spine")');
    expect(win.location.search).toBe('?condition=tennis-elbow&spine=C6');
    stop();
  });

  it('a level with an unknown condition still opens the level, and names the condition', async () => {
    const { useAppStore, startUrlSync } = await loadStore();
    fakeWindow('?condition=elbow-ache&spine=C6');
    const stop = startUrlSync();
    expect(useAppStore.getState().segments).toEqual({ conditionId: null, level: 'C6' });
    expect(useAppStore.getState().notice).toContain('"elbow-ache"');
    stop();
  });
});

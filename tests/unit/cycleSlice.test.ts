import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CYCLE_STAGE_IDS } from '../../src/cycle/stageIds';
import { stageSettleTime, stageStart, TIMELINE } from '../../src/cycle/timeline';

// The playback part of the store. Node has no requestAnimationFrame, so the tests drive the clock
// with tickCycle themselves, as the browser's frame loop would.

async function loadStore() {
  vi.resetModules();
  const data = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  });
  return (await import('../../src/state/store')).useAppStore;
}

const index = (id: (typeof CYCLE_STAGE_IDS)[number]) => CYCLE_STAGE_IDS.indexOf(id);

afterEach(() => vi.unstubAllGlobals());

describe('cycle playback', () => {
  let store: Awaited<ReturnType<typeof loadStore>>;
  beforeEach(async () => {
    store = await loadStore();
  });

  it('opens at the first step and plays by itself', () => {
    store.getState().openCycle();
    const s = store.getState();
    expect(s.cycleStage).toBe('spine-wear');
    expect(s.cyclePlaying).toBe(true);
    expect(s.cycleHistory).toBe('push');
    expect(s.cycleClock.time).toBe(0);
  });

  it('does not play by itself when the person prefers reduced motion', () => {
    store.getState().setCycleReducedMotion(true);
    store.getState().openCycle('guarding');
    const s = store.getState();
    expect(s.cyclePlaying).toBe(false);
    // The step's settled look, with no change to run through.
    expect(s.cycleClock.time).toBeCloseTo(stageSettleTime(TIMELINE, index('guarding')), 9);
    expect(s.cycleClock.stopAt).toBeNull();
  });

  it('autoplay moves on step by step, replacing (not pushing) history, and stops at the end', () => {
    store.getState().openCycle();
    const seen: string[] = [];
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.cycleStage !== prev.cycleStage) seen.push(`${s.cycleStage}:${s.cycleHistory}`);
    });
    let running = true;
    let frames = 0;
    while (running && frames < 100_000) {
      running = store.getState().tickCycle(1 / 30);
      frames += 1;
    }
    unsubscribe();
    const s = store.getState();
    expect(s.cyclePlaying).toBe(false);
    expect(s.cycleClock.time).toBe(TIMELINE.total);
    expect(s.cycleStage).toBe('what-to-expect');
    expect(seen).toEqual(CYCLE_STAGE_IDS.slice(1).map((id) => `${id}:replace`));
    // About real time at normal speed.
    expect(frames / 30).toBeCloseTo(TIMELINE.total, 0);
  });

  it('plays faster or slower with the speed', () => {
    store.getState().openCycle();
    store.getState().setCycleSpeed(2);
    store.getState().tickCycle(0.1);
    expect(store.getState().cycleClock.time).toBeCloseTo(0.2, 9);
    store.getState().setCycleSpeed(0.5);
    store.getState().tickCycle(0.1);
    expect(store.getState().cycleClock.time).toBeCloseTo(0.25, 9);
  });

  it('a chosen step is a visit (push) and, while paused, runs through its change then stops', () => {
    store.getState().openCycle(undefined, { autoplay: false });
    store.getState().setCycleStage('less-blood-flow');
    const s = store.getState();
    expect(s.cycleStage).toBe('less-blood-flow');
    expect(s.cycleHistory).toBe('push');
    const i = index('less-blood-flow');
    expect(s.cycleClock.time).toBe(stageStart(TIMELINE, i));
    expect(s.cycleClock.stopAt).toBeCloseTo(stageSettleTime(TIMELINE, i), 9);
    let frames = 0;
    while (store.getState().tickCycle(1 / 30)) frames += 1;
    expect(store.getState().cycleClock.time).toBeCloseTo(stageSettleTime(TIMELINE, i), 9);
    expect(store.getState().cycleClock.stopAt).toBeNull();
    expect(store.getState().cycleStage).toBe('less-blood-flow');
    expect(store.getState().cyclePlaying).toBe(false);
    expect(frames).toBeGreaterThan(10);
  });

  it('steps forward and back, staying within the first and last step', () => {
    store.getState().openCycle(undefined, { autoplay: false });
    store.getState().stepCycle(-1);
    expect(store.getState().cycleStage).toBe('spine-wear');
    store.getState().stepCycle(1);
    store.getState().stepCycle(1);
    expect(store.getState().cycleStage).toBe('supersensitive');
    store.getState().stepCycle(-1);
    expect(store.getState().cycleStage).toBe('nerve-root');
    store.getState().setCycleStage('what-to-expect');
    store.getState().stepCycle(1);
    expect(store.getState().cycleStage).toBe('what-to-expect');
  });

  it('play at the end starts again from the first step', () => {
    store.getState().openCycle('what-to-expect', { autoplay: false });
    store.getState().seekCycle(TIMELINE.total);
    store.getState().playCycle();
    const s = store.getState();
    expect(s.cyclePlaying).toBe(true);
    expect(s.cycleStage).toBe('spine-wear');
    expect(s.cycleClock.time).toBe(0);
  });

  it('the scrubber moves the clock; crossing into another step replaces history', () => {
    store.getState().openCycle(undefined, { autoplay: false });
    const i = index('pain-signals');
    store.getState().seekCycle(stageStart(TIMELINE, i) + 1);
    const s = store.getState();
    expect(s.cycleStage).toBe('pain-signals');
    expect(s.cycleHistory).toBe('replace');
    store.getState().seekCycle(-10);
    expect(store.getState().cycleClock.time).toBe(0);
    expect(store.getState().cycleStage).toBe('spine-wear');
  });

  it('tells listeners about each clock change without a store update per frame', () => {
    store.getState().openCycle();
    const listener = vi.fn();
    const storeListener = vi.fn();
    store.getState().cycleClock.listeners.add(listener);
    const unsubscribe = store.subscribe(storeListener);
    for (let k = 0; k < 30; k++) store.getState().tickCycle(1 / 60);
    unsubscribe();
    expect(listener).toHaveBeenCalledTimes(30);
    // Half a second inside the first step: no step change, so no store update at all.
    expect(storeListener).not.toHaveBeenCalled();
  });

  it('a step from outside (a link, Back/Forward) moves the clock when synced', () => {
    store.getState().openCycle(undefined, { autoplay: false });
    store.getState().applyUrlState({ regionId: null, conditionId: null, view: null, cycleStage: 'guarding' });
    expect(stageStart(TIMELINE, index('guarding'))).toBeGreaterThan(store.getState().cycleClock.time);
    store.getState().syncCycleClock();
    expect(store.getState().cycleClock.time).toBe(stageStart(TIMELINE, index('guarding')));
  });

  it('closing stops playback, and a closed explainer never ticks', () => {
    store.getState().openCycle();
    store.getState().closeCycle();
    expect(store.getState().cyclePlaying).toBe(false);
    expect(store.getState().cycleStage).toBeNull();
    expect(store.getState().tickCycle(0.1)).toBe(false);
    // Leaving by Back while playing (the link drops `cycle`) also stops it.
    store.getState().openCycle();
    store.getState().applyUrlState({ regionId: null, conditionId: null, view: null, cycleStage: null });
    expect(store.getState().tickCycle(0.1)).toBe(false);
    expect(store.getState().cyclePlaying).toBe(false);
  });
});

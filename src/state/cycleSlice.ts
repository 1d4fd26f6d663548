import type { StateCreator } from 'zustand';
import { cyclePerf, now } from '../cycle/perf';
import { CYCLE_STAGE_IDS, type CycleStageId } from '../cycle/stageIds';
import {
  advance,
  type CycleSpeed,
  clampTime,
  stageIndexAt,
  stageIndexOf,
  stageSettleTime,
  stageStart,
  TIMELINE,
} from '../cycle/timeline';
import type { AppState } from './store';

/**
 * The explainer's clock: a mutable box the store holds. Per-frame time changes here, not through
 * set(), so frames never notify the store's subscribers (or make the persist middleware write
 * localStorage 60 times a second). The scene reads `time` in useFrame; the scrubber and the scene
 * listen for changes. Coarse things — the step, playing, speed — are ordinary store state.
 */
export interface CycleClock {
  /** Seconds on the whole timeline (see cycle/timeline.ts). */
  time: number;
  /** While paused: run on to this time, then stop (shows a step's change after a jump). */
  stopAt: number | null;
  readonly listeners: Set<() => void>;
}

/** How urlSync records the next change of step: a user's choice is a visit, autoplay is not. */
export type CycleHistoryMode = 'push' | 'replace';

/** The pain-cycle explainer: which step is open (null = closed) and its playback. `cycle` in the URL. */
export interface CycleSlice {
  cycleStage: CycleStageId | null;
  cyclePlaying: boolean;
  cycleSpeed: CycleSpeed;
  cycleReducedMotion: boolean;
  cycleHistory: CycleHistoryMode;
  cycleClock: CycleClock;
  /** Opens the explainer; it plays by itself unless the person prefers reduced motion. */
  openCycle: (stage?: CycleStageId, options?: { autoplay?: boolean }) => void;
  closeCycle: () => void;
  /** A step the person chose: a new history entry. */
  setCycleStage: (stage: CycleStageId) => void;
  stepCycle: (delta: number) => void;
  playCycle: () => void;
  pauseCycle: () => void;
  toggleCyclePlay: () => void;
  setCycleSpeed: (speed: CycleSpeed) => void;
  /** Moves to a time (the scrubber). Crossing into another step replaces the history entry. */
  seekCycle: (time: number) => void;
  /** Advances the clock; returns whether it should keep ticking. Called once per animation frame. */
  tickCycle: (dtSeconds: number) => boolean;
  /** Puts the clock on the open step when the step changed from outside (a link, Back/Forward). */
  syncCycleClock: () => void;
  setCycleReducedMotion: (on: boolean) => void;
}

function prefersReducedMotion(): boolean {
  try {
    return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  } catch {
    return false;
  }
}

export const createCycleSlice: StateCreator<AppState, [], [], CycleSlice> = (set, get) => {
  const clock: CycleClock = { time: 0, stopAt: null, listeners: new Set() };
  const notify = () => {
    for (const listener of clock.listeners) listener();
  };

  // One requestAnimationFrame loop, alive only while the clock runs (playing or finishing a jump).
  let frame = 0;
  let last = 0;
  const loop = (at: number) => {
    const dt = last === 0 ? 0 : (at - last) / 1000;
    last = at;
    const started = now();
    const running = get().tickCycle(dt);
    cyclePerf.jsMs += now() - started;
    if (running) frame = requestAnimationFrame(loop);
    else {
      frame = 0;
      last = 0;
    }
  };
  const startTicking = () => {
    if (frame === 0 && typeof requestAnimationFrame === 'function') {
      last = 0;
      frame = requestAnimationFrame(loop);
    }
  };

  /** Where the clock goes when a step is chosen. */
  const placeClock = (index: number) => {
    const { cyclePlaying, cycleReducedMotion } = get();
    if (cycleReducedMotion) {
      // No motion: show the step's settled look at once (the view cross-fades to it).
      clock.time = stageSettleTime(TIMELINE, index);
      clock.stopAt = null;
    } else {
      clock.time = stageStart(TIMELINE, index);
      clock.stopAt = cyclePlaying ? null : stageSettleTime(TIMELINE, index);
    }
    notify();
    startTicking();
  };

  const idAt = (time: number): CycleStageId =>
    CYCLE_STAGE_IDS[stageIndexAt(TIMELINE, time)] ?? CYCLE_STAGE_IDS[0];

  return {
    cycleStage: null,
    cyclePlaying: false,
    cycleSpeed: 1,
    cycleReducedMotion: prefersReducedMotion(),
    cycleHistory: 'push',
    cycleClock: clock,

    openCycle: (stage = CYCLE_STAGE_IDS[0], options) => {
      const autoplay = (options?.autoplay ?? true) && !get().cycleReducedMotion;
      set({ cycleStage: stage, cyclePlaying: autoplay, cycleHistory: 'push' });
      placeClock(stageIndexOf(TIMELINE, stage));
    },
    closeCycle: () => {
      clock.stopAt = null;
      set({ cycleStage: null, cyclePlaying: false, cycleHistory: 'push' });
    },
    setCycleStage: (stage) => {
      set({ cycleStage: stage, cycleHistory: 'push' });
      placeClock(stageIndexOf(TIMELINE, stage));
    },
    stepCycle: (delta) => {
      const current = get().cycleStage;
      const index = current ? stageIndexOf(TIMELINE, current) : 0;
      const next = Math.min(CYCLE_STAGE_IDS.length - 1, Math.max(0, index + delta));
      const id = CYCLE_STAGE_IDS[next];
      if (id) get().setCycleStage(id);
    },
    playCycle: () => {
      if (clock.time >= TIMELINE.total - 0.05) {
        // Played to the end: start again from the first step.
        clock.time = 0;
        set({ cycleStage: CYCLE_STAGE_IDS[0], cycleHistory: 'push' });
      }
      clock.stopAt = null;
      set({ cyclePlaying: true });
      notify();
      startTicking();
    },
    pauseCycle: () => {
      clock.stopAt = null;
      set({ cyclePlaying: false });
      notify();
    },
    toggleCyclePlay: () => (get().cyclePlaying ? get().pauseCycle() : get().playCycle()),
    setCycleSpeed: (cycleSpeed) => set({ cycleSpeed }),
    seekCycle: (time) => {
      clock.time = clampTime(TIMELINE, time);
      clock.stopAt = null;
      const id = idAt(clock.time);
      if (id !== get().cycleStage) set({ cycleStage: id, cycleHistory: 'replace' });
      notify();
    },
    tickCycle: (dt) => {
      const s = get();
      if (s.cycleStage === null) {
        clock.stopAt = null;
        if (s.cyclePlaying) set({ cyclePlaying: false });
        return false;
      }
      if (!s.cyclePlaying && clock.stopAt === null) return false;
      const speed = s.cyclePlaying ? s.cycleSpeed * cyclePerf.timeScale : s.cycleSpeed;
      const { time, ended } = advance(TIMELINE, clock.time, dt, speed);
      clock.time = time;
      let running = true;
      if (!s.cyclePlaying && clock.stopAt !== null && time >= clock.stopAt) {
        clock.time = clock.stopAt;
        clock.stopAt = null;
        running = false;
      }
      const id = idAt(clock.time);
      if (ended && s.cyclePlaying) {
        cyclePerf.loops += 1;
        set({ cyclePlaying: false, cycleStage: id, cycleHistory: 'replace' });
        running = false;
      } else if (id !== s.cycleStage) {
        set({ cycleStage: id, cycleHistory: 'replace' });
      }
      notify();
      return running;
    },
    syncCycleClock: () => {
      const stage = get().cycleStage;
      if (stage === null) return;
      const index = stageIndexOf(TIMELINE, stage);
      if (stageIndexAt(TIMELINE, clock.time) !== index) placeClock(index);
    },
    setCycleReducedMotion: (cycleReducedMotion) => set({ cycleReducedMotion }),
  };
};

// A tiny, always-on counter of the explainer's per-frame JavaScript, read by `npm run bench`
// (scripts/bench/cycle.mjs). Cheap: two additions per frame. `timeScale` lets the benchmark play
// the timeline faster than real time to run many loops in a short measurement.

export interface CyclePerf {
  /** Frames the 3D close-up has drawn. */
  frames: number;
  /** Milliseconds spent in the explainer's own per-frame code (clock tick + scene update). */
  jsMs: number;
  /** Full plays of the timeline to its end. */
  loops: number;
  /** Multiplies the playback speed; 1 except in the benchmark. */
  timeScale: number;
}

declare global {
  interface Window {
    __imsCyclePerf?: CyclePerf;
  }
}

function create(): CyclePerf {
  const perf: CyclePerf = { frames: 0, jsMs: 0, loops: 0, timeScale: 1 };
  if (typeof window !== 'undefined') window.__imsCyclePerf = perf;
  return perf;
}

export const cyclePerf: CyclePerf = create();

export const now: () => number =
  typeof performance !== 'undefined' ? () => performance.now() : () => Date.now();

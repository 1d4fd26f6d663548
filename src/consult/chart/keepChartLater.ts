import type { AppState } from '../../state/store';

// The first paint's part of keeping the chart (chartKeeping.ts, its own small chunk): it is
// fetched at once when this tab kept a chart before (a reload), else with the first change to the
// chart. Nothing to read or write before then.

/** Where this tab keeps the chart (sessionStorage). */
export const CHART_STORAGE_KEY = 'ims-explorer-chart';

interface StoreLike {
  getState: () => AppState;
  subscribe: (listener: (state: AppState, previous: AppState) => void) => () => void;
}

function keptBefore(): boolean {
  try {
    return typeof sessionStorage !== 'undefined' && sessionStorage.getItem(CHART_STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

/** Starts keeping the chart when there is something to keep or to bring back. Returns a stop. */
export function keepChartLater(store: StoreLike): () => void {
  let stop: (() => void) | null = null;
  let stopped = false;
  const start = () => {
    unsubscribe();
    void import('./chartKeeping').then(({ startChartKeeping }) => {
      if (!stopped) stop = startChartKeeping(store);
    });
  };
  const unsubscribe = store.subscribe((s, previous) => {
    if (s.chart !== previous.chart) start();
  });
  if (keptBefore()) start();
  return () => {
    stopped = true;
    unsubscribe();
    stop?.();
  };
}

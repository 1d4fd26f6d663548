// Signals on <html> for the browser tests and the benchmark: which step the last frame showed,
// and whether the picture has come to rest (paused and no longer easing).

export const CYCLE_CONTEXT_RESTORE_WAIT_MS = 2500;

export function markCycleStage(id: string | null): void {
  const data = document.documentElement.dataset;
  if (id === null) delete data.cycleFrameStage;
  else if (data.cycleFrameStage !== id) data.cycleFrameStage = id;
}

export function markCycleSettled(settled: boolean): void {
  const value = settled ? 'true' : 'false';
  const data = document.documentElement.dataset;
  if (data.cycleSettled !== value) data.cycleSettled = value;
}

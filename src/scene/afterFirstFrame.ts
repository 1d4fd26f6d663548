/**
 * Runs `work` once the frames now being drawn are on screen and the browser has a quiet moment
 * (or after `timeoutMs` at the latest). Work that the first frame of the body does not need (the
 * picking tree, the lighter skin for turning) waits for this, so a person sees the body sooner.
 * Returns a function that cancels it.
 */
export function afterFirstFrame(work: () => void, timeoutMs = 1000): () => void {
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      frame = 0;
      if ('requestIdleCallback' in window) idle = window.requestIdleCallback(work, { timeout: timeoutMs });
      else timer = globalThis.setTimeout(work, 0);
    });
  });
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    if (frame) cancelAnimationFrame(frame);
    if (idle !== undefined) window.cancelIdleCallback(idle);
    globalThis.clearTimeout(timer);
  };
}

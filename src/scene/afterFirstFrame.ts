let bodyShown = false;
const waiting = new Set<() => void>();

/** Said by BodyScene once the body's first frame is on screen (its `ims:body-drawn` mark). */
export function bodyFrameShown(): void {
  bodyShown = true;
  for (const go of waiting) go();
  waiting.clear();
}

/**
 * Runs `work` once the body's first frame is on screen and, after that, the browser has a quiet
 * moment (or `timeoutMs` has passed). Work that the first frame of the body does not need (the
 * picking tree, the lighter skin for turning, the sharp multisampled frame) waits for this, so a
 * person sees the body sooner: begun earlier, it held the first frame back (software WebGL, 2 cores).
 * Returns a function that cancels it.
 */
export function afterFirstFrame(work: () => void, timeoutMs = 1000): () => void {
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const whenQuiet = () => {
    if ('requestIdleCallback' in window) idle = window.requestIdleCallback(work, { timeout: timeoutMs });
    else timer = globalThis.setTimeout(work, 0);
  };
  if (bodyShown) whenQuiet();
  else waiting.add(whenQuiet);
  return () => {
    waiting.delete(whenQuiet);
    if (idle !== undefined) window.cancelIdleCallback(idle);
    globalThis.clearTimeout(timer);
  };
}

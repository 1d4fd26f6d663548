/** The longest the app waits for the first paint (a browser that never reports it, say). */
const PAINT_WAIT_MS = 3000;

/**
 * Calls `then` once the browser has shown the page's first paint (its first-contentful-paint
 * entry), or at once where that cannot be known or will not come soon (no paint timing, a tab
 * opened in the background).
 */
export function afterFirstPaint(then: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    then();
  };
  if (document.visibilityState !== 'visible' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    once();
    return;
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    once();
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(once, PAINT_WAIT_MS);
}

// Offline use: the service worker is registered from a lazy chunk once the page has loaded and is
// idle, so the first paint and the 3D body come first (first-paint cost: these few lines).

/** localStorage key that lets a browser test opt in to the service worker (e2e build only). */
export const TEST_OPT_IN_KEY = 'ims-test-service-worker';

function allowedHere(): boolean {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return false;
  // The e2e build registers only when a test asks (tests/e2e/offline.spec.ts), so the other tests
  // do not each fetch and keep the whole app.
  if (__TEST_HOOK__) {
    try {
      return localStorage.getItem(TEST_OPT_IN_KEY) === '1';
    } catch {
      return false;
    }
  }
  return true;
}

export function startPwa(): void {
  if (!allowedHere()) return;
  const register = () => void import('./registerPwa').then(({ registerPwa }) => registerPwa());
  const whenIdle = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(register, { timeout: 5000 })
      : setTimeout(register, 1000);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}

// The lazy part of offline use: registers the service worker (vite-plugin-pwa's module, which uses
// workbox-window) and shows the update notice when a new version is waiting. An open page is never
// reloaded unless the person pressed Reload in it.
import { registerSW } from 'virtual:pwa-register';
import { showUpdateNotice } from './updateNotice';

/** A page left open for days (a clinic's screen) still hears of new versions. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

function keepCheckingForUpdates(registration: ServiceWorkerRegistration): void {
  let lastCheck = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || Date.now() - lastCheck < CHECK_EVERY_MS) return;
    lastCheck = Date.now();
    // Offline the check fails; the next one tries again.
    registration.update().catch(() => undefined);
  });
}

export function registerPwa(): void {
  let registration: ServiceWorkerRegistration | undefined;
  const activateWaiting = registerSW({
    immediate: true,
    onRegisteredSW(_url, found) {
      registration = found;
      if (found) keepCheckingForUpdates(found);
    },
    onNeedRefresh() {
      showUpdateNotice(() => {
        // Already in charge (Reload pressed in another tab): a plain reload shows it.
        if (!registration?.waiting) {
          window.location.reload();
          return;
        }
        navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
          once: true,
        });
        void activateWaiting();
      });
    },
    // The new version took charge because Reload was pressed somewhere. This page reloads only if
    // it was here (above); any other open page carries on, its notice still offering Reload.
    onNeedReload() {},
  });
}

// Offline use and installing (vite-plugin-pwa): the web app manifest and the service worker's rules.
// Kept here, apart from vite.config.ts, so a unit test can check them against real files.
import { readFileSync } from 'node:fs';

const STYLES = new URL('../../src/styles.css', import.meta.url);

/** A colour variable of src/styles.css's :root (e.g. '--bg'), so the manifest follows the page. */
export function cssColour(name, css = readFileSync(STYLES, 'utf8')) {
  const found = new RegExp(`${name}:\\s*(#[0-9a-fA-F]{6})\\b`).exec(css);
  if (!found) throw new Error(`src/styles.css has no ${name} colour`);
  return found[1].toLowerCase();
}

/** The web app manifest. Addresses are relative, so the app installs from any sub-folder. */
export function webManifest() {
  const paper = cssColour('--bg');
  return {
    name: 'IMS Explorer',
    short_name: 'IMS Explorer',
    description:
      'See where IMS (Intramuscular Stimulation, the Gunn method of dry needling) is used on the body, in plain words.',
    lang: 'en',
    // One identity wherever the site lives, so a new version is the same installed app.
    id: './',
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: paper,
    background_color: paper,
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}

/** Every file the app needs offline: pages, chunks, styles, the model and its data, pictures. */
export const PRECACHE_GLOBS = ['**/*.{html,js,css,json,glb,webp,png,svg,woff2}'];
/**
 * Left out: the pre-compressed copies (the browser gets those through the server anyway), and the
 * clinic's own file, which changes without a new build (fetched network-first below).
 */
export const PRECACHE_IGNORES = ['**/*.br', '**/*.gz', '**/clinic.json'];
/** The largest file is the lazy 3D chunk (about 0.9 MB); each model file is under 0.4 MB. */
export const MAX_PRECACHE_BYTES = 3 * 1024 * 1024;

/**
 * The app is one page, index.html, and a link only adds a query (?region=…&lang=fr). The worker
 * answers from its copy whatever the query, so every link opens offline: '/site/?region=neck' is
 * looked up as '/site/', which is the kept '/site/index.html'. No navigation fallback: an unknown
 * address ('/site/conditions/x/') still gets the server's 404 page, not index.html at the wrong
 * depth (its relative script addresses would break there).
 */
export const IGNORED_QUERY = [/.*/];

/** @returns {import('vite-plugin-pwa').VitePWAOptions} options for VitePWA(). */
export function pwaOptions() {
  return {
    // A new version waits until the person chooses to reload (src/pwa/updateNotice.ts).
    registerType: 'prompt',
    // The app registers the worker itself, from a lazy chunk (no inline script: strict CSP).
    injectRegister: false,
    manifest: webManifest(),
    // The icons are in the precache list already (PRECACHE_GLOBS); the plugin adds the manifest.
    includeManifestIcons: false,
    workbox: {
      globPatterns: PRECACHE_GLOBS,
      globIgnores: PRECACHE_IGNORES,
      maximumFileSizeToCacheInBytes: MAX_PRECACHE_BYTES,
      // The first version takes charge of the open page at once (nothing older to break); a later
      // one only after "Reload", because skipWaiting is left off.
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      ignoreURLParametersMatching: IGNORED_QUERY,
      navigateFallback: undefined,
      runtimeCaching: [
        {
          // clinic.json: the newest when online, the last one seen when not.
          urlPattern: /\/clinic\.json(?:\?.*)?$/,
          handler: 'NetworkFirst',
          options: {
            cacheName: 'ims-clinic',
            networkTimeoutSeconds: 5,
            cacheableResponse: { statuses: [200] },
          },
        },
      ],
    },
  };
}

/**
 * For the pre-render's own Vite server (scripts/prerender-plugin.mjs), which has no PWA plugin: a
 * stand-in for 'virtual:pwa-register', so its scan of the app's imports finds every module. The
 * server render never registers a worker.
 */
export function pwaRegisterStandIn() {
  const id = 'virtual:pwa-register';
  return {
    name: 'ims-pwa-register-stand-in',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) =>
      resolved === `\0${id}` ? 'export const registerSW = () => async () => {};' : undefined,
  };
}

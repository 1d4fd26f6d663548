import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { startConsultSync } from './consult/sync/consultSync';
import { hasVisitLink, startTakeHome } from './consult/takehome/visitStart';
import { EMBED } from './embed/embedMode';
import { detectLang } from './i18n/lang';
import { t } from './i18n/t';
import { startPwa } from './pwa/startPwa';
import { BROKEN_SETTINGS_NOTICE, useAppStore } from './state/store';
import { startUrlSync } from './state/urlSync';

// French (from the link, the saved choice or the browser) loads its own chunk, with the French
// UI words and content, before anything reads the content: the store, the link's checks, the render.
const lang = detectLang();
if (lang === 'fr') {
  import('./i18n/loadFrench').then(
    ({ useFrench }) => {
      useFrench();
      start(true);
    },
    // The French chunk did not arrive (offline, say): English is better than nothing.
    () => start(false),
  );
} else start(false);

function start(french: boolean): void {
  if (french) {
    document.documentElement.lang = 'fr';
    document.title = t('app.documentTitle');
    // The store was made before French arrived: a notice it set then is said again in French.
    const { notice, showNotice } = useAppStore.getState();
    if (notice === BROKEN_SETTINGS_NOTICE) showNotice(t('store.brokenSettings'));
  }
  // The patient's second screen (`?screen=patient`) copies the practitioner's window: no history of its own.
  const screenRole = startConsultSync(window.location.search);
  if (screenRole === 'main') {
    startUrlSync();
    // A take-home link (#visit=…) opens "Your visit"; what is shown is recorded for the next one.
    startTakeHome();
  }

  // The clinic's own details, if it has put a clinic.json beside the site (see README). A chunk
  // that cannot arrive (offline, not yet kept) leaves the page without them, as with no file.
  void import('./clinic/startClinic').then(({ startClinic }) => startClinic()).catch(() => undefined);

  // The compact mode inside a clinic's web page (`embed=1`): its look and links are a small chunk.
  if (EMBED) void import('./embed/startEmbed').then(({ startEmbed }) => startEmbed());

  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );

  // index.html holds the default view, pre-rendered at build time. Hydrate it when that is what
  // this visit shows; a link to another view or a saved preference renders afresh instead.
  const s = useAppStore.getState();
  const showsDefault =
    !s.regionId &&
    !s.conditionId &&
    !s.view &&
    !s.cycleStage &&
    !s.largeText &&
    !s.simpleView &&
    !s.notice &&
    !EMBED &&
    !hasVisitLink(window.location.hash);
  // (The patient's screen is another page than the pre-rendered one.)
  // The pre-render is English: French always renders afresh.
  if (root.firstElementChild && showsDefault && screenRole === 'main' && !french) {
    // As a transition, React hydrates in short pieces: the page answers a tap meanwhile.
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    // The start page stays until React puts the new view in its place (it empties the element
    // then, in the same step). A transition: the work is cut into short pieces, so a phone stays
    // responsive while it renders.
    startTransition(() => createRoot(root).render(app));
  }
}

// Offline use and installing: the service worker, registered once the page is idle (src/pwa).
startPwa();

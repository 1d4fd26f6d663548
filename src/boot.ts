// The page's entry. The pre-rendered page (the header, the picture of the body, the start page's
// words) is shown before the app's code is fetched and run: on a phone that code would compete
// with the first paint for the network and the processor. The app starts right after that paint,
// or sooner on a tap, a key or focus (startup/firstUse; a pointer resting on the page is only noted).
import { detectLang } from './i18n/lang';
import { afterFirstPaint } from './startup/afterFirstPaint';
import { bodyUsedEarly, watchFirstUse } from './startup/firstUse';
import { PREFERENCES_KEY, parseSavedPreferences } from './state/preferences';
import './styles.css';
import { fetchModelAhead } from './ui/fetchModelAhead';

const page = document.documentElement;

function savedText(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

let started = false;
function startApp(): void {
  if (started) return;
  started = true;
  import('./main').catch(() => {
    // The app's code did not arrive: the start page is better than an empty panel.
    delete page.dataset.viewPending;
  });
  // The mouse already rests on the body: its 3D code and model come beside the app's code, not
  // after it (the app then starts the 3D at once, see ui/useSceneStart).
  if (bodyUsedEarly()) {
    fetchModelAhead();
    import('./scene/BodyScene').catch(() => undefined);
  }
}

const link = window.location.search !== '' || window.location.hash !== '';
const french = detectLang() === 'fr';
// A link to another view, or French: the pre-rendered start page's words are kept out of sight
// until the app shows what this visit asks for (App.tsx), so they never flash by.
if (link || french) page.dataset.viewPending = '';
const saved = parseSavedPreferences(savedText(PREFERENCES_KEY));
// Large text, chosen on an earlier visit, is there from the first paint.
if (saved.preferences.largeText) page.classList.add('large-text');
// The pre-rendered header has a Full screen button; where the browser cannot do it (an iPhone),
// it is hidden from the first paint, not removed after it (the other buttons would move).
if (document.fullscreenEnabled !== true) page.classList.add('no-fullscreen');

// Pages laid out unlike the pre-rendered one (the patient's second screen, the compact embed) and
// a visit the app renders afresh at once (saved settings, French) do not wait for the paint.
const ownLayout = /[?&](screen|embed)=/.test(window.location.search);
if (ownLayout || french || saved.preferences.largeText || saved.broken) startApp();
else {
  watchFirstUse(startApp);
  afterFirstPaint(startApp);
}

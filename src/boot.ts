// The page's entry. The pre-rendered page (the header, the picture of the body, the start page's
// words) is shown before the app's code is fetched and run: on a phone that code would compete
// with the first paint for the network and the processor. The app starts right after that paint.
// (A pointer or a key before then is noted: nobody aims at a page they have not seen yet, but the
// mouse may rest on the body.)
import { afterFirstPaint } from './startup/afterFirstPaint';
import { bodyUsedEarly, watchFirstUse } from './startup/firstUse';
import './styles.css';
import { fetchModelAhead } from './ui/fetchModelAhead';

const page = document.documentElement;
// A link to another view (a condition, an area…): the start page's words are kept out of sight
// until the app shows what the link asks for (see main.tsx), so they never flash by.
if (window.location.search || window.location.hash) page.dataset.viewPending = '';

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

// The patient's second screen and the compact embed are laid out unlike the pre-rendered page.
if (/[?&](screen|embed)=/.test(window.location.search)) startApp();
else {
  watchFirstUse();
  afterFirstPaint(startApp);
}

import { colourProperties, readClinicColours } from '../clinic/clinicColours';
import { clinicProblemNotice } from '../clinic/clinicConfig';
import { useAppStore } from '../state/store';
import { searchOf } from '../state/urlSync';
import { fullAppHref, leavesEmbed } from './fullAppLink';
import './embed.css';

// The embed's behaviour, loaded only with `embed=1`: the class its look hangs on, the clinic's
// colours, and every way out of the body and the panel opened as the full app in a new tab.

function openFullApp(href: string): void {
  window.open(fullAppHref(href, window.location.href), '_blank', 'noopener');
}

/**
 * Links, caught before the app's own handlers: another site's always opens in a new tab; one of
 * the app's that leaves the body and the panel (or asked for in a new tab with a modifier key)
 * opens the full app there. Anything else stays in the frame.
 */
function onClick(event: MouseEvent): void {
  if (event.defaultPrevented || !(event.target instanceof Element)) return;
  const link = event.target.closest<HTMLAnchorElement>('a[href]');
  if (!link || link.hasAttribute('download')) return;
  const url = new URL(link.href, window.location.href);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
  if (url.origin !== window.location.origin) {
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    return;
  }
  if (
    link.target === '_blank' ||
    (url.pathname === window.location.pathname && url.search === '' && url.hash)
  )
    return;
  const modified = event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
  if (!modified && !leavesEmbed(url.href, window.location.href)) return;
  event.preventDefault();
  event.stopPropagation();
  openFullApp(url.href);
}

/** Presenter mode (the P key) belongs to the full app: it opens there, at the tour's step. */
function keepPresenterOut(): () => void {
  return useAppStore.subscribe((s, before) => {
    if (!s.presenter || before.presenter) return;
    const search = searchOf(s);
    s.setPresenter(false);
    openFullApp(search || '?');
  });
}

/** The clinic's colours (clinic.json), as the custom properties the styles use. */
function applyColours(): () => void {
  const apply = () => {
    const { clinic } = useAppStore.getState();
    if (!clinic?.colours) return false;
    const { colours, problems } = readClinicColours(clinic.colours);
    for (const [name, value] of Object.entries(colourProperties(colours)))
      document.documentElement.style.setProperty(name, value);
    if (problems.length > 0) {
      console.warn('clinic.json:', problems);
      const store = useAppStore.getState();
      if (!store.notice) store.showNotice(clinicProblemNotice(problems));
    }
    return true;
  };
  if (apply()) return () => undefined;
  const unsubscribe = useAppStore.subscribe((s, before) => {
    if (s.clinic !== before.clinic && apply()) unsubscribe();
  });
  return unsubscribe;
}

export function startEmbed(): void {
  document.documentElement.classList.add('embed');
  document.addEventListener('click', onClick, { capture: true });
  document.addEventListener('auxclick', onClick, { capture: true });
  keepPresenterOut();
  applyColours();
}

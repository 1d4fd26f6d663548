import { colourProperties, readClinicColours } from '../clinic/clinicColours';
import { clinicProblemNotice } from '../clinic/clinicConfig';
import { TOUR_STEPS } from '../consult/types';
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

/**
 * Presenter mode belongs to the full app. Its key (P) opens it there, at the first step of the
 * tour, caught ahead of the app's own key handler so the frame's view stays as it is.
 */
function onKeyDown(event: KeyboardEvent): void {
  if (event.key !== 'p' && event.key !== 'P') return;
  if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
  const target = event.target;
  if (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.closest('input, textarea, select'))
  )
    return;
  event.preventDefault();
  event.stopPropagation();
  const s = useAppStore.getState();
  const search = searchOf(s);
  openFullApp(`${search || '?'}${search ? '&' : ''}tour=${s.lastTourStep ?? TOUR_STEPS[0]}`);
}

/** Any other way into presenter mode: it is turned off here and opens in the full app instead. */
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
  window.addEventListener('keydown', onKeyDown, { capture: true });
  keepPresenterOut();
  applyColours();
}

import { withLang } from '../../i18n/t';
import { type AppState, useAppStore } from '../../state/store';
import { say } from '../say';

// Started once from main.tsx: opens a take-home link (at start, or pasted into this tab later)
// and records what is shown, for the next take-home link. Light: part of the first paint.

/** The address holds a take-home link. */
export const hasVisitLink = (hash: string): boolean => /(^#|&)visit=/.test(hash);

/** Set while a visit link's reader is on its way: nothing is recorded for it meanwhile. */
let opening: Promise<boolean> | null = null;

/**
 * Opens the visit in the address's fragment, if there is one, with the link reader fetched first
 * (its own small chunk). Resolves to whether a visit link was found.
 */
export function openVisitLink(): Promise<boolean> {
  if (!hasVisitLink(window.location.hash)) return Promise.resolve(false);
  const loading = import('./openVisit').then(
    ({ openVisitFromLocation }) => openVisitFromLocation(),
    () => {
      useAppStore.getState().showNotice(say('consultEntry.visit.failed'));
      return false;
    },
  );
  opening = loading;
  const done = () => {
    if (opening === loading) opening = null;
  };
  loading.then(done, done);
  return loading;
}

/**
 * Records each condition and pain-cycle step shown, in this window, always (not only in presenter
 * mode: a practitioner may explain without it). "End consultation" forgets them. The patient's
 * second screen does not run this: it gets what was seen with each snapshot, so the QR code it
 * shows at the take-home step holds the same. A visit's own page records nothing: its link is what it is.
 */
function recordSeen(s: AppState, before: AppState): void {
  if (s.visit || opening) return;
  const conditions = s.conditionId && s.conditionId !== before.conditionId ? [s.conditionId] : [];
  const stages = s.cycleStage && s.cycleStage !== before.cycleStage ? [s.cycleStage] : [];
  if (conditions.length > 0 || stages.length > 0) s.noteSeen({ conditions, stages });
}

/** Call once at start, after the link has been applied. Returns a stop function. */
export function startTakeHome(): () => void {
  void openVisitLink();
  const first = useAppStore.getState();
  recordSeen(first, { ...first, conditionId: null, cycleStage: null });
  const unsubscribe = useAppStore.subscribe(recordSeen);
  const onHash = () => {
    // Another visit link pasted into this tab; a plain "#panel" skip link is not one.
    if (!hasVisitLink(window.location.hash)) return;
    // It opens on its own page, as it would in a new tab: the view before it is left.
    if (window.location.search) {
      window.history.replaceState(
        null,
        '',
        `${window.location.pathname}${withLang('')}${window.location.hash}`,
      );
      window.dispatchEvent(new PopStateEvent('popstate'));
    }
    void openVisitLink();
  };
  window.addEventListener('hashchange', onHash);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onHash);
  };
}

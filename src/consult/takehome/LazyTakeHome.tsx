import { useAppStore } from '../../state/store';
import { LoadPlace } from '../../ui/LoadFailed';
import { lazyWithRetry } from '../../ui/lazyWithRetry';
import './entry.css';
import { t } from '../entryWords';

// The panel's parts of the take-home: light here (the first paint), their words and the QR code in
// lazy chunks.

const VisitViewChunk = lazyWithRetry(() => import('./VisitView'));
const TakeHomeViewChunk = lazyWithRetry(() => import('./TakeHomeView'));

/** "Your visit" (a take-home link was opened), in place of the start page. */
export function LazyVisitView() {
  return (
    <LoadPlace
      what={t('consultEntry.visit.what')}
      retry={VisitViewChunk.retry}
      loading={<p className="muted">{t('consultEntry.visit.loading')}</p>}
    >
      <VisitViewChunk />
    </LoadPlace>
  );
}

/** The take-home link, QR code and handout as a panel view (its own chunk), with a way back. */
export function TakeHomeView() {
  return (
    <LoadPlace
      what={t('consultEntry.page.what')}
      retry={TakeHomeViewChunk.retry}
      loading={<p className="muted">{t('consultEntry.loading')}</p>}
    >
      <TakeHomeViewChunk />
    </LoadPlace>
  );
}

/** "Take this visit home", once something has been shown or marked (never on a visit's own page). */
export function TakeHomeEntry() {
  const shown = useAppStore(
    (s) =>
      s.screenRole === 'main' &&
      !s.visit &&
      !s.takeHomeOpen &&
      (s.seen.conditions.length > 0 || s.seen.stages.length > 0 || s.chart.length > 0),
  );
  const openTakeHome = useAppStore((s) => s.openTakeHome);
  if (!shown) return null;
  return (
    <button type="button" className="take-home-entry" onClick={() => openTakeHome(true)}>
      <span className="take-home-entry-label">{t('consultEntry.takeHome.label')}</span>
      <span className="take-home-entry-hint">{t('consultEntry.takeHome.hint')}</span>
    </button>
  );
}

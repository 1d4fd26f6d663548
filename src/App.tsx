import { Suspense, useEffect, useLayoutEffect, useRef } from 'react';
import { usePresenterMode } from './consult/presenter/usePresenterMode';
import { leaveCycle } from './cycle/links';
import { EMBED } from './embed/embedMode';
import { t } from './i18n/t';
import { replayEarlyClick } from './startup/firstUse';
import { useAppStore } from './state/store';
import { Header } from './ui/Header';
import { LiveAnnouncer } from './ui/LiveAnnouncer';
import { LoadBoundary, LoadFailed, LoadPlace } from './ui/LoadFailed';
import { lazyWithRetry } from './ui/lazyWithRetry';
import { Notice } from './ui/Notice';
import { Panel } from './ui/Panel';
import { Stage } from './ui/Stage';
import { useStickyInsets } from './ui/useStickyInsets';

// The pain-cycle explainer is its own chunk (and its 3D scene another), loaded when first opened.
const CycleView = lazyWithRetry(() => import('./cycle/CycleView'));
// Presenter mode's caption bar, loaded when presenter mode first starts.
const PresenterBar = lazyWithRetry(() => import('./consult/presenter/PresenterBar'));
// What the patient's second screen adds (its messages, the clinic's name): only on that screen.
const PatientScreen = lazyWithRetry(() => import('./consult/sync/PatientScreen'));
// In a clinic's web page (`embed=1`) a slim bar takes the header's place: the clinic's credit and
// "Open full screen".
const EmbedBar = lazyWithRetry(() => import('./embed/EmbedBar'));

export function App() {
  const cycleOpen = useAppStore((s) => s.cycleStage !== null);
  const largeText = useAppStore((s) => s.largeText);
  const presenter = useAppStore((s) => s.presenter);
  const patientScreen = useAppStore((s) => s.screenRole === 'patient');
  usePresenterMode();
  const appRef = useRef<HTMLDivElement>(null);
  useStickyInsets(appRef);
  useEffect(() => {
    document.documentElement.classList.toggle('large-text', largeText);
  }, [largeText]);
  // The app is live: the view the link asked for is in place (the start page's words were out of
  // sight until now, see boot.ts), and the page answers taps and keys (browser tests wait for this).
  useLayoutEffect(() => {
    const page = document.documentElement;
    delete page.dataset.viewPending;
    page.dataset.appReady = 'true';
    replayEarlyClick();
  }, []);

  return (
    <div className="app" ref={appRef}>
      <a className="skip-link" href="#panel">
        {t('app.skipToInfo')}
      </a>
      {EMBED ? (
        <LoadPlace what="This bar" retry={EmbedBar.retry} loading={null}>
          <EmbedBar />
        </LoadPlace>
      ) : (
        <Header />
      )}
      <Notice />
      {patientScreen && (
        <LoadPlace what={t('load.thisScreen')} retry={PatientScreen.retry} loading={null}>
          <PatientScreen />
        </LoadPlace>
      )}
      {cycleOpen ? (
        <LoadBoundary
          retry={CycleView.retry}
          fallback={({ retry, checking, stillOffline, again }) => (
            <main className="load-failed-page">
              <LoadFailed
                what={t('load.painCycle')}
                onRetry={retry}
                checking={checking}
                stillOffline={stillOffline}
                focusRetry={again}
              >
                <button type="button" className="tool-button" onClick={leaveCycle}>
                  {t('app.backToBody')}
                </button>
              </LoadFailed>
            </main>
          )}
        >
          <Suspense fallback={<main className="cycle cycle-loading">{t('app.loadingCycle')}</main>}>
            <CycleView />
          </Suspense>
        </LoadBoundary>
      ) : (
        <main className="main">
          <Stage />
          <Panel />
        </main>
      )}
      {presenter && (
        <LoadPlace
          what={t('load.captionBar')}
          retry={PresenterBar.retry}
          loading={<p className="presenter-bar">{t('load.loading')}</p>}
        >
          <PresenterBar />
        </LoadPlace>
      )}
      <LiveAnnouncer />
    </div>
  );
}

import { lazy, Suspense, useEffect, useRef } from 'react';
import { useAppStore } from './state/store';
import { Header } from './ui/Header';
import { LiveAnnouncer } from './ui/LiveAnnouncer';
import { Notice } from './ui/Notice';
import { Panel } from './ui/Panel';
import { Stage } from './ui/Stage';
import { useStickyInsets } from './ui/useStickyInsets';

// The pain-cycle explainer is its own chunk (and its 3D scene another), loaded when first opened.
const CycleView = lazy(() => import('./cycle/CycleView'));

export function App() {
  const cycleOpen = useAppStore((s) => s.cycleStage !== null);
  const largeText = useAppStore((s) => s.largeText);
  const appRef = useRef<HTMLDivElement>(null);
  useStickyInsets(appRef);
  useEffect(() => {
    document.documentElement.classList.toggle('large-text', largeText);
  }, [largeText]);

  return (
    <div className="app" ref={appRef}>
      <a className="skip-link" href="#panel">
        Skip to the information
      </a>
      <Header />
      <Notice />
      {cycleOpen ? (
        <Suspense fallback={<main className="cycle cycle-loading">Loading the pain cycle…</main>}>
          <CycleView />
        </Suspense>
      ) : (
        <main className="main">
          <Stage />
          <Panel />
        </main>
      )}
      <LiveAnnouncer />
    </div>
  );
}

import { Suspense, useEffect, useRef } from 'react';
import { useAppStore } from '../../state/store';
import { lazyWithRetry } from '../../ui/lazyWithRetry';
import { SceneBoundary } from '../../ui/SceneBoundary';
import { hasWebGLApi } from '../../ui/webgl';
import { setFadeTarget } from '../crossfade';
import { t } from '../words';

// The 3D close-up is its own chunk, loaded after the words and controls are on screen.
const CycleScene = lazyWithRetry(() => import('../scene/CycleScene'));

export function CycleCanvas() {
  const webgl = useAppStore((s) => s.webgl);
  const setWebgl = useAppStore((s) => s.setWebgl);
  const fadeRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (useAppStore.getState().webgl === 'checking') setWebgl(hasWebGLApi() ? 'ready' : 'unavailable');
  }, [setWebgl]);

  useEffect(() => {
    setFadeTarget(webgl === 'ready' ? fadeRef.current : null);
    return () => setFadeTarget(null);
  }, [webgl]);

  if (webgl === 'checking') return <div className="cycle-canvas" />;
  if (webgl !== 'ready') {
    return (
      <div className="cycle-canvas cycle-canvas-message" role="note">
        <p>
          <strong>{webgl === 'lost' ? t('cycle.lost') : t('cycle.unavailable')}</strong>{' '}
          {t('cycle.stillWorks')}
          {webgl === 'lost' && (
            // A fresh scene gets a new drawing context.
            <button type="button" className="tool-button load-failed-retry" onClick={() => setWebgl('ready')}>
              {t('cycle.tryAgain')}
            </button>
          )}
        </p>
      </div>
    );
  }
  return (
    <div className="cycle-canvas" role="img" aria-label={t('cycle.closeUp')}>
      <SceneBoundary
        what={t('cycle.closeUpWhat')}
        retry={CycleScene.retry}
        onError={() => setWebgl('unavailable')}
      >
        <Suspense fallback={<p className="stage-loading">{t('cycle.loading')}</p>}>
          <CycleScene />
        </Suspense>
      </SceneBoundary>
      <canvas ref={fadeRef} className="cycle-fade" />
    </div>
  );
}

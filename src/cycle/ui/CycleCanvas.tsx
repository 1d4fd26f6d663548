import { Suspense, useEffect, useRef } from 'react';
import { useAppStore } from '../../state/store';
import { lazyWithRetry } from '../../ui/lazyWithRetry';
import { SceneBoundary } from '../../ui/SceneBoundary';
import { hasWebGLApi } from '../../ui/webgl';
import { setFadeTarget } from '../crossfade';

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
          <strong>
            {webgl === 'lost' ? 'The 3D picture stopped working.' : "The 3D picture can't be shown here."}
          </strong>{' '}
          The steps, the words and the controls below still work.
          {webgl === 'lost' && (
            // A fresh scene gets a new drawing context.
            <button type="button" className="tool-button load-failed-retry" onClick={() => setWebgl('ready')}>
              Try again
            </button>
          )}
        </p>
      </div>
    );
  }
  return (
    <div
      className="cycle-canvas"
      role="img"
      aria-label="3D close-up: a spinal segment and its nerve root, the nerve running to a muscle made of fibres, its tendon, the joint it moves, and the artery that feeds it."
    >
      <SceneBoundary what="The 3D close-up" retry={CycleScene.retry} onError={() => setWebgl('unavailable')}>
        <Suspense fallback={<p className="stage-loading">Loading the 3D close-up…</p>}>
          <CycleScene />
        </Suspense>
      </SceneBoundary>
      <canvas ref={fadeRef} className="cycle-fade" />
    </div>
  );
}

import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useAppStore } from '../state/store';
import { LayerControls } from './anatomy/LayerControls';
import { BodyPoster } from './BodyPoster';
import { HoverLabel } from './HoverLabel';
import { lazyWithRetry } from './lazyWithRetry';
import { SceneBoundary } from './SceneBoundary';
import { useSceneStart } from './useSceneStart';
import { ViewControls } from './ViewControls';
import { hasWebGLApi } from './webgl';

// The 3D code is its own chunk: the words on the page paint before it loads.
const BodyScene = lazyWithRetry(() => import('../scene/BodyScene'));

const KEY_MOVES: Record<string, { azimuth?: number; polar?: number; zoom?: number }> = {
  ArrowLeft: { azimuth: -Math.PI / 8 },
  ArrowRight: { azimuth: Math.PI / 8 },
  ArrowUp: { polar: -Math.PI / 12 },
  ArrowDown: { polar: Math.PI / 12 },
  '+': { zoom: 1 },
  '=': { zoom: 1 },
  '-': { zoom: -1 },
  _: { zoom: -1 },
};

const LABELS = {
  explore:
    '3D body. Arrow keys turn it, plus and minus zoom. On a touch screen, swipe sideways to turn it and pinch to zoom. Choose body areas from the list.',
  // Presenter mode gives the arrow and page keys to the tour (see consult/presenter/clickerKeys).
  presenter:
    '3D body. In presenter mode the arrow keys and Page Up and Page Down move through the steps of the tour, and B blanks the screen. Plus and minus zoom. Drag to turn the body.',
  patient: "3D body, shown as it is on the practitioner's screen.",
} as const;

function StageMessage({ status, onTryAgain }: { status: 'unavailable' | 'lost'; onTryAgain: () => void }) {
  if (status === 'lost') {
    return (
      <div className="stage-message" role="alert">
        <h2>The 3D body stopped working</h2>
        <p>
          Your device had to stop drawing it. It may come back by itself, or you can try again. The lists of
          body areas and conditions and the search box still work.
        </p>
        <button type="button" className="tool-button load-failed-retry" onClick={onTryAgain}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <div className="stage-message" role="note">
      <h2>The 3D body can't be shown here</h2>
      <p>
        This browser or device does not support 3D graphics (WebGL), or it is turned off. Everything else
        still works: use the lists of body areas and conditions, and the search box.
      </p>
    </div>
  );
}

export function Stage() {
  const webgl = useAppStore((s) => s.webgl);
  const setWebgl = useAppStore((s) => s.setWebgl);
  const nudgeCamera = useAppStore((s) => s.nudgeCamera);
  // What the keys do here, said to screen readers: they change with presenter mode.
  const label = useAppStore((s) =>
    s.screenRole === 'patient' ? LABELS.patient : s.presenter ? LABELS.presenter : LABELS.explore,
  );
  const stageRef = useRef<HTMLDivElement>(null);
  const [sceneStarted, startScene] = useSceneStart(webgl === 'ready');
  const [drawn, setDrawn] = useState(false);
  const onDrawn = useCallback(() => setDrawn(true), []);
  // Bumped by "Try again" after a lost 3D view: a new scene, with a new drawing context.
  const [sceneKey, setSceneKey] = useState(0);
  const tryAgain = () => {
    setDrawn(false);
    setSceneKey((k) => k + 1);
    setWebgl('ready');
    startScene();
    stageRef.current?.focus({ preventScroll: true });
  };
  const pressedAt = useRef<{ x: number; y: number } | null>(null);
  const pendingPick = useRef<{ x: number; y: number } | null>(null);

  useEffect(() => {
    if (useAppStore.getState().webgl === 'checking') setWebgl(hasWebGLApi() ? 'ready' : 'unavailable');
  }, [setWebgl]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const move = KEY_MOVES[event.key];
    if (!move || event.target !== event.currentTarget) return;
    event.preventDefault();
    nudgeCamera(move);
  };

  // A lost view keeps its scene mounted, so the browser can hand the context back to it.
  const showScene = webgl !== 'unavailable';
  return (
    <section className="stage" aria-label="3D body">
      {showScene ? (
        <>
          <div
            ref={stageRef}
            className="canvas-host"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: the 3D view takes arrow keys to turn the body.
            tabIndex={0}
            role="application"
            aria-roledescription="3D body"
            aria-label={label}
            aria-busy={!drawn}
            // A lost canvas shows as a blank sheet: the picture of the body stands in for it.
            data-lost={webgl === 'lost' || undefined}
            onKeyDown={onKeyDown}
            onPointerDown={(event) => {
              startScene();
              pressedAt.current = drawn ? null : { x: event.clientX, y: event.clientY };
            }}
            onPointerUp={(event) => {
              const from = pressedAt.current;
              // A tap (not a drag) on the picture is remembered and applied once the 3D is ready.
              if (from && Math.hypot(event.clientX - from.x, event.clientY - from.y) < 6) {
                pendingPick.current = { x: event.clientX, y: event.clientY };
              }
            }}
            onPointerEnter={startScene}
            onFocus={startScene}
          >
            <BodyPoster hidden={drawn && webgl !== 'lost'} />
            {sceneStarted && (
              <SceneBoundary
                key={sceneKey}
                what="The 3D body"
                retry={BodyScene.retry}
                onError={() => setWebgl('unavailable')}
              >
                <Suspense fallback={null}>
                  <BodyScene onDrawn={onDrawn} pendingPick={pendingPick} />
                </Suspense>
              </SceneBoundary>
            )}
            <HoverLabel hostRef={stageRef} />
          </div>
          <LayerControls />
          <ViewControls />
          {webgl === 'lost' && (
            <div className="stage-overlay">
              <StageMessage status="lost" onTryAgain={tryAgain} />
            </div>
          )}
        </>
      ) : (
        <StageMessage status="unavailable" onTryAgain={tryAgain} />
      )}
    </section>
  );
}

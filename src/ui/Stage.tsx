import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { t } from '../map2d/words';
import { takeEarlyTap } from '../startup/firstUse';
import { useAppStore } from '../state/store';
import { LayerControls } from './anatomy/LayerControls';
import { BodyPoster } from './BodyPoster';
import { HoverLabel } from './HoverLabel';
import { lazyWithRetry, usePreloaded } from './lazyWithRetry';
import { SceneBoundary } from './SceneBoundary';
import { useSceneStart } from './useSceneStart';
import { SimpleViewToggle, ViewControls } from './ViewControls';
import { hasWebGLApi } from './webgl';

// The 3D code is its own chunk: the words on the page paint before it loads.
const BodyScene = lazyWithRetry(() => import('../scene/BodyScene'));
// The flat body map (the simple view, and the stand-in when the 3D cannot be shown): its own chunk.
const BodyMap2D = lazyWithRetry(() => import('../map2d/BodyMap2D'));

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
  explore: () => t('map.stage.explore'),
  // Presenter mode gives the arrow and page keys to the tour (see consult/presenter/clickerKeys).
  presenter: () => t('map.stage.presenter'),
  patient: () => t('map.stage.patient'),
} as const;

/** The 3D body's drawing context was lost: said plainly, with a way to try again. */
function LostMessage({ onTryAgain }: { onTryAgain: () => void }) {
  return (
    <div className="stage-message" role="alert">
      <h2>{t('map.lost.title')}</h2>
      <p>{t('map.lost.text')}</p>
      <button type="button" className="tool-button load-failed-retry" onClick={onTryAgain}>
        {t('map.lost.tryAgain')}
      </button>
    </div>
  );
}

/** Why the flat map shows instead of the 3D body: chosen, no WebGL, or a drawing context that did not come back. */
type MapReason = 'chosen' | 'unavailable' | 'lost';

/** The flat body map in the stage's place, with a short notice when the person did not choose it. */
function MapStage({ reason, onTryAgain }: { reason: MapReason; onTryAgain: () => void }) {
  return (
    <section className="stage stage-map" aria-label={t('map.stage.nameMap')}>
      {reason === 'unavailable' && (
        <div className="map-notice" role="note">
          <p>{t('map.unavailable.map')}</p>
        </div>
      )}
      {reason === 'lost' && (
        <div className="map-notice" role="alert">
          <p>{t('map.takeover.text')}</p>
          <button type="button" className="tool-button" onClick={onTryAgain}>
            {t('map.takeover.tryAgain')}
          </button>
        </div>
      )}
      <SceneBoundary what={t('map.stage.nameMap')} retry={BodyMap2D.retry} onError={() => {}}>
        <Suspense fallback={null}>
          <BodyMap2D toggle={reason === 'chosen' ? <SimpleViewToggle /> : null} />
        </Suspense>
      </SceneBoundary>
    </section>
  );
}

export function Stage() {
  const webgl = useAppStore((s) => s.webgl);
  const setWebgl = useAppStore((s) => s.setWebgl);
  const simpleView = useAppStore((s) => s.simpleView);
  const lostForGood = useAppStore((s) => s.lostForGood);
  const setLostForGood = useAppStore((s) => s.setLostForGood);
  const nudgeCamera = useAppStore((s) => s.nudgeCamera);
  // What the keys do here, said to screen readers: they change with presenter mode.
  const label = useAppStore((s) =>
    s.screenRole === 'patient' ? LABELS.patient() : s.presenter ? LABELS.presenter() : LABELS.explore(),
  );
  const stageRef = useRef<HTMLDivElement>(null);
  const [sceneStarted, startScene] = useSceneStart(webgl === 'ready' && !simpleView);
  // Mounted once its code is here, so it is not held back by a Suspense reveal.
  const sceneCodeHere = usePreloaded(BodyScene, sceneStarted);
  const [drawn, setDrawn] = useState(false);
  const onDrawn = useCallback(() => setDrawn(true), []);
  // Bumped by "Try again" after a lost 3D view: a new scene, with a new drawing context.
  const [sceneKey, setSceneKey] = useState(0);
  const tryAgain = () => {
    setDrawn(false);
    setLostForGood(false);
    setSceneKey((k) => k + 1);
    setWebgl('ready');
    startScene();
    // After the map's "Try the 3D body again", the 3D view is drawn anew first.
    requestAnimationFrame(() => stageRef.current?.focus({ preventScroll: true }));
  };
  const pressedAt = useRef<{ x: number; y: number } | null>(null);
  const pendingPick = useRef<{ x: number; y: number } | null>(null);
  // A tap on the picture before the app had started is applied like one made since.
  useEffect(() => {
    pendingPick.current ??= takeEarlyTap();
  }, []);

  useEffect(() => {
    if (useAppStore.getState().webgl === 'checking') setWebgl(hasWebGLApi() ? 'ready' : 'unavailable');
  }, [setWebgl]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const move = KEY_MOVES[event.key];
    if (!move || event.target !== event.currentTarget) return;
    event.preventDefault();
    nudgeCamera(move);
  };

  const mapReason: MapReason | null =
    webgl === 'unavailable'
      ? 'unavailable'
      : webgl === 'lost' && lostForGood
        ? 'lost'
        : simpleView
          ? 'chosen'
          : null;
  if (mapReason) return <MapStage reason={mapReason} onTryAgain={tryAgain} />;

  // (Without WebGL the map is shown above.) A lost view keeps its scene mounted, so the browser
  // can hand the context back to it.
  return (
    <section className="stage" aria-label={t('map.stage.name3d')}>
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
        {sceneStarted && sceneCodeHere && (
          <SceneBoundary
            key={sceneKey}
            what={t('map.stage.failed')}
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
          <LostMessage onTryAgain={tryAgain} />
        </div>
      )}
    </section>
  );
}

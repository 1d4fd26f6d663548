import { Canvas, useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Vector3 } from 'three';
import { ContextWatch } from '../../scene/ContextWatch';
import { Lights } from '../../scene/Lights';
import { useAppStore } from '../../state/store';
import { fadeFrom } from '../crossfade';
import { cyclePerf, now } from '../perf';
import { fireDistance, flowDistance, settledVisual, stageProgress, TIMELINE, visualAt } from '../timeline';
import { copyVisual, HEALTHY, VISUAL_KEYS } from '../visual';
import { buildCycleModel } from './buildModel';
import { CYCLE_CONTEXT_RESTORE_WAIT_MS, markCycleSettled, markCycleStage } from './marks';
import { cameraFor, FOV } from './views';

/** How quickly what is shown catches up with the timeline after a jump (seconds). */
const FOLLOW = 0.22;
const CAMERA_FOLLOW = 0.5;
const EPSILON = 1e-3;

/**
 * The close-up and its one per-frame hook. Time comes from the store's clock (read with getState,
 * so frames never re-render React); the clock and the store wake the on-demand loop. What is shown
 * eases toward the timeline's values, so a jump between far-apart steps is still a smooth change.
 */
function CloseUp() {
  const model = useMemo(buildCycleModel, []);
  const invalidate = useThree((s) => s.invalidate);
  const r = useRef({
    target: { ...HEALTHY },
    shown: { ...HEALTHY },
    wantPosition: new Vector3(),
    wantTarget: new Vector3(),
    lookAt: new Vector3(),
    first: true,
    lastIndex: -1,
  });

  useEffect(() => () => model.dispose(), [model]);

  useEffect(() => {
    const { cycleClock } = useAppStore.getState();
    const wake = () => invalidate();
    cycleClock.listeners.add(wake);
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (s.cycleReducedMotion !== prev.cycleReducedMotion || s.cycleStage !== prev.cycleStage) invalidate();
    });
    return () => {
      cycleClock.listeners.delete(wake);
      unsubscribe();
    };
  }, [invalidate]);

  useFrame((state, delta) => {
    const started = now();
    const s = useAppStore.getState();
    const clock = s.cycleClock;
    const reduced = s.cycleReducedMotion;
    const me = r.current;
    const { index } = stageProgress(TIMELINE, clock.time);
    const stage = TIMELINE.stages[index];

    if (reduced) copyVisual(settledVisual(TIMELINE, index), me.target);
    else visualAt(TIMELINE, clock.time, me.target);

    // Reduced motion: hand the last frame to the view, which fades it out over the new one.
    if (reduced && me.lastIndex !== -1 && me.lastIndex !== index) {
      state.gl.render(state.scene, state.camera);
      fadeFrom(state.gl.domElement);
    }

    const snap = me.first || reduced;
    const dt = Math.min(delta, 0.1);
    const k = snap ? 1 : 1 - Math.exp(-dt / FOLLOW);
    let moving = false;
    for (const key of VISUAL_KEYS) {
      const d = me.target[key] - me.shown[key];
      if (Math.abs(d) < EPSILON) me.shown[key] = me.target[key];
      else {
        me.shown[key] += d * k;
        moving = true;
      }
    }

    const camera = state.camera;
    cameraFor(
      stage?.view ?? 'overview',
      state.size.width / Math.max(1, state.size.height),
      me.wantPosition,
      me.wantTarget,
    );
    const kc = snap ? 1 : 1 - Math.exp(-dt / CAMERA_FOLLOW);
    if (
      camera.position.distanceTo(me.wantPosition) < EPSILON &&
      me.lookAt.distanceTo(me.wantTarget) < EPSILON
    ) {
      camera.position.copy(me.wantPosition);
      me.lookAt.copy(me.wantTarget);
    } else {
      camera.position.lerp(me.wantPosition, kc);
      me.lookAt.lerp(me.wantTarget, kc);
      moving = true;
    }
    camera.lookAt(me.lookAt);

    model.update({
      visual: me.shown,
      time: reduced ? 0 : clock.time,
      flowDistance: reduced ? 0 : flowDistance(TIMELINE, clock.time),
      fireDistance: reduced ? 0 : fireDistance(TIMELINE, clock.time),
    });

    if (me.first) markFirstFrame();
    me.first = false;
    me.lastIndex = index;
    if (moving) invalidate();
    const running = s.cyclePlaying || clock.stopAt !== null;
    markCycleStage(stage?.id ?? null);
    markCycleSettled(!moving && !running);
    cyclePerf.frames += 1;
    cyclePerf.jsMs += now() - started;
  });

  return <primitive object={model.root} />;
}

function markFirstFrame() {
  // Two frames later the first picture is on screen.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      document.documentElement.dataset.cycleReady = 'true';
    }),
  );
}

export default function CycleScene() {
  useEffect(
    () => () => {
      const data = document.documentElement.dataset;
      delete data.cycleReady;
      delete data.cycleSettled;
      delete data.cycleFrameStage;
    },
    [],
  );
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ fov: FOV, near: 0.1, far: 60, position: [0, 0, 12] }}
      gl={{ antialias: true, powerPreference: 'high-performance' }}
    >
      <Lights />
      <CloseUp />
      <ContextWatch waitMs={CYCLE_CONTEXT_RESTORE_WAIT_MS} />
    </Canvas>
  );
}

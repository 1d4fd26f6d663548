import { Canvas, useThree } from '@react-three/fiber';
import { Suspense, useCallback, useEffect, useState } from 'react';
import { Box3, type Mesh, type Object3D, type WebGLRenderer } from 'three';
import type { RegionId } from '../content/regionIds';
import { useAppStore } from '../state/store';
import { Body } from './Body';
import { CameraRig } from './CameraRig';
import { ContextWatch } from './ContextWatch';
import { Lights } from './Lights';
import { installTestHook } from './testHook';

const NO_REGIONS = new Map<RegionId, Mesh>();

interface LoadedBody {
  box: Box3;
  regions: Map<RegionId, Mesh>;
}

/**
 * Marks the first frame that shows the body, with that frame's draw calls and triangles, for the
 * benchmark and the browser tests.
 */
function markBodyDrawn(info: WebGLRenderer['info'], onDrawn: () => void) {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (performance.getEntriesByName('ims:body-drawn').length === 0) {
        const { calls, triangles } = info.render;
        performance.mark('ims:body-drawn', { detail: { calls, triangles } });
      }
      document.documentElement.dataset.bodyReady = 'true';
      onDrawn();
    }),
  );
}

function BodyReadyMark({ body, onDrawn }: { body: LoadedBody | null; onDrawn: () => void }) {
  const info = useThree((s) => s.gl.info);
  useEffect(() => {
    if (body) markBodyDrawn(info, onDrawn);
  }, [body, info, onDrawn]);
  return null;
}

function TestHook({ body }: { body: LoadedBody | null }) {
  const state = useThree();
  useEffect(() => {
    if (!__TEST_HOOK__ || !body) return;
    return installTestHook(state, body.regions);
  }, [state, body]);
  return null;
}

export default function BodyScene({ onDrawn }: { onDrawn: () => void }) {
  const [body, setBody] = useState<LoadedBody | null>(null);
  const onReady = useCallback((root: Object3D, regions: Map<RegionId, Mesh>) => {
    setBody({ box: new Box3().setFromObject(root), regions });
  }, []);

  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ fov: 30, near: 0.05, far: 40, position: [0, 1, 5] }}
      gl={{ antialias: true, powerPreference: 'high-performance' }}
      onPointerMissed={() => useAppStore.getState().hoverRegion(null)}
    >
      <Lights />
      <Suspense fallback={null}>
        <Body onReady={onReady} />
      </Suspense>
      <CameraRig bodyBox={body?.box ?? null} regions={body?.regions ?? NO_REGIONS} />
      <ContextWatch />
      <BodyReadyMark body={body} onDrawn={onDrawn} />
      {__TEST_HOOK__ && <TestHook body={body} />}
    </Canvas>
  );
}

import { Canvas, useThree } from '@react-three/fiber';
import { type RefObject, useCallback, useEffect, useState } from 'react';
import { Box3, type Object3D, type WebGLRenderer } from 'three';
import { useAppStore } from '../state/store';
import { AdaptiveQuality, MOVING_PIXEL_RATIO } from './AdaptiveQuality';
import { bodyFrameShown } from './afterFirstFrame';
import { Body } from './Body';
import { loadBodyModel, useBodyModel } from './bodyModel';
import { CameraRig } from './CameraRig';
import { ContextWatch } from './ContextWatch';
import { ChartMarks } from './chart/ChartMarks';
import { CompareLayer } from './needling/CompareLayer';
import { regionAt } from './picking';
import type { RegionSkin } from './skin/regionSkin';
import type { RegionStates } from './skin/regionStates';
import type { SkinLook } from './skin/skinLook';
import { installTestHook } from './testHook';

// This code is fetched when the body is about to be drawn: the model's download and decoding
// start now, beside React's work, not once the canvas is up (a failure is told by useBodyModel).
loadBodyModel().catch(() => undefined);

/** See the Canvas's `performance`. */
const MOVING_HOLD_MS = 500;

interface LoadedBody {
  box: Box3;
  skin: RegionSkin;
  states: RegionStates;
  look: SkinLook;
}

type DeepLayersComponent = typeof import('./layers/DeepLayers')['default'];
type SegmentLayerComponent = typeof import('./segments/SegmentLayer')['default'];
type AppState = ReturnType<typeof useAppStore.getState>;

/**
 * A part of the scene in its own chunk, fetched the first time the store wants it (`wanted`).
 * If the chunk does not arrive, `failed` says so and a later want tries again.
 */
function useLazyPart<C>(
  wanted: (s: AppState) => boolean,
  fetchPart: () => Promise<{ default: C }>,
  failed?: (s: AppState) => void,
): C | null {
  const [component, setComponent] = useState<{ part: C } | null>(null);
  useEffect(() => {
    if (component) return;
    let fetching = false;
    const want = () => {
      const s = useAppStore.getState();
      if (fetching || !wanted(s)) return;
      fetching = true;
      fetchPart()
        .then((module) => setComponent({ part: module.default }))
        .catch(() => {
          fetching = false;
          failed?.(s);
        });
    };
    want();
    return useAppStore.subscribe(want);
  }, [component, wanted, fetchPart, failed]);
  return component?.part ?? null;
}

/** The deep layers shown but not yet asked for. */
const idleLayers = (s: AppState) =>
  DEEP_LAYER_IDS.filter((l) => s.layers[l] && s.layerLoad[l].status === 'idle');

/**
 * The layers beneath the skin: their own chunk, first fetched when a deep layer is first shown.
 * If the chunk does not arrive, the layers shown say 'failed' (the panel offers Retry, which sets
 * them back to 'idle' and so tries again).
 */
const deepLayers = {
  wanted: (s: AppState) => idleLayers(s).length > 0,
  fetch: () => import('./layers/DeepLayers'),
  failed: (s: AppState) => {
    for (const layer of idleLayers(s))
      useAppStore.getState().setLayerLoad(layer, { status: 'failed', progress: 0 });
  },
};

/** The segmental view's scene: its own chunk (it carries the anatomy content), fetched when first opened. */
const segmentLayer = {
  wanted: (s: AppState) => s.segments !== null,
  fetch: () => import('./segments/SegmentLayer'),
};

/** See the Canvas's `resize`. */
const FIRST_MEASURE = { scroll: true, debounce: 0 };

const DEEP_LAYER_IDS = ['muscles', 'skeleton', 'nerves'] as const;

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
      bodyFrameShown();
      document.documentElement.dataset.bodyReady = 'true';
      onDrawn();
    }),
  );
}

/** A tap on the stand-in picture, made before the 3D was ready: it selects what it landed on. */
export type PendingPick = RefObject<{ x: number; y: number } | null>;

function BodyReadyMark({
  body,
  onDrawn,
  pendingPick,
}: {
  body: LoadedBody | null;
  onDrawn: () => void;
  pendingPick: PendingPick;
}) {
  const get = useThree((s) => s.get);
  useEffect(() => {
    if (!body) return;
    // After the first frames, when the camera has reached its starting place.
    markBodyDrawn(get().gl.info, () => {
      onDrawn();
      const pick = pendingPick.current;
      pendingPick.current = null;
      const id = pick ? regionAt(get(), body.skin, pick.x, pick.y) : null;
      if (id) useAppStore.getState().selectRegion(id);
    });
  }, [body, get, onDrawn, pendingPick]);
  return null;
}

function TestHook({ body }: { body: LoadedBody | null }) {
  const state = useThree();
  useEffect(() => {
    if (!__TEST_HOOK__ || !body) return;
    return installTestHook(state, body.skin, body.states, body.look);
  }, [state, body]);
  return null;
}

export default function BodyScene({
  onDrawn,
  pendingPick,
}: {
  onDrawn: () => void;
  pendingPick: PendingPick;
}) {
  const gltf = useBodyModel();
  const [body, setBody] = useState<LoadedBody | null>(null);
  const onReady = useCallback((root: Object3D, skin: RegionSkin, states: RegionStates, look: SkinLook) => {
    setBody({ box: new Box3().setFromObject(root), skin, states, look });
  }, []);
  const DeepLayers = useLazyPart<DeepLayersComponent>(deepLayers.wanted, deepLayers.fetch, deepLayers.failed);
  const SegmentLayer = useLazyPart<SegmentLayerComponent>(segmentLayer.wanted, segmentLayer.fetch);
  const [created, setCreated] = useState(false);

  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      // While the camera moves: this share of the pixel ratio and no multisampling; at rest a sharp
      // multisampled frame (AdaptiveQuality, which also says why). The level stays low until no
      // move has come for MOVING_HOLD_MS: longer than a slow moving frame (every layer shown, in
      // software WebGL), or a sharp, costly frame would slip in mid-turn and slow it further.
      performance={{ min: MOVING_PIXEL_RATIO, debounce: MOVING_HOLD_MS }}
      camera={{ fov: 30, near: 0.05, far: 40, position: [0, 1, 5] }}
      gl={{ antialias: false, powerPreference: 'high-performance' }}
      // R3F measures its box 50 ms after the browser reports it (a debounce meant for scrolling):
      // the first size is taken at once, so the first frame does not wait; later ones as usual.
      resize={created ? undefined : FIRST_MEASURE}
      onCreated={() => setCreated(true)}
      onPointerMissed={() => {
        const store = useAppStore.getState();
        store.hoverRegion(null);
        store.hoverPart(null);
      }}
    >
      {gltf && <Body gltf={gltf} onReady={onReady} />}
      {body && DeepLayers && <DeepLayers skinLook={body.look} />}
      {body && SegmentLayer && <SegmentLayer skin={body.skin} skinLook={body.look} />}
      <CompareLayer />
      {body && <ChartMarks skin={body.skin} />}
      <CameraRig bodyBox={body?.box ?? null} skin={body?.skin ?? null} />
      <AdaptiveQuality bodyShown={body !== null} />
      <ContextWatch mapTakesOver />
      <BodyReadyMark body={body} onDrawn={onDrawn} pendingPick={pendingPick} />
      {__TEST_HOOK__ && <TestHook body={body} />}
    </Canvas>
  );
}

import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef, useState } from 'react';
import { Group, Mesh } from 'three';
import { BONE_IDS, MUSCLE_IDS, NERVE_IDS } from '../../content/anatomyIdList.mjs';
import type { DeepLayer } from '../../state/anatomySlice';
import { useAppStore } from '../../state/store';
import { prefersReducedMotion } from '../motion';
import { segmentBridge } from '../segments/segmentBridge';
import { createMovingMesh } from '../skin/movingLod';
import { RegionSkin } from '../skin/regionSkin';
import { pixelAngleOf, RegionStates } from '../skin/regionStates';
import type { SkinLook } from '../skin/skinLook';
import { fetchWithProgress, layerUrl, parseLayer } from './layerLoader';
import { createLayerMaterials } from './layerMaterial';
import { type LoadedLayer, layerRegistry } from './layerRegistry';
import { partLook } from './partLooks';
import { loadReferral, type ReferralZones } from './referral';

// The layers beneath the skin (a lazy chunk: nothing of it loads until a deep layer is first
// shown). Each layer's file is fetched the first time its layer is on, with progress in the store;
// a failed load says 'failed' there, and setting it back to 'idle' (the panel's Retry) tries again.
// Each layer is one mesh drawn with the skin's pattern (a part table read by its shader), plus a
// see-through pass for faded parts and a lighter copy while the camera moves.

const DEEP_LAYERS: readonly DeepLayer[] = ['muscles', 'skeleton', 'nerves'];
const LAYER_IDS: Record<DeepLayer, readonly string[]> = {
  muscles: MUSCLE_IDS,
  skeleton: BONE_IDS,
  nerves: NERVE_IDS,
};
/** Share of a layer's triangles drawn while the camera moves, and how far they may stray (share of its size). */
const MOVING_SHARE = 0.07;
const MOVING_MAX_ERROR = 0.005;
/** Ghosts are drawn after the solid parts, and before a see-through skin. */
const GHOST_RENDER_ORDER = 1;

/** The muscles' referral zones once loaded (module-wide: one skin, one file). */
let zones: ReferralZones | null = null;

interface DrawnLayer extends LoadedLayer {
  group: Group;
  solid: Mesh;
  ghost: Mesh;
  moving: Mesh | null;
}

function assemble(layer: DeepLayer, mesh: Mesh): DrawnLayer {
  const states = new RegionStates<string>(LAYER_IDS[layer]);
  const { solid: solidMaterial, ghost: ghostMaterial } = createLayerMaterials(layer, states);
  mesh.material = solidMaterial;
  const skin = new RegionSkin<string>(mesh, LAYER_IDS[layer]);
  const ghost = new Mesh(mesh.geometry, ghostMaterial);
  ghost.name = `${layer}-ghost`;
  ghost.position.copy(mesh.position);
  ghost.quaternion.copy(mesh.quaternion);
  ghost.scale.copy(mesh.scale);
  ghost.renderOrder = GHOST_RENDER_ORDER;
  ghost.visible = false;
  ghost.raycast = () => {};
  const group = new Group();
  group.name = `${layer}-layer`;
  group.add(mesh, ghost);
  return { layer, skin, states, group, solid: mesh, ghost, moving: null, drawn: [mesh, ghost] };
}

function dispose(entry: DrawnLayer) {
  for (const mesh of [entry.solid, entry.ghost])
    (mesh.material as Mesh['material'] & { dispose(): void }).dispose();
  entry.moving?.geometry.dispose();
  entry.solid.geometry.dispose();
  entry.states.dispose();
}

export default function DeepLayers({ skinLook }: { skinLook: SkinLook }) {
  const [layers, setLayers] = useState<DrawnLayer[]>([]);
  const invalidate = useThree((s) => s.invalidate);

  // Load each layer the first time it is on (and again after a failure, once set back to idle).
  useEffect(() => {
    let alive = true;
    const inFlight = new Set<DeepLayer>();
    let referral: Promise<ReferralZones | null> | null = null;
    const load = async (layer: DeepLayer) => {
      const store = useAppStore.getState();
      inFlight.add(layer);
      store.setLayerLoad(layer, { status: 'loading', progress: 0 });
      // The muscles' referred-pain zones come with them (a missing file only means no glow).
      if (layer === 'muscles') referral ??= loadReferral(skinLook.glow.count);
      try {
        const buffer = await fetchWithProgress(layerUrl(layer), (progress) => {
          if (alive) useAppStore.getState().setLayerLoad(layer, { status: 'loading', progress });
        });
        const entry = assemble(layer, await parseLayer(layer, buffer));
        if (layer === 'muscles') zones = await referral;
        if (!alive) return dispose(entry);
        layerRegistry.add(entry);
        setLayers((now) => [...now, entry]);
        useAppStore.getState().setLayerLoad(layer, { status: 'ready', progress: 1 });
        createMovingMesh(entry.solid, {
          share: MOVING_SHARE,
          maxError: MOVING_MAX_ERROR,
          name: `${layer}-moving`,
        })
          .then((moving) => {
            if (moving && alive) entry.moving = moving;
            else moving?.removeFromParent();
          })
          .catch(() => {});
      } catch (error) {
        console.warn(`The ${layer} layer could not be loaded.`, error);
        if (layer === 'muscles') referral = null;
        if (alive) useAppStore.getState().setLayerLoad(layer, { status: 'failed', progress: 0 });
      } finally {
        inFlight.delete(layer);
      }
    };
    const check = () => {
      const s = useAppStore.getState();
      for (const layer of DEEP_LAYERS) {
        if (!s.layers[layer] || s.layerLoad[layer].status !== 'idle' || inFlight.has(layer)) continue;
        if (layerRegistry.get(layer)) s.setLayerLoad(layer, { status: 'ready', progress: 1 });
        else void load(layer);
      }
    };
    check();
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (s.layers !== prev.layers || s.layerLoad !== prev.layerLoad) check();
    });
    return () => {
      alive = false;
      unsubscribe();
    };
  }, [skinLook]);

  // Looks, visibility and the referral glow follow the store without re-rendering React.
  useEffect(() => {
    if (layers.length === 0) return;
    const aim = () => {
      const s = useAppStore.getState();
      const spotlight = segmentBridge.spotlight;
      for (const { layer, states } of layers) states.aim((id) => partLook(s, layer, id, spotlight));
      invalidate();
    };
    // A chosen muscle's referred pain wins over the segmental view's dermatome.
    const glow = () => {
      const { part } = useAppStore.getState();
      const referral = part?.layer === 'muscles' ? (zones?.get(part.id) ?? null) : null;
      const dermatome = referral ? null : segmentBridge.dermatome;
      skinLook.setZone(referral ?? dermatome?.zone ?? null, referral ? 'referral' : 'dermatome');
      segmentBridge.painted = dermatome?.level ?? null;
      skinLook.apply(useAppStore.getState());
      invalidate();
    };
    aim();
    for (const { states } of layers) states.step(0, true);
    glow();
    let { spotlight, dermatome } = segmentBridge;
    const unsubscribeBridge = segmentBridge.subscribe(() => {
      if (segmentBridge.spotlight !== spotlight) aim();
      if (segmentBridge.dermatome !== dermatome) glow();
      ({ spotlight, dermatome } = segmentBridge);
    });
    const unsubscribeStore = useAppStore.subscribe((s, prev) => {
      if (
        s.part !== prev.part ||
        s.hoveredPart !== prev.hoveredPart ||
        s.litMuscles !== prev.litMuscles ||
        s.isolated !== prev.isolated ||
        s.hiddenParts !== prev.hiddenParts
      )
        aim();
      if (s.part !== prev.part) glow();
      if (s.layers !== prev.layers) invalidate();
    });
    return () => {
      unsubscribeBridge();
      unsubscribeStore();
    };
  }, [layers, skinLook, invalidate]);

  // On unmount (the canvas goes, e.g. a lost context), every layer goes with it.
  const current = useRef(layers);
  current.current = layers;
  useEffect(
    () => () => {
      for (const entry of current.current) {
        layerRegistry.remove(entry.layer);
        dispose(entry);
      }
    },
    [],
  );

  const fading = useRef(false);
  useFrame(({ camera, size, performance }, delta) => {
    const s = useAppStore.getState();
    const pixelAngle = pixelAngleOf(camera, size.height);
    const reduced = prefersReducedMotion();
    let stillFading = false;
    for (const entry of layers) {
      const on = s.layers[entry.layer];
      const turning = entry.moving !== null && performance.current < performance.max;
      entry.group.visible = on;
      entry.solid.visible = !turning;
      if (entry.moving) entry.moving.visible = turning;
      entry.ghost.visible = entry.states.anyFaded();
      if (pixelAngle !== null) entry.states.pixelAngle.value = pixelAngle;
      if (entry.states.step(fading.current ? delta : Math.min(delta, 1 / 60), reduced)) stillFading = true;
    }
    fading.current = stillFading;
    if (stillFading) invalidate();
  });

  return (
    <>
      {layers.map((entry) => (
        <primitive key={entry.layer} object={entry.group} />
      ))}
    </>
  );
}

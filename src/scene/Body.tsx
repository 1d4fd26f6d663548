import { type ThreeEvent, useFrame, useThree } from '@react-three/fiber';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type Material, type Mesh, type Object3D, Raycaster } from 'three';
import type { GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { addMarkAt, roundPoint } from '../consult/chart/addMark';
import { getCondition } from '../content';
import { useAppStore } from '../state/store';
import { afterFirstFrame } from './afterFirstFrame';
import { prefersReducedMotion } from './motion';
import { clickPart, createPicker, pickOf } from './scenePick';
import { createMovingSkin, createSeeThroughMovingSkin } from './skin/movingLod';
import { RegionSkin } from './skin/regionSkin';
import { pixelAngleOf, RegionStates } from './skin/regionStates';
import { SEE_THROUGH_RENDER_ORDER, SkinLook } from './skin/skinLook';
import { createSkinMaterial } from './skin/skinMaterial';

// A drag that ends on the body is a turn, not a click: ignore clicks that moved further than this.
const CLICK_SLOP_PX = 6;

/** For a tap while charting: the skin under the pointer, whatever the layers above it take. */
const chartRay = new Raycaster();
chartRay.firstHitOnly = true;

function findSkin(root: Object3D): Mesh {
  const skin = root.getObjectByName('skin') as Mesh | undefined;
  if (!skin?.isMesh) throw new Error('The body model has no skin mesh: run `npm run model`.');
  return skin;
}

/**
 * The body: one skin mesh, one material. Selection, a condition's areas and hover are looks in a
 * small per-region table that the shader reads (see skin/), so a change of look is a few bytes.
 */
export function Body({
  gltf,
  onReady,
}: {
  /** The loaded model (bodyModel.ts). */
  gltf: GLTF;
  onReady: (root: Object3D, skin: RegionSkin, states: RegionStates, look: SkinLook) => void;
}) {
  const invalidate = useThree((s) => s.invalidate);
  const canvas = useThree((s) => s.gl.domElement);
  const { skin, states, look, picker } = useMemo(() => {
    const states = new RegionStates();
    const mesh = findSkin(gltf.scene);
    mesh.material = createSkinMaterial(states);
    // See-through, it is drawn after the layers beneath (a solid skin is drawn first anyway).
    mesh.renderOrder = SEE_THROUGH_RENDER_ORDER;
    // Its picking tree waits for the first frame (see below).
    const skin = new RegionSkin(mesh, undefined, { deferTree: true });
    return {
      skin,
      states,
      look: new SkinLook(mesh),
      picker: createPicker(skin, () => useAppStore.getState()),
    };
  }, [gltf.scene]);

  // The X-ray slider and the skin switch (and a glow that shows with the skin off).
  useEffect(() => {
    look.apply(useAppStore.getState());
    return useAppStore.subscribe((s, prev) => {
      if (s.layers !== prev.layers || s.skinOpacity !== prev.skinOpacity) {
        look.apply(s);
        invalidate();
      }
    });
  }, [look, invalidate]);

  // Looks follow the store without re-rendering React.
  useEffect(() => {
    const aim = () => {
      const { regionId, conditionId, hoveredRegionId } = useAppStore.getState();
      const highlighted = new Set<string>(conditionId ? (getCondition(conditionId)?.regions ?? []) : []);
      states.aim((id) => ({
        selected: id === regionId && !conditionId,
        highlighted: highlighted.has(id),
        hovered: id === hoveredRegionId,
      }));
      invalidate();
    };
    aim();
    // The first look is there at once (a link's area is lit in the first frame).
    states.step(0, true);
    const unsubscribeCursor = useAppStore.subscribe((s) => {
      const over = s.hoveredRegionId || s.hoveredPart;
      // While charting, a tap marks a spot: a cross-hair says so.
      canvas.style.cursor = over ? (s.chartOpen ? 'crosshair' : 'pointer') : 'grab';
    });
    const unsubscribeLooks = useAppStore.subscribe((s, prev) => {
      if (
        s.regionId !== prev.regionId ||
        s.conditionId !== prev.conditionId ||
        s.hoveredRegionId !== prev.hoveredRegionId
      )
        aim();
    });
    return () => {
      unsubscribeCursor();
      unsubscribeLooks();
    };
  }, [states, invalidate, canvas]);

  // While the camera moves (AdaptiveQuality lowers the performance level), the lighter skin is drawn.
  // Made, with the picking tree, once the first frame is drawn: neither is needed to see the body.
  const movingSkin = useRef<Mesh | null>(null);
  useEffect(() => {
    let cancelled = false;
    const cancelWait = afterFirstFrame(() => {
      skin.prepareRays();
      createMovingSkin(skin.mesh)
        .then((mesh) => {
          if (cancelled) mesh?.removeFromParent();
          else movingSkin.current = mesh;
        })
        // without it the full skin is drawn all the time: slower to turn, nothing else lost
        .catch(() => {});
    });
    return () => {
      cancelled = true;
      cancelWait();
      movingSkin.current?.removeFromParent();
      movingSkin.current = null;
    };
  }, [skin]);

  // A see-through skin turns lighter still: the layers beneath are drawn while it turns too.
  const seeThroughSkin = useRef<Mesh | null>(null);
  const [seeThroughWanted, setSeeThroughWanted] = useState(false);
  useEffect(() => {
    if (!seeThroughWanted) return;
    let cancelled = false;
    createSeeThroughMovingSkin(skin.mesh)
      .then((mesh) => {
        if (cancelled) mesh?.removeFromParent();
        else seeThroughSkin.current = mesh;
      })
      .catch(() => {});
    return () => {
      cancelled = true;
      seeThroughSkin.current?.removeFromParent();
      seeThroughSkin.current = null;
    };
  }, [skin, seeThroughWanted]);

  // Fades run only while a look is changing: the scene draws on demand. So the first frame after
  // a rest has the whole rest as its delta; a fade starts from one frame's worth, or it would jump.
  const fading = useRef(false);
  useFrame(({ camera, size, performance }, delta) => {
    const seeThrough = (skin.mesh.material as Material).transparent;
    if (seeThrough && !seeThroughWanted) setSeeThroughWanted(true);
    const moving = (seeThrough ? seeThroughSkin.current : null) ?? movingSkin.current;
    const turning = moving !== null && performance.current < performance.max;
    skin.mesh.visible = look.shown && !turning;
    for (const copy of [movingSkin.current, seeThroughSkin.current])
      if (copy) copy.visible = look.shown && turning && copy === moving;
    states.pixelAngle.value = pixelAngleOf(camera, size.height) ?? states.pixelAngle.value;
    fading.current = states.step(fading.current ? delta : Math.min(delta, 1 / 60), prefersReducedMotion());
    if (fading.current) invalidate();
  });

  useEffect(() => {
    onReady(gltf.scene, skin, states, look);
  }, [gltf.scene, skin, states, look, onReady]);

  useEffect(
    () => () => {
      (skin.mesh.material as Mesh['material'] & { dispose: () => void }).dispose();
      states.dispose();
    },
    [skin, states],
  );

  // The handlers keep their identity across renders: a new one is a changed prop on the picker,
  // and R3F draws a frame for every changed prop (tens of milliseconds in software WebGL).
  // A finger has no hover: the name would stick after a tap.
  const onPointerMove = useCallback((event: ThreeEvent<PointerEvent>) => {
    event.stopPropagation();
    if (event.pointerType === 'touch') return;
    const pick = pickOf(event);
    const store = useAppStore.getState();
    const region = pick?.region ?? null;
    if (region !== store.hoveredRegionId) store.hoverRegion(region);
    store.hoverPart(pick?.part ?? null);
  }, []);
  const onPointerOut = useCallback(() => {
    const store = useAppStore.getState();
    if (store.hoveredRegionId) store.hoverRegion(null);
    if (store.hoveredPart) store.hoverPart(null);
  }, []);
  const onClick = useCallback(
    (event: ThreeEvent<MouseEvent>) => {
      event.stopPropagation();
      const pick = pickOf(event);
      if (event.delta > CLICK_SLOP_PX || !pick) return;
      const store = useAppStore.getState();
      // While the pain chart is open, a tap on the body marks the skin there (even under a
      // see-through skin with the muscles shown) instead of choosing an area or a part.
      if (store.chartOpen && store.screenRole === 'main') {
        chartRay.ray.copy(event.ray);
        const hit = chartRay.intersectObject(skin.mesh, false)[0];
        const region = hit?.face ? skin.regionOfVertex(hit.face.a) : null;
        if (hit && region) addMarkAt(region, roundPoint(hit.point.x, hit.point.y, hit.point.z));
        return;
      }
      if (pick.region) store.selectRegion(pick.region);
      else clickPart(pick.part);
    },
    [skin],
  );

  return (
    <>
      <primitive object={gltf.scene} />
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a 3D object, not DOM; its DOM twins are buttons. */}
      <primitive
        object={picker}
        onPointerMove={onPointerMove}
        onPointerOut={onPointerOut}
        onClick={onClick}
      />
    </>
  );
}

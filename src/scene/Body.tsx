import { type ThreeEvent, useFrame, useLoader, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import type { Mesh, Object3D, PerspectiveCamera } from 'three';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { getCondition } from '../content';
import { useAppStore } from '../state/store';
import { prefersReducedMotion } from './motion';
import { createMovingSkin } from './skin/movingLod';
import { RegionSkin } from './skin/regionSkin';
import { RegionStates } from './skin/regionStates';
import { createSkinMaterial } from './skin/skinMaterial';

export const BODY_URL = `${import.meta.env.BASE_URL}models/body.glb`;

// A drag that ends on the body is a turn, not a click: ignore clicks that moved further than this.
const CLICK_SLOP_PX = 6;

const withMeshopt = (loader: GLTFLoader) => {
  loader.setMeshoptDecoder(MeshoptDecoder);
};

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
  onReady,
}: {
  onReady: (root: Object3D, skin: RegionSkin, states: RegionStates) => void;
}) {
  const gltf = useLoader(GLTFLoader, BODY_URL, withMeshopt);
  const invalidate = useThree((s) => s.invalidate);
  const canvas = useThree((s) => s.gl.domElement);
  const { skin, states } = useMemo(() => {
    const states = new RegionStates();
    const mesh = findSkin(gltf.scene);
    mesh.material = createSkinMaterial(states);
    return { skin: new RegionSkin(mesh), states };
  }, [gltf.scene]);

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
      canvas.style.cursor = hoveredRegionId ? 'pointer' : 'grab';
      invalidate();
    };
    aim();
    // The first look is there at once (a link's area is lit in the first frame).
    states.step(0, true);
    return useAppStore.subscribe((s, prev) => {
      if (
        s.regionId !== prev.regionId ||
        s.conditionId !== prev.conditionId ||
        s.hoveredRegionId !== prev.hoveredRegionId
      )
        aim();
    });
  }, [states, invalidate, canvas]);

  // While the camera moves (AdaptiveQuality lowers the performance level), the lighter skin is drawn.
  const movingSkin = useRef<Mesh | null>(null);
  useEffect(() => {
    let cancelled = false;
    createMovingSkin(skin.mesh)
      .then((mesh) => {
        if (cancelled) mesh?.removeFromParent();
        else movingSkin.current = mesh;
      })
      // without it the full skin is drawn all the time: slower to turn, nothing else lost
      .catch(() => {});
    return () => {
      cancelled = true;
      movingSkin.current?.removeFromParent();
      movingSkin.current = null;
    };
  }, [skin]);

  // Fades run only while a look is changing: the scene draws on demand. So the first frame after
  // a rest has the whole rest as its delta; a fade starts from one frame's worth, or it would jump.
  const fading = useRef(false);
  useFrame(({ camera, size, performance }, delta) => {
    const moving = movingSkin.current;
    const turning = moving !== null && performance.current < performance.max;
    skin.mesh.visible = !turning;
    if (moving) moving.visible = turning;
    if ((camera as PerspectiveCamera).isPerspectiveCamera)
      states.pixelAngle.value =
        (2 * Math.tan(((camera as PerspectiveCamera).fov * Math.PI) / 360)) / size.height;
    fading.current = states.step(fading.current ? delta : Math.min(delta, 1 / 60), prefersReducedMotion());
    if (fading.current) invalidate();
  });

  useEffect(() => {
    onReady(gltf.scene, skin, states);
  }, [gltf.scene, skin, states, onReady]);

  useEffect(
    () => () => {
      (skin.mesh.material as Mesh['material'] & { dispose: () => void }).dispose();
      states.dispose();
    },
    [skin, states],
  );

  const regionOf = (event: ThreeEvent<PointerEvent | MouseEvent>) =>
    event.face ? skin.regionOfVertex(event.face.a) : null;

  // A finger has no hover: the name would stick after a tap.
  const onPointerMove = (event: ThreeEvent<PointerEvent>) => {
    event.stopPropagation();
    if (event.pointerType === 'touch') return;
    const id = regionOf(event);
    if (id !== useAppStore.getState().hoveredRegionId) useAppStore.getState().hoverRegion(id);
  };
  const onPointerOut = () => {
    if (useAppStore.getState().hoveredRegionId) useAppStore.getState().hoverRegion(null);
  };
  const onClick = (event: ThreeEvent<MouseEvent>) => {
    event.stopPropagation();
    const id = regionOf(event);
    if (event.delta > CLICK_SLOP_PX || !id) return;
    useAppStore.getState().selectRegion(id);
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a 3D object, not DOM; its DOM twins are buttons.
    <primitive
      object={gltf.scene}
      onPointerMove={onPointerMove}
      onPointerOut={onPointerOut}
      onClick={onClick}
    />
  );
}

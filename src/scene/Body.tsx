import { type ThreeEvent, useLoader, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import type { Mesh, MeshStandardMaterial, Object3D } from 'three';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { getCondition } from '../content';
import { isRegionId, type RegionId } from '../content/regionIds';
import { useAppStore } from '../state/store';
import { applyLook, createSkinMaterial, lookFor } from './regionMaterials';

export const BODY_URL = `${import.meta.env.BASE_URL}models/body.glb`;

// A drag that ends on the body is a turn, not a click: ignore clicks that moved further than this.
const CLICK_SLOP_PX = 6;

const withMeshopt = (loader: GLTFLoader) => {
  loader.setMeshoptDecoder(MeshoptDecoder);
};

/** Every region mesh of the loaded model, keyed by its region id. */
function collectRegions(root: Object3D): Map<RegionId, Mesh> {
  const regions = new Map<RegionId, Mesh>();
  root.traverse((object) => {
    if ((object as Mesh).isMesh && isRegionId(object.name)) regions.set(object.name, object as Mesh);
  });
  return regions;
}

export function Body({ onReady }: { onReady: (root: Object3D, regions: Map<RegionId, Mesh>) => void }) {
  const gltf = useLoader(GLTFLoader, BODY_URL, withMeshopt);
  const invalidate = useThree((s) => s.invalidate);
  const canvas = useThree((s) => s.gl.domElement);
  const regions = useMemo(() => {
    const found = collectRegions(gltf.scene);
    // One material per region so each can glow on its own; 43 draw calls stay well under budget.
    for (const mesh of found.values()) mesh.material = createSkinMaterial();
    return found;
  }, [gltf.scene]);

  // Looks follow the store without re-rendering React.
  useEffect(() => {
    const paint = () => {
      const { regionId, conditionId, hoveredRegionId } = useAppStore.getState();
      const highlighted = new Set(conditionId ? (getCondition(conditionId)?.regions ?? []) : []);
      for (const [id, mesh] of regions) {
        const look = lookFor(id === regionId && !conditionId, highlighted.has(id), id === hoveredRegionId);
        applyLook(mesh.material as MeshStandardMaterial, look);
      }
      canvas.style.cursor = hoveredRegionId ? 'pointer' : 'grab';
      invalidate();
    };
    paint();
    return useAppStore.subscribe((s, prev) => {
      if (
        s.regionId !== prev.regionId ||
        s.conditionId !== prev.conditionId ||
        s.hoveredRegionId !== prev.hoveredRegionId
      )
        paint();
    });
  }, [regions, invalidate, canvas]);

  useEffect(() => {
    onReady(gltf.scene, regions);
  }, [gltf.scene, regions, onReady]);

  useEffect(
    () => () => {
      for (const mesh of regions.values()) (mesh.material as MeshStandardMaterial).dispose();
    },
    [regions],
  );

  // Move (not over) sets the hover, because R3F's over/out fire per face, not per mesh.
  const onPointerMove = (event: ThreeEvent<PointerEvent>) => {
    event.stopPropagation();
    // A finger has no hover: the name would stick after a tap.
    if (event.pointerType === 'touch') return;
    if (isRegionId(event.object.name)) useAppStore.getState().hoverRegion(event.object.name);
  };
  const onPointerOut = (event: ThreeEvent<PointerEvent>) => {
    if (useAppStore.getState().hoveredRegionId === event.object.name)
      useAppStore.getState().hoverRegion(null);
  };
  const onClick = (event: ThreeEvent<MouseEvent>) => {
    event.stopPropagation();
    if (event.delta > CLICK_SLOP_PX || !isRegionId(event.object.name)) return;
    useAppStore.getState().selectRegion(event.object.name);
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

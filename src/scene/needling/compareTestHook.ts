import type { RootState } from '@react-three/fiber';
import { type InstancedMesh, Matrix4, Raycaster, Vector2, Vector3 } from 'three';
import type { MarkerKind, PlacedMarker } from './compareMarkers';

// Only in e2e builds (__TEST_HOOK__): where each comparison marker is on the page, and whether a
// pointer there would land on it (nothing of the body in front, not under a button or the panel).

export interface MarkerOnScreen {
  key: string;
  kind: MarkerKind;
  side: string;
  /** Page (client) pixels. */
  x: number;
  y: number;
  /** The first thing a ray from the camera meets there is this marker, on the canvas. */
  pickable: boolean;
}

export interface ImsCompareTestHook {
  markers: () => MarkerOnScreen[];
}

declare global {
  interface Window {
    __imsCompareTest?: ImsCompareTestHook;
  }
}

const drawn = (mesh: InstancedMesh, instance: number) => {
  const matrix = new Matrix4();
  mesh.getMatrixAt(instance, matrix);
  return matrix;
};

export function installCompareTestHook(get: () => RootState, markers: readonly PlacedMarker[]): () => void {
  const raycaster = new Raycaster();
  const meshOf = (kind: MarkerKind) =>
    get().scene.getObjectByName(`compare-${kind}`) as InstancedMesh | undefined;

  const onScreen = (): MarkerOnScreen[] => {
    const { camera, gl, scene } = get();
    camera.updateMatrixWorld();
    const rect = gl.domElement.getBoundingClientRect();
    const counts: Record<MarkerKind, number> = { ims: 0, acupoint: 0 };
    return markers.map((marker) => {
      const instance = counts[marker.kind]++;
      // The marker's centre as drawn (it sits out from the skin, more so when enlarged).
      const mesh = meshOf(marker.kind);
      const p = new Vector3(...marker.position);
      if (mesh) p.setFromMatrixPosition(mesh.matrixWorld.clone().multiply(drawn(mesh, instance)));
      p.project(camera);
      const x = rect.left + ((p.x + 1) / 2) * rect.width;
      const y = rect.top + ((1 - p.y) / 2) * rect.height;
      let pickable = false;
      if (
        Math.abs(p.x) < 1 &&
        Math.abs(p.y) < 1 &&
        p.z < 1 &&
        document.elementFromPoint(x, y) === gl.domElement
      ) {
        raycaster.setFromCamera(new Vector2(p.x, p.y), camera);
        const first = raycaster.intersectObjects(scene.children, true).find((hit) => hit.object.visible);
        pickable = first?.object === meshOf(marker.kind) && first?.instanceId === instance;
      }
      return { key: marker.key, kind: marker.kind, side: marker.side, x, y, pickable };
    });
  };
  window.__imsCompareTest = { markers: onScreen };
  return () => {
    delete window.__imsCompareTest;
  };
}

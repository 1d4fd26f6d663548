import type { RootState } from '@react-three/fiber';
import { type Mesh, Raycaster, Vector2, Vector3 } from 'three';
import type { RegionId } from '../content/regionIds';

// Only in e2e builds (__TEST_HOOK__): lets browser tests ask what pixels can't tell them.

export interface ImsTestHook {
  /** A point in page (client) pixels where a click lands on this region first, or null if hidden. */
  regionScreenPoint: (id: RegionId) => { x: number; y: number } | null;
  /** Camera azimuth in radians (0 = in front of the person). */
  cameraAzimuth: () => number;
  /** Camera distance from the point it looks at, in metres. */
  cameraDistance: () => number;
}

declare global {
  interface Window {
    __imsTest?: ImsTestHook;
  }
}

export function installTestHook(state: RootState, regions: Map<RegionId, Mesh>): () => void {
  const raycaster = new Raycaster();
  const ndc = new Vector2();
  const point = new Vector3();

  const regionScreenPoint = (id: RegionId) => {
    const mesh = regions.get(id);
    if (!mesh) return null;
    const { camera, gl } = state.get();
    camera.updateMatrixWorld();
    const rect = gl.domElement.getBoundingClientRect();
    const positions = mesh.geometry.getAttribute('position');
    const centre = new Vector3();
    mesh.geometry.computeBoundingSphere();
    mesh.geometry.boundingSphere?.center &&
      centre.copy(mesh.geometry.boundingSphere.center).applyMatrix4(mesh.matrixWorld);
    // Try the vertices nearest the region's centre first; the first one a ray really hits wins.
    const order = [...Array(positions.count).keys()]
      .filter((i) => i % 3 === 0)
      .map((i) => ({
        i,
        d: point.fromBufferAttribute(positions, i).applyMatrix4(mesh.matrixWorld).distanceTo(centre),
      }))
      .sort((a, b) => a.d - b.d);
    const meshes = [...regions.values()];
    for (const { i } of order.slice(0, 400)) {
      point.fromBufferAttribute(positions, i).applyMatrix4(mesh.matrixWorld).project(camera);
      if (Math.abs(point.x) > 0.95 || Math.abs(point.y) > 0.95) continue;
      ndc.set(point.x, point.y);
      raycaster.setFromCamera(ndc, camera);
      const hit = raycaster.intersectObjects(meshes, false)[0];
      if (hit?.object === mesh) {
        return {
          x: rect.left + ((point.x + 1) / 2) * rect.width,
          y: rect.top + ((1 - point.y) / 2) * rect.height,
        };
      }
    }
    return null;
  };

  // The camera's offset from the point the controls look at.
  const offset = () => {
    const { camera, controls } = state.get();
    const target = (controls as { getTarget?: (v: Vector3) => Vector3 } | null)?.getTarget?.(new Vector3());
    return camera.position.clone().sub(target ?? new Vector3());
  };

  window.__imsTest = {
    regionScreenPoint,
    cameraAzimuth: () => {
      const from = offset();
      return Math.atan2(from.x, from.z);
    },
    cameraDistance: () => offset().length(),
  };
  return () => {
    delete window.__imsTest;
  };
}

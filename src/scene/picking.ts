import type { RootState } from '@react-three/fiber';
import { type Mesh, Raycaster, Vector2 } from 'three';
import { isRegionId, type RegionId } from '../content/regionIds';

const raycaster = new Raycaster();
const ndc = new Vector2();

/** The region under a point on the page (client pixels), as a click there would find it. */
export function regionAt(
  state: RootState,
  regions: Map<RegionId, Mesh>,
  x: number,
  y: number,
): RegionId | null {
  const { camera, gl } = state;
  const rect = gl.domElement.getBoundingClientRect();
  ndc.set(((x - rect.left) / rect.width) * 2 - 1, 1 - ((y - rect.top) / rect.height) * 2);
  camera.updateMatrixWorld();
  raycaster.setFromCamera(ndc, camera);
  const name = raycaster.intersectObjects([...regions.values()], false)[0]?.object.name;
  return isRegionId(name) ? name : null;
}

import type { RootState } from '@react-three/fiber';
import { Raycaster, Vector2 } from 'three';
import type { RegionId } from '../content/regionIds';
import type { RegionSkin } from './skin/regionSkin';

const raycaster = new Raycaster();
raycaster.firstHitOnly = true;
const ndc = new Vector2();

/** The region under a point on the page (client pixels), as a click there would find it. */
export function regionAt(state: RootState, skin: RegionSkin, x: number, y: number): RegionId | null {
  const { camera, gl } = state;
  const rect = gl.domElement.getBoundingClientRect();
  ndc.set(((x - rect.left) / rect.width) * 2 - 1, 1 - ((y - rect.top) / rect.height) * 2);
  camera.updateMatrixWorld();
  raycaster.setFromCamera(ndc, camera);
  const face = raycaster.intersectObject(skin.mesh, false)[0]?.face;
  return face ? skin.regionOfVertex(face.a) : null;
}

import { Box3, type Mesh, Sphere, Vector3 } from 'three';
import type { ViewPreset } from '../state/urlState';

// Camera azimuths (around the vertical axis, 0 = in front). The person's left is +x.
export const VIEW_AZIMUTH: Record<ViewPreset, number> = {
  front: 0,
  back: Math.PI,
  left: Math.PI / 2,
  right: -Math.PI / 2,
};

// Small regions (a wrist) still get some body around them, so people keep their bearings.
const MIN_FOCUS_RADIUS = 0.28;

export interface Framing {
  sphere: Sphere;
  /** Where to look from, or null when the regions face every way (front and back together). */
  azimuth: number | null;
}

/** The sphere around some regions and the side they face, from area-weighted vertex normals. */
export function frameRegions(meshes: Mesh[]): Framing | null {
  if (meshes.length === 0) return null;
  const box = new Box3();
  const facing = new Vector3();
  const normal = new Vector3();
  for (const mesh of meshes) {
    mesh.updateWorldMatrix(true, false);
    box.expandByObject(mesh);
    const normals = mesh.geometry.getAttribute('normal');
    if (!normals) continue;
    // Every 7th normal is plenty to tell which way a region faces.
    for (let i = 0; i < normals.count; i += 7) {
      normal.fromBufferAttribute(normals, i).transformDirection(mesh.matrixWorld);
      facing.add(normal);
    }
  }
  const sphere = box.getBoundingSphere(new Sphere());
  sphere.radius = Math.max(sphere.radius * 1.15, MIN_FOCUS_RADIUS);
  facing.y = 0;
  const azimuth =
    facing.lengthSq() > 1e-6 && facing.length() > 0.15 * countSamples(meshes)
      ? Math.atan2(facing.x, facing.z)
      : null;
  return { sphere, azimuth };
}

function countSamples(meshes: Mesh[]): number {
  return meshes.reduce(
    (sum, mesh) => sum + Math.ceil((mesh.geometry.getAttribute('normal')?.count ?? 0) / 7),
    0,
  );
}

import { Vector3 } from 'three';
import type { CameraView } from '../stages';

// Where the camera looks for each kind of step: a box to keep in frame. The distance is worked out
// from the canvas's shape, so a phone in portrait and a wall screen both frame the same things.

interface ViewBox {
  center: [number, number, number];
  halfWidth: number;
  halfHeight: number;
}

export const VIEWS: Record<CameraView, ViewBox> = {
  overview: { center: [0.05, -0.2, 0.2], halfWidth: 3.25, halfHeight: 1.45 },
  spine: { center: [-2.3, -0.05, 0.3], halfWidth: 1.15, halfHeight: 1.15 },
  nerve: { center: [-0.95, -0.3, 0.5], halfWidth: 2.1, halfHeight: 1.3 },
  muscle: { center: [0.45, 0.22, 0.3], halfWidth: 1.4, halfHeight: 1.12 },
  joint: { center: [1.2, 0, 0.2], halfWidth: 1.45, halfHeight: 0.95 },
};

export const FOV = 30;
/** A slightly raised, slightly turned view: the spine's side, the limb's front. */
const DIRECTION = new Vector3(0.14, 0.2, 1).normalize();

export function cameraFor(view: CameraView, aspect: number, position: Vector3, target: Vector3): void {
  const box = VIEWS[view];
  const tan = Math.tan((FOV * Math.PI) / 360);
  const distance =
    Math.max(box.halfHeight / tan, box.halfWidth / (tan * Math.max(0.3, aspect))) * 1.02 + 0.25;
  target.set(...box.center);
  position.copy(target).addScaledVector(DIRECTION, distance);
}

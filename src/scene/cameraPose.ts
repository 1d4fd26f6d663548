import type { CameraPose } from '../consult/types';

// A camera's pose relative to the body, so one pose frames the same picture on a phone and on a
// wall screen: the direction, the point looked at (from the centre of the body's box) and the
// radius of the sphere that just fits the view (both in body heights). Going back places the
// camera as camera-controls' fitToSphere does for that sphere on the screen at hand, so a narrow
// phone stands further back and a wide wall comes closer. Plain numbers only (no three), so the
// patient screen and the take-home link can use it outside the 3D chunk.

export type Vec3 = [number, number, number];

/** The body's bounding box (model coordinates, metres). */
export interface BodyBox {
  min: Vec3;
  max: Vec3;
}

/** A perspective camera as placed on one screen. */
export interface CameraPlacement {
  position: Vec3;
  target: Vec3;
}

/** The screen the camera draws on: vertical field of view (degrees) and width / height. */
export interface Lens {
  fov: number;
  aspect: number;
}

const boxCentre = (box: BodyBox): Vec3 => [
  (box.min[0] + box.max[0]) / 2,
  (box.min[1] + box.max[1]) / 2,
  (box.min[2] + box.max[2]) / 2,
];

const boxHeight = (box: BodyBox) => Math.max(1e-6, box.max[1] - box.min[1]);

/**
 * Half the angle the fitting sphere fills: the vertical field of view on a wide screen, the
 * horizontal one on a narrow screen (as camera-controls' getDistanceToFitSphere).
 */
function halfFitAngle({ fov, aspect }: Lens): number {
  const halfVertical = (fov * Math.PI) / 360;
  return aspect > 1 ? halfVertical : Math.atan(Math.tan(halfVertical) * aspect);
}

/** An angle wrapped into (-π, π]. */
function wrap(angle: number): number {
  const turn = 2 * Math.PI;
  const wrapped = (((angle + Math.PI) % turn) + turn) % turn;
  return wrapped === 0 ? Math.PI : wrapped - Math.PI;
}

/** Where a camera looks, relative to the body (see CameraPose). */
export function poseFromCamera(camera: CameraPlacement, box: BodyBox, lens: Lens): CameraPose {
  const [px, py, pz] = camera.position;
  const [tx, ty, tz] = camera.target;
  const offset: Vec3 = [px - tx, py - ty, pz - tz];
  const distance = Math.hypot(...offset);
  const centre = boxCentre(box);
  const height = boxHeight(box);
  // As three's Spherical (camera-controls' azimuth and polar): azimuth 0 looks from the front (+z).
  const azimuth = distance > 0 ? wrap(Math.atan2(offset[0], offset[2])) : 0;
  const polar = distance > 0 ? Math.acos(Math.min(1, Math.max(-1, offset[1] / distance))) : Math.PI / 2;
  return {
    azimuth,
    polar,
    target: [(tx - centre[0]) / height, (ty - centre[1]) / height, (tz - centre[2]) / height],
    radius: (distance * Math.sin(halfFitAngle(lens))) / height,
  };
}

/** The sphere a pose frames, in model coordinates (what fitToSphere is given). */
export function sphereOfPose(pose: CameraPose, box: BodyBox): { centre: Vec3; radius: number } {
  const centre = boxCentre(box);
  const height = boxHeight(box);
  return {
    centre: [
      centre[0] + pose.target[0] * height,
      centre[1] + pose.target[1] * height,
      centre[2] + pose.target[2] * height,
    ],
    radius: pose.radius * height,
  };
}

/** Where the camera stands for a pose on a screen of this shape. */
export function cameraFromPose(pose: CameraPose, box: BodyBox, lens: Lens): CameraPlacement {
  const sphere = sphereOfPose(pose, box);
  const distance = sphere.radius / Math.sin(halfFitAngle(lens));
  const sinPolar = Math.sin(pose.polar);
  const [tx, ty, tz] = sphere.centre;
  return {
    target: sphere.centre,
    position: [
      tx + distance * sinPolar * Math.sin(pose.azimuth),
      ty + distance * Math.cos(pose.polar),
      tz + distance * sinPolar * Math.cos(pose.azimuth),
    ],
  };
}

// Bounds for a pose read from a message or a link: anything outside is not a camera we made.
const MAX_TARGET = 3;
const MAX_RADIUS = 10;

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Whether a value (from another window or a link) is a usable pose; never throws. */
export function isCameraPose(value: unknown): value is CameraPose {
  if (typeof value !== 'object' || value === null) return false;
  const pose = value as Record<string, unknown>;
  const target = pose.target;
  return (
    finite(pose.azimuth) &&
    Math.abs(pose.azimuth) <= 2 * Math.PI &&
    finite(pose.polar) &&
    pose.polar >= 0 &&
    pose.polar <= Math.PI &&
    finite(pose.radius) &&
    pose.radius > 0 &&
    pose.radius <= MAX_RADIUS &&
    Array.isArray(target) &&
    target.length === 3 &&
    target.every((x) => finite(x) && Math.abs(x) <= MAX_TARGET)
  );
}

/** The whole body seen from the front, for when no pose is known (a picture for the handout). */
export const FRONT_POSE: CameraPose = { azimuth: 0, polar: Math.PI / 2, target: [0, 0, 0], radius: 0.6 };
/** The whole body seen from behind. */
export const BACK_POSE: CameraPose = { ...FRONT_POSE, azimuth: Math.PI };

/** Room above the head and below the feet in a whole-body picture, as a share of the body's height. */
const WHOLE_BODY_MARGIN = 0.06;

/**
 * The whole body, standing, filling the height of a picture of this shape (width / height) from
 * one side (the handout's front and back pictures). The camera stands where the body's height,
 * with a small margin, just fills the picture; the pose's sphere is the one that fits there.
 */
export function wholeBodyPose(azimuth: number, aspect: number, fov = 30): CameraPose {
  const halfVertical = (fov * Math.PI) / 360;
  // Distance (in body heights) at which the body's half height and margin fill half the picture.
  const distance = (0.5 + WHOLE_BODY_MARGIN) / Math.tan(halfVertical);
  return {
    azimuth,
    polar: Math.PI / 2,
    target: [0, 0, 0],
    radius: distance * Math.sin(halfFitAngle({ fov, aspect })),
  };
}

import { PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import {
  type BodyBox,
  cameraFromPose,
  FRONT_POSE,
  isCameraPose,
  type Lens,
  poseFromCamera,
  sphereOfPose,
  wholeBodyPose,
} from '../../src/scene/cameraPose';

// A body about as big as the model's: 1.75 m tall, standing on the floor.
const BODY: BodyBox = { min: [-0.3, 0, -0.15], max: [0.3, 1.75, 0.15] };
// A phone held upright: the body fills the top of the screen, narrower than tall.
const PHONE: Lens = { fov: 30, aspect: 390 / 640 };
const WALL: Lens = { fov: 30, aspect: 1920 / 1080 };
const SQUARE: Lens = { fov: 30, aspect: 1 };

const POSES = [
  FRONT_POSE,
  { azimuth: Math.PI, polar: Math.PI / 2, target: [0, 0, 0] as [number, number, number], radius: 0.55 },
  { azimuth: -2.2, polar: 1.1, target: [0.05, 0.3, -0.02] as [number, number, number], radius: 0.12 },
  { azimuth: 0.7, polar: 2.6, target: [-0.1, -0.42, 0.04] as [number, number, number], radius: 0.2 },
];

function expectSamePose(a: ReturnType<typeof poseFromCamera>, b: ReturnType<typeof poseFromCamera>) {
  expect(a.azimuth).toBeCloseTo(b.azimuth, 9);
  expect(a.polar).toBeCloseTo(b.polar, 9);
  expect(a.radius).toBeCloseTo(b.radius, 9);
  for (let i = 0; i < 3; i++) expect(a.target[i]).toBeCloseTo(b.target[i] as number, 9);
}

/** Where the edge of the pose's sphere lands on screen (normalised: 1 is the screen's edge). */
function sphereEdgeOnScreen(lens: Lens, pose: (typeof POSES)[number]) {
  const placement = cameraFromPose(pose, BODY, lens);
  const camera = new PerspectiveCamera(lens.fov, lens.aspect, 0.01, 100);
  camera.position.set(...placement.position);
  camera.lookAt(new Vector3(...placement.target));
  camera.updateMatrixWorld();
  const { centre, radius } = sphereOfPose(pose, BODY);
  const toCentre = new Vector3(...centre).sub(camera.position);
  const distance = toCentre.length();
  // The ray that grazes the sphere, turned from the centre towards the screen's right or top.
  const grazing = Math.asin(radius / distance);
  const edge = (axis: Vector3) => {
    const turned = toCentre.clone().normalize().applyAxisAngle(axis, grazing);
    const point = camera.position.clone().addScaledVector(turned, distance).project(camera);
    return point;
  };
  const up = new Vector3(0, 1, 0).applyQuaternion(camera.quaternion);
  const right = new Vector3(1, 0, 0).applyQuaternion(camera.quaternion);
  return { x: Math.abs(edge(up.clone().negate()).x), y: Math.abs(edge(right).y) };
}

describe('camera pose relative to the body', () => {
  it.each([
    ['a phone', PHONE],
    ['a wall screen', WALL],
    ['a square window', SQUARE],
  ])('comes back the same after placing the camera on %s', (_name, lens) => {
    for (const pose of POSES)
      expectSamePose(poseFromCamera(cameraFromPose(pose, BODY, lens), BODY, lens), pose);
  });

  it('a pose taken on a wall frames the same sphere on a phone, from further away', () => {
    const onWall = cameraFromPose(POSES[2] as (typeof POSES)[number], BODY, WALL);
    const pose = poseFromCamera(onWall, BODY, WALL);
    const onPhone = cameraFromPose(pose, BODY, PHONE);
    expect(onPhone.target).toEqual(onWall.target);
    const far = (p: typeof onWall) => Math.hypot(...p.position.map((x, i) => x - (p.target[i] as number)));
    expect(far(onPhone)).toBeGreaterThan(far(onWall) * 1.5);
    expectSamePose(poseFromCamera(onPhone, BODY, PHONE), pose);
  });

  it('fits the sphere to the narrow side of the screen: the width on a phone, the height on a wall', () => {
    for (const pose of POSES) {
      const phone = sphereEdgeOnScreen(PHONE, pose);
      expect(phone.x).toBeCloseTo(1, 3);
      expect(phone.y).toBeLessThan(1);
      const wall = sphereEdgeOnScreen(WALL, pose);
      expect(wall.y).toBeCloseTo(1, 3);
      expect(wall.x).toBeLessThan(1);
    }
  });

  it('does not depend on where the body stands or how tall it is', () => {
    const tall: BodyBox = { min: [1, 2, 3], max: [1.9, 4.6, 3.4] };
    const placement = cameraFromPose(POSES[3] as (typeof POSES)[number], tall, WALL);
    expectSamePose(poseFromCamera(placement, tall, WALL), POSES[3] as (typeof POSES)[number]);
  });

  it('accepts the poses it makes and refuses anything else', () => {
    for (const pose of POSES) expect(isCameraPose(pose)).toBe(true);
    expect(isCameraPose(poseFromCamera(cameraFromPose(FRONT_POSE, BODY, PHONE), BODY, PHONE))).toBe(true);
    const bad: unknown[] = [
      null,
      undefined,
      'front',
      42,
      {},
      { ...FRONT_POSE, azimuth: Number.NaN },
      { ...FRONT_POSE, azimuth: '0' },
      { ...FRONT_POSE, polar: -0.1 },
      { ...FRONT_POSE, polar: 4 },
      { ...FRONT_POSE, radius: 0 },
      { ...FRONT_POSE, radius: -1 },
      { ...FRONT_POSE, radius: Number.POSITIVE_INFINITY },
      { ...FRONT_POSE, radius: 1e9 },
      { ...FRONT_POSE, target: [0, 0] },
      { ...FRONT_POSE, target: [0, 0, 0, 0] },
      { ...FRONT_POSE, target: [0, 'a', 0] },
      { ...FRONT_POSE, target: [0, 1e6, 0] },
      { ...FRONT_POSE, target: null },
    ];
    for (const value of bad) expect(isCameraPose(value), JSON.stringify(value)).toBe(false);
  });

  it("a whole-body pose fits the body's height in a picture of any shape", () => {
    for (const aspect of [0.5, 0.75, 1, 1.5, 16 / 9]) {
      const lens = { fov: 30, aspect };
      const pose = wholeBodyPose(Math.PI, aspect);
      expect(isCameraPose(pose)).toBe(true);
      const placement = cameraFromPose(pose, BODY, lens);
      const camera = new PerspectiveCamera(lens.fov, lens.aspect, 0.01, 100);
      camera.position.set(...placement.position);
      camera.lookAt(new Vector3(...placement.target));
      camera.updateMatrixWorld();
      const ys: number[] = [];
      for (const x of [BODY.min[0], BODY.max[0]])
        for (const y of [BODY.min[1], BODY.max[1]])
          for (const z of [BODY.min[2], BODY.max[2]]) {
            const p = new Vector3(x, y, z).project(camera);
            expect(Math.abs(p.x), `aspect ${aspect}`).toBeLessThan(1);
            expect(Math.abs(p.y), `aspect ${aspect}`).toBeLessThan(1);
            ys.push(p.y);
          }
      // The body spans most of the picture's height, whatever its shape.
      expect(Math.max(...ys) - Math.min(...ys), `aspect ${aspect}`).toBeGreaterThan(1.6);
    }
  });
});

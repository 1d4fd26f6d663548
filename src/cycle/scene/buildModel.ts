import {
  AdditiveBlending,
  BufferAttribute,
  CanvasTexture,
  CapsuleGeometry,
  CatmullRomCurve3,
  Color,
  ConeGeometry,
  CylinderGeometry,
  Group,
  InstancedMesh,
  LatheGeometry,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  type Object3D,
  Quaternion,
  SphereGeometry,
  Sprite,
  SpriteMaterial,
  Vector2,
  Vector3,
} from 'three';
import { RoundedBoxGeometry } from 'three/examples/jsm/geometries/RoundedBoxGeometry.js';
import type { Visual } from '../visual';
import { matte, muscleMaterial, nerveMaterial, vesselMaterial } from './materials';
import { appendTube, CurveTable, emptyTubeArrays, tubeGeometry } from './tube';

// The close-up, built by code at run time: a spinal segment (two vertebrae, the disc, the cord and
// one nerve root), the nerve running out to a limb muscle made of visible fibres, its tendon
// crossing a joint, and the artery that feeds it. `update` draws one Visual; nothing is allocated
// per frame. Sizes are in scene units (about 4 cm each), laid out left (spine) to right (limb).

export interface FrameInput {
  visual: Readonly<Visual>;
  /** Seconds on the timeline, for looping glows (0 when motion is reduced). */
  time: number;
  /** Distance blood and nerve impulses have moved (0 when motion is reduced). */
  flowDistance: number;
  fireDistance: number;
}

export interface CycleModel {
  root: Group;
  update: (frame: FrameInput) => void;
  dispose: () => void;
}

const COLORS = {
  bone: '#eee5d3',
  disc: '#cfe0e4',
  cartilage: '#d8e9ee',
  nerve: '#efd88f',
  muscle: '#c77465',
  band: '#8f3a33',
  tendon: '#f1ece2',
  tendonStrained: '#e39a76',
  vessel: '#c4474d',
  blood: '#b8323a',
  needle: '#c3c8ce',
  handle: '#6f9aa4',
  spindle: '#3fa99c',
} as const;

/** Where the needle's tip rests: the centre of the tight band. */
export const NEEDLE_POINT = new Vector3(0.28, 0.37, 0.17);
const NEEDLE_DIRECTION = new Vector3(0.3, 1, 0.55).normalize();

// The limb muscle's belly runs along x from its origin to where its tendon starts.
const MUSCLE = { xa: -0.45, length: 1.6, cy: 0.3, ry: 0.34, rz: 0.3, fibres: 90 };
const TENDON_INSERTION = new Vector3(2.25, -0.1, 0.02);
const SPINE_X = -2.75;

/** A soft round glow, drawn once at run time (no image files). */
function softGlowTexture(): CanvasTexture {
  const size = 64;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  if (context) {
    const gradient = context.createRadialGradient(size / 2, size / 2, 0, size / 2, size / 2, size / 2);
    gradient.addColorStop(0, 'rgba(255,255,255,1)');
    gradient.addColorStop(0.35, 'rgba(255,255,255,0.55)');
    gradient.addColorStop(1, 'rgba(255,255,255,0)');
    context.fillStyle = gradient;
    context.fillRect(0, 0, size, size);
  }
  return new CanvasTexture(canvas);
}

const fract = (x: number) => x - Math.floor(x);
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Fibre directions spread evenly over a disc (a sunflower pattern), the same every time. */
function discPoint(i: number, n: number): Vector2 {
  const r = Math.sqrt((i + 0.5) / n);
  const a = i * 2.399963;
  return new Vector2(r * Math.cos(a), r * Math.sin(a));
}

interface BellyOptions {
  count: number;
  /** Point on the belly's centre line where u = 0, the axis it runs along, and its length. */
  start: Vector3;
  axis: Vector3;
  side: Vector3;
  length: number;
  radiusA: number;
  radiusB: number;
  fibreRadius: number;
  isBand: (p: Vector2) => boolean;
}

/** A fusiform belly made of separate fibres that gather at both ends. */
function bellyGeometry(o: BellyOptions) {
  const arrays = emptyTubeArrays();
  const fibreData: number[] = [];
  const third = new Vector3().crossVectors(o.axis, o.side).normalize();
  for (let i = 0; i < o.count; i++) {
    const d = discPoint(i, o.count);
    const band = o.isBand(d) ? 1 : 0;
    const points: Vector3[] = [];
    for (let k = 0; k <= 8; k++) {
      const u = k / 8;
      const f = 0.14 + 0.86 * Math.sin(Math.PI * u) ** 0.8;
      points.push(
        o.start
          .clone()
          .addScaledVector(o.axis, u * o.length)
          .addScaledVector(o.side, d.x * o.radiusA * f)
          .addScaledVector(third, d.y * o.radiusB * f),
      );
    }
    const before = arrays.position.length / 3;
    appendTube(
      new CatmullRomCurve3(points),
      {
        segments: 14,
        radialSegments: 5,
        radius: (u) => o.fibreRadius * (0.35 + 0.65 * Math.sin(Math.PI * u) ** 0.5),
        zScale: 0.85,
      },
      arrays,
    );
    const added = arrays.position.length / 3 - before;
    for (let v = 0; v < added; v++) fibreData.push(band, fract(i * 0.618));
  }
  return tubeGeometry(arrays, { name: 'aFibre', size: 2, data: fibreData });
}

function singleTube(points: Vector3[], radius: (u: number) => number, segments = 64, radial = 10) {
  const curve = new CatmullRomCurve3(points);
  const arrays = emptyTubeArrays();
  appendTube(curve, { segments, radialSegments: radial, radius }, arrays);
  return { geometry: tubeGeometry(arrays), curve };
}

function mesh(geometry: Mesh['geometry'], material: Mesh['material'], at?: [number, number, number]) {
  const m = new Mesh(geometry, material);
  if (at) m.position.set(...at);
  return m;
}

export function buildCycleModel(): CycleModel {
  const root = new Group();
  root.name = 'pain-cycle-close-up';

  const bone = matte({ color: COLORS.bone, roughness: 0.88 });
  const disc = matte({ color: COLORS.disc, roughness: 0.75 });
  const cartilage = matte({ color: COLORS.cartilage, roughness: 0.6 });
  const cordMaterial = matte({ color: COLORS.nerve, roughness: 0.65 });

  // --- The spinal segment: two vertebrae with the disc between them. ---
  const bodyGeometry = new LatheGeometry(
    [
      [0, -0.39],
      [0.35, -0.39],
      [0.41, -0.35],
      [0.385, -0.2],
      [0.375, 0],
      [0.385, 0.2],
      [0.41, 0.35],
      [0.35, 0.39],
      [0, 0.39],
    ].map(([x, y]) => new Vector2(x, y)),
    32,
  );
  const pedicleGeometry = new CylinderGeometry(0.085, 0.095, 0.42, 12).rotateZ(Math.PI / 2);
  const archGeometry = new RoundedBoxGeometry(0.2, 0.44, 0.56, 3, 0.07);
  const spinousGeometry = new RoundedBoxGeometry(0.6, 0.18, 0.11, 3, 0.05);
  const transverseGeometry = new CylinderGeometry(0.05, 0.065, 0.55, 10).rotateX(Math.PI / 2);
  const spurGeometry = new ConeGeometry(0.075, 0.2, 12);

  const vertebrae: { group: Group; sign: number }[] = [];
  const spurs: Mesh[] = [];
  for (const sign of [1, -1]) {
    const group = new Group();
    group.add(mesh(bodyGeometry, bone, [SPINE_X, 0, 0]));
    for (const z of [0.21, -0.21]) group.add(mesh(pedicleGeometry, bone, [SPINE_X + 0.55, 0.12, z]));
    group.add(mesh(archGeometry, bone, [SPINE_X + 0.86, 0.06, 0]));
    const spinous = mesh(spinousGeometry, bone, [SPINE_X + 1.18, -0.1, 0]);
    spinous.rotation.z = -0.4;
    group.add(spinous);
    for (const z of [0.5, -0.5]) group.add(mesh(transverseGeometry, bone, [SPINE_X + 0.72, 0.22, z]));
    // Bony spurs grow at the rims next to the disc: at the front, and at the back by the nerve root.
    for (const [x, z] of [
      [SPINE_X - 0.39, 0],
      [SPINE_X + 0.33, 0.2],
    ] as const) {
      const spur = mesh(spurGeometry, bone, [x, -sign * 0.36, z]);
      if (sign > 0) spur.rotation.x = Math.PI;
      spur.scale.setScalar(0.001);
      spurs.push(spur);
      group.add(spur);
    }
    vertebrae.push({ group, sign });
    root.add(group);
  }
  const discMesh = mesh(
    new LatheGeometry(
      [
        [0, -0.15],
        [0.39, -0.15],
        [0.44, -0.06],
        [0.45, 0],
        [0.44, 0.06],
        [0.39, 0.15],
        [0, 0.15],
      ].map(([x, y]) => new Vector2(x, y)),
      32,
    ),
    disc,
    [SPINE_X, 0, 0],
  );
  root.add(discMesh);

  // The spinal cord runs behind the vertebral bodies, inside the arches.
  root.add(mesh(new CylinderGeometry(0.12, 0.12, 2.9, 18), cordMaterial, [SPINE_X + 0.61, 0, 0]));

  // --- The nerve: from the cord, out through the gap between the vertebrae, down to the muscle. ---
  const nerve = nerveMaterial(COLORS.nerve);
  const nervePath = singleTube(
    [
      new Vector3(SPINE_X + 0.61, 0.02, 0),
      new Vector3(SPINE_X + 0.52, -0.02, 0.32),
      new Vector3(SPINE_X + 0.62, -0.1, 0.66),
      new Vector3(-1.8, -0.35, 0.95),
      new Vector3(-1.2, -0.72, 1.02),
      new Vector3(-0.5, -0.82, 0.92),
      new Vector3(0.05, -0.56, 0.74),
      new Vector3(0.32, -0.12, 0.54),
      new Vector3(0.42, 0.14, 0.4),
    ],
    (u) =>
      (u < 0.16 ? 0.075 : u < 0.24 ? 0.075 - ((u - 0.16) / 0.08) * 0.02 : 0.055) *
      (u > 0.88 ? 1 - 3 * (u - 0.88) : 1),
    96,
    10,
  );
  root.add(mesh(nervePath.geometry, nerve.material));
  const nerveTable = new CurveTable(nervePath.curve);
  // The root's ganglion: a small swelling just outside the spine.
  const ganglionGeometry = new SphereGeometry(0.1, 16, 12);
  ganglionGeometry.setAttribute(
    'aAlong',
    new BufferAttribute(new Float32Array(ganglionGeometry.getAttribute('position').count).fill(0.12), 1),
  );
  const ganglion = mesh(ganglionGeometry, nerve.material);
  nervePath.curve.getPointAt(0.13, ganglion.position);
  ganglion.scale.set(1.2, 0.9, 1.2);
  root.add(ganglion);

  // --- The muscles: one beside the spine (running up and down) and the limb muscle. ---
  const paraspinal = muscleMaterial(
    COLORS.muscle,
    COLORS.band,
    new Vector3(-1.62, 0.78, 0.3),
    new Vector3(0, -1, 0),
  );
  root.add(
    mesh(
      bellyGeometry({
        count: 30,
        start: new Vector3(-1.62, 0.78, 0.3),
        axis: new Vector3(0, -1, 0),
        side: new Vector3(1, 0, 0),
        length: 1.62,
        radiusA: 0.15,
        radiusB: 0.12,
        fibreRadius: 0.026,
        isBand: (p) => p.y > 0.1,
      }),
      paraspinal.material,
    ),
  );

  const limb = muscleMaterial(
    COLORS.muscle,
    COLORS.band,
    new Vector3(MUSCLE.xa, MUSCLE.cy, 0),
    new Vector3(1, 0, 0),
  );
  limb.uniforms.uNeedle.value.copy(NEEDLE_POINT);
  root.add(
    mesh(
      bellyGeometry({
        count: MUSCLE.fibres,
        start: new Vector3(MUSCLE.xa, MUSCLE.cy, 0),
        axis: new Vector3(1, 0, 0),
        side: new Vector3(0, 1, 0),
        length: MUSCLE.length,
        radiusA: MUSCLE.ry,
        radiusB: MUSCLE.rz,
        fibreRadius: 0.034,
        isBand: (p) => p.y > 0.15 && Math.abs(p.x - 0.1) < 0.55,
      }),
      limb.material,
    ),
  );

  // --- The bones and the joint the muscle moves. ---
  root.add(mesh(new CylinderGeometry(0.11, 0.125, 2.3, 24).rotateZ(Math.PI / 2), bone, [0.43, -0.22, 0]));
  const knob = mesh(new SphereGeometry(0.2, 28, 20), bone, [1.58, -0.22, 0]);
  knob.scale.set(0.9, 1, 1.15);
  root.add(knob);
  const proximalEnd = mesh(new SphereGeometry(0.2, 24, 16), bone, [-0.74, -0.22, 0]);
  root.add(proximalEnd);
  const cartilageGeometry = new CylinderGeometry(0.17, 0.17, 0.025, 24).rotateZ(Math.PI / 2);
  root.add(mesh(cartilageGeometry, cartilage, [1.77, -0.22, 0]));
  const lowerBone = new Group();
  const cup = mesh(new SphereGeometry(0.17, 24, 16), bone, [2.0, -0.22, 0]);
  cup.scale.set(0.7, 1, 1.1);
  lowerBone.add(cup);
  lowerBone.add(mesh(cartilageGeometry, cartilage, [1.87, -0.22, 0]));
  lowerBone.add(mesh(new CylinderGeometry(0.1, 0.09, 1.2, 20).rotateZ(Math.PI / 2), bone, [2.62, -0.22, 0]));
  const distalEnd = mesh(new SphereGeometry(0.14, 20, 14), bone, [3.22, -0.22, 0]);
  distalEnd.scale.set(0.8, 1, 1.1);
  lowerBone.add(distalEnd);
  root.add(lowerBone);

  // --- Tendons: a short one at the origin, the main one across the joint. ---
  const tendonMaterial = matte({ color: COLORS.tendon, roughness: 0.5 });
  const originTendon = singleTube(
    [new Vector3(-0.66, -0.08, 0), new Vector3(-0.56, 0.16, 0), new Vector3(MUSCLE.xa + 0.02, MUSCLE.cy, 0)],
    () => 0.05,
    12,
    8,
  );
  root.add(mesh(originTendon.geometry, tendonMaterial));
  const tendonUnit = singleTube(
    [new Vector3(-0.04, 0, 0), new Vector3(0.5, 0, 0), new Vector3(1, 0, 0)],
    (u) => 0.06 - 0.022 * Math.sin(Math.PI * u),
    24,
    10,
  );
  const tendon = mesh(tendonUnit.geometry, tendonMaterial);
  root.add(tendon);

  // --- The artery feeding the muscle, with blood inside. ---
  const vessel = vesselMaterial(COLORS.vessel);
  const vesselPath = singleTube(
    [
      new Vector3(-1.5, -1.78, 0.62),
      new Vector3(-0.9, -1.32, 0.72),
      new Vector3(-0.15, -0.98, 0.64),
      new Vector3(0.55, -0.56, 0.52),
      new Vector3(0.8, -0.08, 0.4),
      new Vector3(0.84, 0.22, 0.28),
      new Vector3(1.02, 0.4, 0.12),
    ],
    () => 0.062,
    80,
    12,
  );
  const vesselMesh = mesh(vesselPath.geometry, vessel.material);
  vesselMesh.renderOrder = 2;
  root.add(vesselMesh);
  const vesselTable = new CurveTable(vesselPath.curve);
  const BLOOD = 42;
  const blood = new InstancedMesh(
    new SphereGeometry(0.032, 10, 8),
    matte({ color: COLORS.blood, emissive: '#4a0a0e', roughness: 0.5 }),
    BLOOD,
  );
  blood.frustumCulled = false;
  root.add(blood);

  // --- Signals along the nerve: its own impulses, pain signals going up, the healing current. ---
  const pulseGeometry = new SphereGeometry(1, 12, 10);
  const pulseMaterial = (color: string) => new MeshBasicMaterial({ color, toneMapped: false });
  const motor = new InstancedMesh(pulseGeometry, pulseMaterial('#fffbe8'), 10);
  const pain = new InstancedMesh(pulseGeometry, pulseMaterial('#ff5a26'), 9);
  const current = new InstancedMesh(pulseGeometry, pulseMaterial('#3cc8dc'), 7);
  for (const group of [motor, pain, current]) {
    group.frustumCulled = false;
    root.add(group);
  }

  // --- Soft glows: pressure at the joint and the root, blood drawn to the needle. ---
  const glowTexture = softGlowTexture();
  const glow = (color: string, at: Vector3, radius: number) => {
    const sprite = new Sprite(
      new SpriteMaterial({
        map: glowTexture,
        color,
        transparent: true,
        opacity: 0,
        blending: AdditiveBlending,
        depthWrite: false,
        depthTest: false,
        toneMapped: false,
      }),
    );
    sprite.position.copy(at);
    sprite.scale.setScalar(radius * 2.6);
    sprite.renderOrder = 3;
    sprite.visible = false;
    root.add(sprite);
    return sprite;
  };
  const jointGlow = glow('#ff8a3d', new Vector3(1.82, -0.22, 0), 0.24);
  const rootGlow = glow('#ff7a3a', nerveTable.at(0.1, new Vector3()), 0.2);
  const healGlow = glow('#ff4d5a', NEEDLE_POINT, 0.3);

  // --- The stretch receptor, shown when it fires. ---
  const spindleMaterial = matte({ color: COLORS.spindle, emissive: COLORS.spindle, emissiveIntensity: 0 });
  const spindle = mesh(
    new CapsuleGeometry(0.035, 0.24, 4, 12).rotateZ(Math.PI / 2),
    spindleMaterial,
    [0.02, 0.5, 0.26],
  );
  spindle.visible = false;
  root.add(spindle);

  // --- The needle: a fine solid shaft with a small handle, its tip at the group's origin. ---
  const needle = new Group();
  const steel = matte({ color: COLORS.needle, roughness: 0.3, metalness: 0.35 });
  needle.add(mesh(new CylinderGeometry(0.011, 0.006, 0.9, 8).translate(0, 0.45, 0), steel));
  needle.add(
    mesh(
      new CylinderGeometry(0.034, 0.034, 0.3, 14).translate(0, 1.05, 0),
      matte({ color: COLORS.handle, roughness: 0.55 }),
    ),
  );
  needle.quaternion.copy(new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), NEEDLE_DIRECTION));
  needle.visible = false;
  root.add(needle);

  // Per-frame scratch values (no allocation in update).
  const m4 = new Matrix4();
  const p = new Vector3();
  const junction = new Vector3();
  const toInsertion = new Vector3();
  const tendonBase = new Color(COLORS.tendon);
  const tendonStrained = new Color(COLORS.tendonStrained);
  const strainGlow = new Color('#c2410c');

  const placePulses = (
    group: InstancedMesh,
    scaleAt: (j: number, s: number) => number,
    sAt: (j: number) => number,
  ) => {
    for (let j = 0; j < group.count; j++) {
      const s = sAt(j);
      const edge = Math.min(1, s / 0.04, (1 - s) / 0.04);
      const scale = Math.max(0.0001, scaleAt(j, s) * clamp01(edge));
      nerveTable.at(s, p);
      m4.makeScale(scale, scale, scale).setPosition(p);
      group.setMatrixAt(j, m4);
    }
    group.instanceMatrix.needsUpdate = true;
  };

  const update = ({ visual: v, time, flowDistance, fireDistance }: FrameInput) => {
    // Spine wear: the disc thins, the vertebrae settle closer, spurs grow.
    const discScale = 1 - 0.42 * v.wear;
    discMesh.scale.set(1 + 0.05 * v.wear, discScale, 1 + 0.05 * v.wear);
    for (const { group, sign } of vertebrae) group.position.y = sign * (0.39 + 0.15 * discScale);
    for (const spur of spurs) {
      spur.scale.setScalar(Math.max(0.001, v.wear));
      spur.visible = v.wear > 0.01;
    }

    // The nerve: irritated root, supersensitive nerve, the current travelling back to the root.
    nerve.uniforms.uRoot.value = Math.max(v.root, v.spinePress * 0.8);
    nerve.uniforms.uSens.value = v.sensitivity;
    nerve.uniforms.uWaveAmt.value = v.current;
    nerve.uniforms.uWave.value = time === 0 ? 0.55 : 1.1 - fract(time * 0.42) * 1.2;
    rootGlow.visible = v.spinePress > 0.01 || v.root > 0.01;
    rootGlow.material.opacity = 0.55 * Math.max(v.root * 0.7, v.spinePress);

    // The muscles: shorter, thicker, tight bands; the limb muscle grips the needle.
    limb.uniforms.uTight.value = v.tightness;
    limb.uniforms.uGrasp.value = v.grasp;
    paraspinal.uniforms.uTight.value = Math.max(v.tightness, v.spinePress * 0.9);

    // The tendon starts where the shortened belly ends and is pulled toward its insertion.
    const shortening = 0.14 * v.tightness;
    junction.set(MUSCLE.xa + MUSCLE.length * (1 - shortening), MUSCLE.cy, 0);
    const jointShift = -0.05 * v.jointPressure;
    lowerBone.position.x = jointShift;
    toInsertion
      .copy(TENDON_INSERTION)
      .setX(TENDON_INSERTION.x + jointShift)
      .sub(junction);
    tendon.position.copy(junction);
    tendon.rotation.z = Math.atan2(toInsertion.y, toInsertion.x);
    const thin = 1 - 0.28 * v.strain;
    tendon.scale.set(toInsertion.length(), thin, thin);
    tendonMaterial.color.copy(tendonBase).lerp(tendonStrained, v.strain);
    tendonMaterial.emissive.copy(strainGlow).multiplyScalar(0.22 * v.strain);
    jointGlow.visible = v.jointPressure > 0.01;
    jointGlow.material.opacity = 0.75 * v.jointPressure;

    // Blood: slower and sparser when the muscle squeezes its vessel.
    const squeeze = 0.42 + 0.58 * v.flow;
    vessel.uniforms.uSqueeze.value = squeeze;
    const density = 0.35 + 0.65 * clamp01(v.flow + v.healing);
    for (let j = 0; j < BLOOD; j++) {
      const s = fract(j / BLOOD + flowDistance);
      const keep = fract(j * 0.618) < density ? 1 : 0;
      const inside = s > 0.66 ? squeeze : 1;
      const edge = Math.min(1, (1 - s) / 0.05);
      const scale = Math.max(0.0001, keep * inside * edge);
      vesselTable.at(s, p);
      m4.makeScale(scale * 1.25, scale, scale).setPosition(p);
      blood.setMatrixAt(j, m4);
    }
    blood.instanceMatrix.needsUpdate = true;

    // Nerve signals.
    placePulses(
      motor,
      (j) => 0.05 * clamp01(1.4 + 8.6 * v.sensitivity - j),
      (j) => fract(j / motor.count + fireDistance),
    );
    pain.visible = v.pain > 0.01;
    if (pain.visible)
      placePulses(
        pain,
        () => 0.062 * v.pain,
        (j) => 1 - fract(j / pain.count + time * 0.3),
      );
    current.visible = v.current > 0.01;
    if (current.visible)
      placePulses(
        current,
        () => 0.055 * v.current,
        (j) => 1 - fract(j / current.count + time * 0.42),
      );

    // The needle, the receptor it sets off, and the blood it draws.
    needle.visible = v.needle > 0.01;
    needle.position.copy(NEEDLE_POINT).addScaledVector(NEEDLE_DIRECTION, (1 - v.needle) * 0.95);
    spindle.visible = v.spindle > 0.01;
    spindleMaterial.emissiveIntensity = 0.9 * v.spindle;
    spindle.scale.setScalar(0.6 + 0.4 * v.spindle);
    healGlow.visible = v.healing > 0.01;
    healGlow.material.opacity = 0.7 * v.healing;
    healGlow.scale.setScalar(0.3 * 2.6 * (1 + 0.08 * Math.sin(time * 3)));
  };

  const dispose = () => {
    const geometries = new Set<{ dispose: () => void }>();
    const materials = new Set<{ dispose: () => void }>();
    root.traverse((object: Object3D) => {
      const m = object as Mesh;
      if (m.geometry) geometries.add(m.geometry);
      const material = m.material;
      if (Array.isArray(material)) for (const x of material) materials.add(x);
      else if (material) materials.add(material);
    });
    for (const g of geometries) g.dispose();
    for (const x of materials) x.dispose();
    glowTexture.dispose();
    root.clear();
  };

  return { root, update, dispose };
}

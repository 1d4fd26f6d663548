// The trunk's bones: the rib cage (12 ribs a side with their cartilages, as flat tubes), the
// sternum, the clavicles, the scapulae and the hip bones (the pelvis), placed from the bony
// landmarks and from the torso's own skin (the rib cage follows the chest's shape).
import { castOut } from '../../needling/on-skin.mjs';
import {
  add,
  ellipsoid,
  frame,
  len,
  lerp3,
  norm,
  roundCone,
  scale,
  sphere,
  sub,
  subtract,
  union,
} from '../../sdf.mjs';
import { BONY_LEFT, frontZ, MIDLINE, skin, torsoSkin, vertebra } from '../bony-landmarks.mjs';
import { concat, resample, smooth, tube } from './geometry.mjs';
import { plate } from './shapes.mjs';

/** @typedef {import('../../sdf.mjs').Vec3} Vec3 */
/** @typedef {import('./geometry.mjs').Piece} Piece */

const deg = Math.PI / 180;

/**
 * Per rib (left, 1–12): where its bony part ends (degrees round from the back), how far it drops
 * from its vertebra to that end, its widest half-width, and where its cartilage ends (a point on
 * the sternum's edge for 1–7, on the cartilage above for 8–10, none for the floating 11–12).
 */
const RIBS = [
  { end: 140, drop: 0.045, maxW: 0.058, to: /** @type {Vec3 | null} */ ([0.016, 1.428, 0]) },
  { end: 142, drop: 0.058, maxW: 0.084, to: [0.016, 1.4, 0] },
  { end: 144, drop: 0.068, maxW: 0.1, to: [0.015, 1.37, 0] },
  { end: 146, drop: 0.076, maxW: 0.112, to: [0.014, 1.336, 0] },
  { end: 146, drop: 0.084, maxW: 0.12, to: [0.014, 1.3, 0] },
  { end: 145, drop: 0.09, maxW: 0.125, to: [0.013, 1.264, 0] },
  { end: 143, drop: 0.096, maxW: 0.128, to: [0.013, 1.23, 0] },
  { end: 138, drop: 0.104, maxW: 0.128, to: [0.03, 1.2, 0] },
  { end: 132, drop: 0.108, maxW: 0.126, to: [0.046, 1.178, 0] },
  { end: 124, drop: 0.108, maxW: 0.122, to: [0.062, 1.158, 0] },
  { end: 112, drop: 0.09, maxW: 0.114, to: null },
  { end: 96, drop: 0.066, maxW: 0.098, to: null },
];

/**
 * Depth of the ribs under the torso's skin: more at the back, under the long back muscles and the
 * shoulder blades, which lie on the ribs and must not be pierced by them.
 */
const ribInset = (/** @type {number} */ theta) => 0.014 + 0.03 * ((1 + Math.cos(theta)) / 2) ** 1.2;

/** One left rib (k = 1…12) and its cartilage, as tubes. @returns {Piece[]} */
function rib(/** @type {number} */ k) {
  const spec = RIBS[k - 1];
  const v = vertebra(`T${k}`);
  const head = /** @type {Vec3} */ ([
    v.half[0] + 0.003,
    v.body[1] - v.half[1] * 0.6,
    v.body[2] - v.half[2] * 0.6,
  ]);
  const tubercle = add(v.transverse, [0.004, -0.002, -0.002]);
  const zc = -0.005;
  const t0 = 40 * deg;
  const t1 = spec.end * deg;
  /** @type {Vec3[]} */
  const ring = [];
  for (let th = t0; th <= t1 + 1e-9; th += (t1 - t0) / 14) {
    const s = (th - t0) / (t1 - t0);
    const y = tubercle[1] - spec.drop * s ** 1.25;
    const dir = /** @type {Vec3} */ ([Math.sin(th), 0, -Math.cos(th)]);
    const out = castOut(torsoSkin, [0, y, zc], dir);
    let p = add(out, scale(dir, -ribInset(th)));
    if (p[0] > spec.maxW) p = [spec.maxW, p[1], zc + (p[2] - zc) * 0.97];
    ring.push(p);
  }
  // even out the bumps the torso's muscles leave on the ring
  for (let r = 0; r < 3; r++)
    for (let i = 1; i + 1 < ring.length; i++)
      ring[i] = lerp3(ring[i], lerp3(ring[i - 1], ring[i + 1], 0.5), 0.5);
  const bone = resample(smooth([head, tubercle, ...ring]), 0.007);
  const thick = k === 1 ? 0.0035 : 0.0029;
  const pieces = [tube(bone, { ra: 0.0055, rb: thick, up: [0, 1, 0], sides: 8 })];
  if (spec.to) {
    const end = bone[bone.length - 1];
    const target = /** @type {Vec3} */ ([
      spec.to[0],
      spec.to[1],
      castOut(skin, [spec.to[0], spec.to[1], 0], [0, 0, 1])[2] - 0.013,
    ]);
    const along = norm(sub(end, bone[bone.length - 2]));
    const ctrl = add(end, scale(along, len(sub(target, end)) * 0.45));
    /** @type {Vec3[]} */
    const cart = [];
    for (let i = 0; i <= 6; i++) {
      const t = i / 6;
      cart.push(lerp3(lerp3(end, ctrl, t), lerp3(ctrl, target, t), t));
    }
    pieces.push(tube(cart, { ra: 0.0045, rb: 0.003, up: [0, 1, 0], sides: 8 }));
  }
  return pieces;
}

/** All twelve left ribs as one piece. */
function ribCage() {
  const all = [];
  for (let k = 1; k <= 12; k++) all.push(...rib(k));
  return concat(all);
}

function sternum() {
  const { sternumTop, sternumBottom } = MIDLINE;
  // the manubrium (wide, at the top), the body (narrow, widest low down), then the xiphoid; each
  // slice follows the chest's front, about 1.5 cm under the skin
  /** @type {[number, number][]} y, half-width */
  const slices = [
    [1.434, 0.02],
    [1.422, 0.022],
    [1.41, 0.018],
    [1.398, 0.014],
    [1.375, 0.014],
    [1.35, 0.015],
    [1.325, 0.015],
    [1.3, 0.016],
    [1.275, 0.016],
    [1.25, 0.015],
    [1.232, 0.012],
  ];
  const at = (/** @type {number} */ y) => /** @type {Vec3} */ ([0, y, frontZ(y) - 0.014]);
  const parts = slices.map(([y, w], i) => {
    const above = at(slices[Math.max(0, i - 1)][0] + (i === 0 ? 0.01 : 0));
    const below = at(slices[Math.min(slices.length - 1, i + 1)][0] - (i === slices.length - 1 ? 0.01 : 0));
    return ellipsoid(at(y), [w, 0.017, 0.005], frame([1, 0, 0], sub(above, below)));
  });
  parts.push(roundCone(at(1.222), sternumBottom, 0.005, 0.0035));
  // the notch at the top, between the clavicles
  return subtract(union(parts, 0.012), sphere(add(sternumTop, [0, 0.008, 0]), 0.007), 0.003);
}

/** The left clavicle: an S-curve just under the skin from the sternum to the acromion. */
function clavicle() {
  const L = BONY_LEFT;
  /** @type {Vec3[]} */
  const pts = [L.clavicleMedial];
  for (const x of [0.045, 0.07, 0.095, 0.12, 0.14]) {
    const y = 1.45 + 0.004 * Math.sin(((x - 0.02) / 0.15) * Math.PI);
    const front = castOut(skin, [x, y, -0.02], [0, 0, 1]);
    pts.push([x, y, front[2] - 0.009 - 0.004 * (x > 0.1 ? (x - 0.1) / 0.04 : 0)]);
  }
  pts.push(L.clavicleLateral);
  const path = resample(smooth(pts, 3), 0.006);
  const r = path.map((_, i) => {
    const t = i / (path.length - 1);
    return 0.0052 + 0.0014 * Math.abs(t - 0.5) * 2;
  });
  return tube(path, { ra: r, rb: r.map((x) => x * 0.8), up: [0, 1, 0], sides: 8 });
}

/** The left scapula: blade, borders, spine, acromion, coracoid and the glenoid. */
function scapula() {
  const L = BONY_LEFT;
  const neck = lerp3(L.glenoid, L.scapulaMedialBorder, 0.12);
  const sa = L.scapulaSuperiorAngle;
  const ia = L.scapulaInferiorAngle;
  const mb = L.scapulaMedialBorder;
  const lateralBorder = lerp3(neck, ia, 0.45);
  const spineRoot = add(mb, [0.004, 0, -0.002]);
  const spineTop = add(L.scapulaSpine, [0, 0.004, -0.003]);
  // the acromion's bone, a little under its landmark so that its top stays under the skin
  const acromion = add(L.acromion, [-0.001, -0.0025, 0]);
  const parts = [
    plate(sa, mb, neck, 0.0028),
    plate(mb, ia, neck, 0.0028),
    roundCone(sa, mb, 0.0026, 0.003),
    roundCone(mb, ia, 0.003, 0.004),
    roundCone(ia, lateralBorder, 0.004, 0.0045),
    roundCone(lateralBorder, neck, 0.0045, 0.006),
    roundCone(sa, lerp3(sa, neck, 0.6), 0.0024, 0.0022),
    // the spine: a ridge from the medial border out to the acromion
    roundCone(spineRoot, spineTop, 0.0028, 0.004),
    roundCone(spineTop, acromion, 0.004, 0.005),
    ellipsoid(acromion, [0.012, 0.0045, 0.013], frame([0.3, 0, 1], [0, 1, 0])),
    // coracoid: hooks forward under the clavicle
    roundCone(lerp3(neck, sa, 0.2), L.coracoid, 0.004, 0.0035),
    // the glenoid's shallow cup
    ellipsoid(L.glenoid, [0.0045, 0.014, 0.01]),
  ];
  return union(parts, 0.004);
}

/** The left hip bone: ilium (wing and crest), ischium, pubis and the socket of the hip. */
function hipBone() {
  const L = BONY_LEFT;
  const s1 = vertebra('S1');
  const s3 = vertebra('S3');
  const a = L.acetabulum;
  const aboveA = add(a, [-0.01, 0.016, -0.01]);
  const crestTop = L.iliacCrest;
  const crestFront = lerp3(L.asis, crestTop, 0.5);
  const crestBack = L.iliacCrestBack;
  // where the ilium meets the sacrum (the sacroiliac joint)
  const sacroiliac = /** @type {Vec3} */ ([
    s1.half[0] + 0.018,
    (s1.body[1] + s3.body[1]) / 2,
    lerp3(s1.body, s1.tip, 0.55)[2],
  ]);
  const psis = L.psis;
  const pubis = add(MIDLINE.pubicSymphysis, [0.009, 0, -0.004]);
  const pubisLow = add(pubis, [0.004, -0.018, -0.008]);
  const crest = smooth([L.asis, add(crestFront, [0.004, 0.006, 0]), crestTop, crestBack, psis], 2);
  const parts = [
    plate(aboveA, L.asis, crestTop, 0.003),
    plate(aboveA, crestTop, crestBack, 0.003),
    plate(aboveA, crestBack, sacroiliac, 0.0032),
    plate(crestBack, psis, sacroiliac, 0.0032),
    roundCone(aboveA, sacroiliac, 0.006, 0.006),
    roundCone(a, aboveA, 0.012, 0.008),
    roundCone(aboveA, L.asis, 0.006, 0.004),
    // ischium down to the sitting bone, and the rami round the obturator opening to the pubis
    roundCone(a, L.ischialTuberosity, 0.01, 0.0085),
    roundCone(L.ischialTuberosity, pubisLow, 0.0055, 0.0045),
    roundCone(a, pubis, 0.0075, 0.0055),
    ellipsoid(lerp3(pubis, pubisLow, 0.5), [0.006, 0.016, 0.007]),
    // the socket round the femoral head, open to the side
    subtract(sphere(add(a, [-0.004, 0.002, 0]), 0.029), sphere(add(a, [0.012, -0.002, 0.002]), 0.027), 0.003),
  ];
  for (let i = 0; i + 1 < crest.length; i++) parts.push(roundCone(crest[i], crest[i + 1], 0.0045, 0.0045));
  return union(parts, 0.006);
}

/** @returns {({ id: string, paired?: boolean } & ({ node: import('../../sdf.mjs').SdfNode, h: number, triangles: number } | { piece: Piece }))[]} */
export function trunkParts() {
  return [
    { id: 'rib-cage', piece: ribCage(), paired: true },
    { id: 'sternum', node: sternum(), h: 0.0022, triangles: 900 },
    { id: 'clavicle', piece: clavicle(), paired: true },
    { id: 'scapula', node: scapula(), h: 0.0017, triangles: 1800, paired: true },
    { id: 'pelvis', node: hipBone(), h: 0.0024, triangles: 3200, paired: true },
  ];
}

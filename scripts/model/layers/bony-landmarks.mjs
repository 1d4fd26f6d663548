// Named bony landmarks of OUR figure (not of a textbook body), in metres, in the skin's frame
// (../landmarks.mjs: feet on y = 0, facing +z, person's left = +x). The skeleton, the muscles
// (origin → insertion) and the nerves are all placed from these, so they agree with each other
// and with the skin. Points near the surface are found from the skin itself: a ray from inside
// the body to the skin, then back in by the depth of the soft tissue over that bone, so every
// landmark lies inside the body whatever the skin's shape.
// Only the left side is written out; `bonySide(-1)` is its mirror (x negated explicitly).
import { buildSkin, footFrame, handFrame, TOES } from '../anatomy.mjs';
import { LEFT, side } from '../landmarks.mjs';
import { SPINE_Y } from '../needling/body-frame.mjs';
import { castOut } from '../needling/on-skin.mjs';
import { add, dot, len, norm, scale, sub } from '../sdf.mjs';

/** @typedef {import('../sdf.mjs').Vec3} Vec3 */

const figure = buildSkin();
/** The skin's distance field (negative inside), and the torso's alone (without the arms). */
export const skin = figure.sdf.dist;
export const torsoSkin = figure.groups.torso.dist;

/** A point `depth` metres under the skin, on the ray from `from` (inside) along `dir`. */
export function under(/** @type {Vec3} */ from, /** @type {Vec3} */ dir, /** @type {number} */ depth) {
  const u = norm(dir);
  return add(castOut(skin, from, u), scale(u, -depth));
}

/** z of the back's skin on the midline at height y. */
export const backZ = (/** @type {number} */ y) => castOut(skin, [0, y, -0.01], [0, 0, -1])[2];
/** z of the front's skin on the midline at height y. */
export const frontZ = (/** @type {number} */ y) => castOut(skin, [0, y, -0.01], [0, 0, 1])[2];

/** The vertebral levels, top to bottom, with the sacral levels after L5. */
export const SPINE_LEVELS = Object.freeze(
  /** @type {const} */ ([
    ...['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7'],
    ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
    ...['L1', 'L2', 'L3', 'L4', 'L5'],
    ...['S1', 'S2', 'S3', 'S4', 'S5'],
  ]),
);

/**
 * One vertebral level. `body`: centre of the vertebral body; `tip`: the spinous process's tip
 * (C1: its posterior tubercle; sacrum: the median crest), about 1–1.5 cm under the back's skin;
 * `transverse`: the LEFT transverse process's tip (mirror x for the right); `canal`: the centre of
 * the spinal canal; `foramen`: the LEFT exit of this level's nerve root, below the pedicle;
 * `half`: half-sizes of the body (width, height, depth).
 * @typedef {{ level: string, body: Vec3, tip: Vec3, transverse: Vec3, canal: Vec3, foramen: Vec3,
 *   half: Vec3 }} Vertebra
 */

/** Height of the spinous tip per level (SPINE_Y, with the sacral levels filled in). */
function tipHeight(/** @type {string} */ level) {
  const sacral = { S1: 0.972, S2: 0.95, S3: 0.925, S4: 0.9, S5: 0.876 };
  return /** @type {Record<string, number>} */ (sacral)[level] ?? SPINE_Y[level];
}

/** Smooth interpolation of a value given at some level indices. */
function byLevel(/** @type {[number, number][]} */ keys, /** @type {number} */ i) {
  if (i <= keys[0][0]) return keys[0][1];
  for (let k = 0; k + 1 < keys.length; k++) {
    const [i0, v0] = keys[k];
    const [i1, v1] = keys[k + 1];
    if (i <= i1) {
      const t = (i - i0) / (i1 - i0);
      return v0 + (v1 - v0) * t * t * (3 - 2 * t);
    }
  }
  return keys[keys.length - 1][1];
}

// level index: C1 = 0 … C7 = 6, T1 = 7 … T12 = 18, L1 = 19 … L5 = 23, S1 = 24 … S5 = 28
/** How far the body's centre lies in front of the back's skin. */
const BODY_DEPTH = [
  [0, 0.047],
  [6, 0.052],
  [9, 0.06],
  [18, 0.066],
  [21, 0.072],
  [23, 0.074],
  [24, 0.07],
  [28, 0.03],
];
/** How far the body's centre lies above the spinous tip (thoracic spines slope down). */
const BODY_RISE = [
  [0, 0.004],
  [6, 0.006],
  [8, 0.016],
  [16, 0.022],
  [19, 0.01],
  [23, 0.006],
  [24, 0.01],
  [28, 0.004],
];
/** Depth of the spinous tip under the skin. */
const TIP_DEPTH = [
  [0, 0.026],
  [1, 0.016],
  [5, 0.015],
  [6, 0.011],
  [18, 0.012],
  [23, 0.014],
  [24, 0.014],
  [28, 0.012],
];
/** Half-width, half-height and half-depth of the vertebral body. */
const BODY_W = [
  [0, 0.012],
  [6, 0.013],
  [7, 0.014],
  [18, 0.019],
  [23, 0.024],
  [24, 0.03],
  [28, 0.012],
];
const BODY_H = [
  [0, 0.005],
  [2, 0.0062],
  [6, 0.0065],
  [7, 0.009],
  [18, 0.011],
  [19, 0.0115],
  [23, 0.012],
  [24, 0.011],
  [28, 0.0085],
];
const BODY_D = [
  [0, 0.008],
  [6, 0.0085],
  [7, 0.009],
  [18, 0.014],
  [23, 0.017],
  [24, 0.016],
  [28, 0.007],
];
/** Reach of the transverse processes from the midline. */
const TRANSVERSE_X = [
  [0, 0.036],
  [1, 0.026],
  [6, 0.028],
  [7, 0.034],
  [18, 0.024],
  [21, 0.038],
  [23, 0.036],
  [24, 0.046],
  [28, 0.016],
];

/** @type {readonly Vertebra[]} */
export const VERTEBRAE = Object.freeze(
  SPINE_LEVELS.map((level, i) => {
    const ty = tipHeight(level);
    const zb = backZ(ty);
    const tip = /** @type {Vec3} */ ([0, ty, zb + byLevel(TIP_DEPTH, i)]);
    const by = ty + byLevel(BODY_RISE, i);
    const body = /** @type {Vec3} */ ([0, by, backZ(by) + byLevel(BODY_DEPTH, i)]);
    const half = /** @type {Vec3} */ ([byLevel(BODY_W, i), byLevel(BODY_H, i), byLevel(BODY_D, i)]);
    // the canal lies just behind the body; a little wider in the neck and the lumbar spine
    const canalR = i < 7 ? 0.0075 : i < 19 ? 0.0068 : 0.0085;
    const canal = /** @type {Vec3} */ ([0, by, body[2] - half[2] - canalR - 0.001]);
    // thoracic transverse processes point back (they carry the ribs); lumbar ones straight out
    const tBack = i < 7 ? 0.004 : i < 19 ? 0.024 : i < 24 ? 0.012 : 0.02;
    const transverse = /** @type {Vec3} */ ([byLevel(TRANSVERSE_X, i), by, body[2] - half[2] - tBack]);
    // the root leaves below its pedicle, beside the canal (sacral: through the sacral openings)
    const foramen = /** @type {Vec3} */ (
      i < 24
        ? [half[0] * 0.7 + 0.006, by - half[1] - 0.002, canal[2] + 0.002]
        : [0.012 + half[0] * 0.3, by, body[2] - half[2] * 0.5]
    );
    return { level, body, tip, transverse, canal, foramen, half };
  }),
);

/** The vertebra of a level ('C5', 'S2', …). @param {string} level */
export function vertebra(level) {
  const v = VERTEBRAE.find((x) => x.level === level);
  if (!v) throw new Error(`no vertebra ${level}`);
  return v;
}

/** The tip of the coccyx. */
export const COCCYX_TIP = /** @type {Vec3} */ ([0, 0.846, backZ(0.846) + 0.03]);

/** Midline landmarks of the head and chest. */
export const MIDLINE = Object.freeze({
  /** the bump at the back of the skull, where the trapezius starts */
  externalOccipitalProtuberance: under([0, 1.632, -0.02], [0, 0, -1], 0.007),
  /** the skull's base above C1 (the occipital condyles meet C1 here) */
  foramenMagnum: /** @type {Vec3} */ ([0, 1.612, -0.03]),
  /** the vertex, under the scalp */
  vertex: under([0, 1.66, -0.01], [0, 1, 0], 0.007),
  /** the bony chin */
  chin: under([0, 1.535, 0.04], [0, -0.4, 1], 0.006),
  sternumTop: /** @type {Vec3} */ ([0, 1.44, frontZ(1.44) - 0.012]),
  sternumBottom: /** @type {Vec3} */ ([0, 1.2, frontZ(1.2) - 0.016]),
  /** the joint between the manubrium and the body of the sternum (the second rib's level) */
  sternalAngle: /** @type {Vec3} */ ([0, 1.4, frontZ(1.4) - 0.012]),
  pubicSymphysis: /** @type {Vec3} */ ([0, 0.862, frontZ(0.862) - 0.022]),
});

/**
 * The bony landmarks of one side (sx = +1 left, -1 right). Every point is written for the left
 * and mirrored by negating x.
 * @param {1 | -1} sx
 */
export function bonySide(sx) {
  const s = side(sx);
  const L = LEFT;
  /** @param {Vec3} p @returns {Vec3} */
  const m = (p) => [p[0] * sx, p[1], p[2]];
  const B = /** @type {Vec3} */ ([0, 0, -1]);
  // the arm's own axes (left side), away from the midline across the elbow's hinge
  const up = L.upperDir;
  const elbowAxis = norm(sub([1, 0, 0], scale(up, dot([1, 0, 0], up))));
  const fore = L.foreDir;
  const hand = handFrame(L);
  const foot = footFrame(L);
  const humeralHead = L.shoulder;
  const left = {
    // head
    mastoid: /** @type {Vec3} */ ([0.05, 1.598, -0.034]),
    zygomaticArch: /** @type {Vec3} */ ([0.062, 1.617, 0.016]),
    /** front end of the zygomatic arch (the cheekbone) */
    zygoma: /** @type {Vec3} */ ([0.047, 1.619, 0.04]),
    mandibleCondyle: /** @type {Vec3} */ ([0.054, 1.608, -0.012]),
    mandibleCoronoid: /** @type {Vec3} */ ([0.05, 1.607, 0.012]),
    mandibleAngle: /** @type {Vec3} */ ([0.042, 1.559, -0.003]),
    /** the temporal fossa, where the temporalis starts */
    temporalFossa: under([0.03, 1.66, 0.0], [1, 0.2, 0.1], 0.008),
    /** where the upper neck muscles attach under the occiput (the superior nuchal line, lateral) */
    nuchalLine: under([0.035, 1.632, -0.02], [0.3, 0, -1], 0.008),
    // shoulder girdle
    clavicleMedial: /** @type {Vec3} */ ([0.022, 1.444, frontZ(1.444) - 0.01]),
    clavicleLateral: /** @type {Vec3} */ ([0.168, 1.447, -0.004]),
    acromion: under([0.172, 1.42, -0.014], [0.35, 1, 0], 0.007),
    coracoid: /** @type {Vec3} */ ([0.14, 1.415, 0.016]),
    scapulaSuperiorAngle: under([0.072, 1.452, -0.03], B, 0.026),
    scapulaInferiorAngle: under([0.088, 1.29, -0.03], B, 0.02),
    /** the medial border where the spine of the scapula meets it */
    scapulaMedialBorder: under([0.058, 1.408, -0.03], B, 0.02),
    /** the spine of the scapula, halfway out to the acromion */
    scapulaSpine: under([0.115, 1.425, -0.03], B, 0.013),
    /** the hollow above the spine (supraspinous fossa) and the broad one below it */
    supraspinousFossa: under([0.1, 1.44, -0.03], B, 0.024),
    infraspinousFossa: under([0.1, 1.36, -0.03], B, 0.022),
    glenoid: add(humeralHead, scale(elbowAxis, -0.024)),
    // arm
    humeralHead,
    greaterTubercle: add(humeralHead, add(scale(elbowAxis, 0.02), [0, -0.008, 0.006])),
    deltoidTuberosity: add(add(humeralHead, scale(up, 0.13)), scale(elbowAxis, 0.007)),
    lateralEpicondyle: add(L.elbow, scale(elbowAxis, 0.027)),
    medialEpicondyle: add(L.elbow, scale(elbowAxis, -0.031)),
    olecranon: add(L.elbow, [0, 0.012, -0.02]),
    radialHead: add(add(L.elbow, scale(elbowAxis, 0.017)), scale(fore, 0.012)),
    radialStyloid: add(add(L.wrist, scale(hand.across, 0.017)), scale(hand.d, -0.004)),
    ulnarStyloid: add(
      add(L.wrist, scale(hand.across, -0.016)),
      add(scale(hand.d, -0.01), scale(hand.pn, -0.004)),
    ),
    /** the middle of the wrist's carpal bones */
    carpus: hand.at(0.014, 0.002, -0.002),
    // pelvis
    iliacCrest: /** @type {Vec3} */ ([0.128, 1.0, -0.012]),
    /** the back end of the crest, above the PSIS (where quadratus lumborum and erector attach) */
    iliacCrestBack: /** @type {Vec3} */ ([0.07, 0.99, backZ(0.99) + 0.028]),
    asis: under([0.1, 0.95, 0], [0.3, 0, 1], 0.014),
    psis: under([0.036, 0.955, -0.03], B, 0.016),
    ischialTuberosity: /** @type {Vec3} */ ([0.056, 0.835, -0.045]),
    acetabulum: /** @type {Vec3} */ ([0.09, 0.915, 0.0]),
    // leg
    femoralHead: L.hip,
    greaterTrochanter: under([0.12, 0.895, -0.005], [1, 0, 0], 0.02),
    lesserTrochanter: /** @type {Vec3} */ ([0.098, 0.855, -0.012]),
    lateralFemoralCondyle: add(L.knee, [0.023, 0.018, -0.006]),
    medialFemoralCondyle: add(L.knee, [-0.022, 0.018, -0.006]),
    /** the joint line between femur and tibia */
    kneeJoint: add(L.knee, [0, 0.0, -0.004]),
    patella: add(L.knee, [0, 0.026, 0.03]),
    tibialTuberosity: add(L.knee, [0.001, -0.045, 0.027]),
    fibularHead: add(L.knee, [0.033, -0.028, -0.014]),
    /** the fibula's neck, just below the head, where the common fibular nerve winds round */
    fibularNeck: add(L.knee, [0.034, -0.045, -0.01]),
    medialMalleolus: add(L.ankle, [-0.019, 0.002, 0.002]),
    lateralMalleolus: add(L.ankle, [0.021, -0.01, -0.008]),
    calcaneus: foot.at(0.005, 0.0, 0.03),
    metatarsalHeads: TOES.map(([la, st]) => foot.at(st - 0.012, la * 0.92, 0.018)),
  };
  // mirror every point of the left side
  /** @type {Record<string, Vec3 | Vec3[]>} */
  const out = {};
  for (const [k, v] of Object.entries(left)) {
    out[k] = Array.isArray(v[0]) ? /** @type {Vec3[]} */ (v).map(m) : m(/** @type {Vec3} */ (v));
  }
  return /** @type {typeof left & { sx: 1 | -1, s: typeof s }} */ ({ ...out, sx, s });
}

/** @typedef {ReturnType<typeof bonySide>} BonySide */

export const BONY_LEFT = bonySide(1);
export const BONY_RIGHT = bonySide(-1);

// ---- an approximate distance to the bones, for tests (muscles outside, nerves beside) ----

/** @typedef {{ a: Vec3, b: Vec3, r: number }} Capsule */

/** Capsules that roughly fill the bones (slightly thinner than the meshed bones). */
function capsules() {
  /** @type {Capsule[]} */
  const c = [];
  const cap = (/** @type {Vec3} */ a, /** @type {Vec3} */ b, /** @type {number} */ r) => c.push({ a, b, r });
  for (const v of VERTEBRAE) {
    const r = Math.min(v.half[0], v.half[2]);
    cap(add(v.body, [0, v.half[1] * 0.5, 0]), add(v.body, [0, -v.half[1] * 0.5, 0]), r * 0.9);
    if (v.level !== 'C1') cap(v.canal, v.tip, 0.003);
    cap(v.transverse, [-v.transverse[0], v.transverse[1], v.transverse[2]], 0.003);
  }
  // skull (a fat capsule along the head) and face
  cap([0, 1.65, -0.03], [0, 1.672, 0.01], 0.066);
  cap([0, 1.6, 0.03], [0, 1.625, 0.045], 0.028);
  for (const S of [BONY_LEFT, BONY_RIGHT]) {
    const s = S.s;
    cap(S.mandibleAngle, [S.sx * 0.012, 1.531, 0.062], 0.005);
    cap(S.mandibleAngle, S.mandibleCondyle, 0.005);
    cap(S.clavicleMedial, S.clavicleLateral, 0.005);
    cap(S.scapulaMedialBorder, S.acromion, 0.005);
    cap(S.scapulaSuperiorAngle, S.scapulaInferiorAngle, 0.004);
    cap(S.glenoid, S.scapulaInferiorAngle, 0.004);
    cap(S.humeralHead, S.humeralHead, 0.02);
    cap(S.humeralHead, s.elbow, 0.008);
    cap(S.lateralEpicondyle, S.medialEpicondyle, 0.008);
    cap(S.radialHead, S.radialStyloid, 0.006);
    cap(S.olecranon, S.ulnarStyloid, 0.006);
    cap(S.psis, S.iliacCrest, 0.007);
    cap(S.iliacCrest, S.asis, 0.007);
    cap(S.acetabulum, S.ischialTuberosity, 0.008);
    cap(S.acetabulum, MIDLINE.pubicSymphysis, 0.006);
    cap(S.femoralHead, S.femoralHead, 0.021);
    cap(S.femoralHead, S.greaterTrochanter, 0.01);
    cap(S.greaterTrochanter, S.kneeJoint, 0.011);
    cap(S.lateralFemoralCondyle, S.medialFemoralCondyle, 0.016);
    cap(add(S.kneeJoint, [0, -0.012, 0]), s.ankle, 0.011);
    cap(S.fibularHead, S.lateralMalleolus, 0.005);
    cap(S.patella, S.patella, 0.01);
  }
  // rib cage, very roughly: one ring per rib pair is left to the real mesh; here the sternum
  cap(MIDLINE.sternumTop, MIDLINE.sternumBottom, 0.006);
  return c;
}

const CAPSULES = capsules();

/** Distance from p to the segment a–b. @param {Vec3} p @param {Vec3} a @param {Vec3} b */
function segDist(p, a, b) {
  const ab = sub(b, a);
  const l2 = dot(ab, ab);
  const t = l2 > 0 ? Math.min(1, Math.max(0, dot(sub(p, a), ab) / l2)) : 0;
  return len(sub(p, add(a, scale(ab, t))));
}

/**
 * Approximate signed distance from p to the nearest bone, in metres (negative inside). Capsules
 * slightly thinner than the meshed bones: "inside" here is surely inside bone. Ribs, hands and
 * feet are not included.
 * @param {Vec3} p
 */
export function boneDistance(p) {
  let d = Infinity;
  for (const c of CAPSULES) d = Math.min(d, segDist(p, c.a, c.b) - c.r);
  return d;
}

/** Whether p lies inside a bone (by boneDistance). @param {Vec3} p */
export function insideBone(p) {
  return boneDistance(p) < 0;
}

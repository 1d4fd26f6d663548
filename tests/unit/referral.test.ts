// The referred-pain zones on the skin (public/models/referral.json): the committed file is what the
// generator makes from the committed skin; every muscle with referral text has a zone, and no zone
// is without text; each zone lies where its text says, on both sides, mirrored.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { LEFT, RIGHT } from '../../scripts/model/landmarks.mjs';
import { BODY_GLB, buildReferral, referralJson } from '../../scripts/model/layers/build-referral.mjs';
import { type SkinFrame, skinFrame } from '../../scripts/model/layers/referral/landmarks.mjs';
import { readSkin, type Skin } from '../../scripts/model/layers/referral/skin.mjs';
import type { SkinPoint } from '../../scripts/model/layers/referral/surface.mjs';
import { REFERRAL_MUSCLE_IDS } from '../../src/content/anatomy';
import { REGION_IDS } from '../../src/content/regionIds';
import { MAIN_ZONE_MIN, REFERRAL_FILE } from '../../src/scene/layers/layerFormat.mjs';

const FILE = fileURLToPath(new URL(`../../public/models/${REFERRAL_FILE}`, import.meta.url));

interface Zone {
  idx: number[];
  val: number[];
}
interface ReferralFile {
  version: number;
  skinVertices: number;
  muscles: Record<string, Zone>;
}

let text: string;
let file: ReferralFile;
let skin: Skin;
let frames: { left: SkinFrame; right: SkinFrame };
/** A stored vertex of each welded skin vertex (all of them carry the same strength). */
let storedOf: Uint32Array;
/** Each muscle's strength per stored skin vertex (0 outside its zones). */
const strength = new Map<string, Uint8Array>();

beforeAll(async () => {
  text = readFileSync(FILE, 'utf8');
  file = JSON.parse(text) as ReferralFile;
  skin = await readSkin(BODY_GLB);
  frames = { left: skinFrame(skin, LEFT), right: skinFrame(skin, RIGHT) };
  storedOf = new Uint32Array(skin.welded);
  for (let i = skin.count - 1; i >= 0; i--) storedOf[skin.weld[i] ?? 0] = i;
  for (const [id, z] of Object.entries(file.muscles)) {
    const v = new Uint8Array(file.skinVertices);
    let i = 0;
    z.idx.forEach((d, k) => {
      i += d;
      v[i] = z.val[k] ?? 0;
    });
    strength.set(id, v);
  }
}, 60_000);

/**
 * The strongest value of a muscle's zone at a skin point, as the skin shows it there (blended across
 * its triangle from the corners), or at any vertex within `r` metres of it.
 */
function near(id: string, point: SkinPoint, r = 0.015): number {
  const v = strength.get(id);
  if (!v) throw new Error(`no zone for ${id}`);
  const { p, corners } = point;
  const corner = (k: number) => skin.wPos.subarray((corners[k] ?? 0) * 3, (corners[k] ?? 0) * 3 + 3);
  // barycentric weights of p in its triangle, from the areas of the three sub-triangles
  const area = (a: ArrayLike<number>, b: ArrayLike<number>, c: ArrayLike<number>) => {
    const u = [0, 1, 2].map((k) => (b[k] ?? 0) - (a[k] ?? 0));
    const w = [0, 1, 2].map((k) => (c[k] ?? 0) - (a[k] ?? 0));
    const [ux = 0, uy = 0, uz = 0] = u;
    const [wx = 0, wy = 0, wz = 0] = w;
    return Math.hypot(uy * wz - uz * wy, uz * wx - ux * wz, ux * wy - uy * wx);
  };
  const weights = [
    area(p, corner(1), corner(2)),
    area(p, corner(2), corner(0)),
    area(p, corner(0), corner(1)),
  ];
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  let best = weights.reduce((sum, w, k) => sum + (w / total) * (v[storedOf[corners[k] ?? 0] ?? 0] ?? 0), 0);
  for (let i = 0; i < skin.count; i++) {
    const q = skin.positions.subarray(i * 3, i * 3 + 3);
    if (Math.hypot((q[0] ?? 0) - p[0], (q[1] ?? 0) - p[1], (q[2] ?? 0) - p[2]) <= r)
      best = Math.max(best, v[i] ?? 0);
  }
  return best;
}

/** The strongest value of a muscle's zone on the skin of some regions. */
function inRegions(id: string, regionPrefixes: string[]): number {
  const v = strength.get(id);
  if (!v) throw new Error(`no zone for ${id}`);
  let best = 0;
  for (let i = 0; i < skin.count; i++) {
    const region = REGION_IDS[skin.region[i] ?? 0] ?? '';
    if (regionPrefixes.some((p) => region.startsWith(p))) best = Math.max(best, v[i] ?? 0);
  }
  return best;
}

const sides = ['left', 'right'] as const;

/** Each side's glow: skin area times strength, and its centre. */
function sideSummary(v: Uint8Array) {
  const sides = [0, 1].map(() => ({ weight: 0, centre: [0, 0, 0] as [number, number, number] }));
  const P = skin.positions;
  for (let t = 0; t < skin.indices.length; t += 3) {
    const [a = 0, b = 0, c = 0] = [skin.indices[t], skin.indices[t + 1], skin.indices[t + 2]];
    const mean = ((v[a] ?? 0) + (v[b] ?? 0) + (v[c] ?? 0)) / 3;
    if (mean === 0) continue;
    const u = [0, 1, 2].map((k) => (P[b * 3 + k] ?? 0) - (P[a * 3 + k] ?? 0));
    const w = [0, 1, 2].map((k) => (P[c * 3 + k] ?? 0) - (P[a * 3 + k] ?? 0));
    const [ux = 0, uy = 0, uz = 0] = u;
    const [wx = 0, wy = 0, wz = 0] = w;
    const weight = 0.5 * Math.hypot(uy * wz - uz * wy, uz * wx - ux * wz, ux * wy - uy * wx) * mean;
    const side = sides[(P[a * 3] ?? 0) > 0 ? 0 : 1];
    if (!side) continue;
    side.weight += weight;
    for (const k of [0, 1, 2] as const)
      side.centre[k] += (weight * ((P[a * 3 + k] ?? 0) + (P[b * 3 + k] ?? 0) + (P[c * 3 + k] ?? 0))) / 3;
  }
  for (const side of sides) for (const k of [0, 1, 2] as const) side.centre[k] /= side.weight || 1;
  return sides as [(typeof sides)[0], (typeof sides)[0]];
}

/** How much main zone each side has: skin area (m²) times the share of the main zone's strength, left and right. */
function mainArea(v: Uint8Array): [number, number] {
  const out: [number, number] = [0, 0];
  const P = skin.positions;
  const inMain = (i: number) => Math.max(0, Math.min(1, ((v[i] ?? 0) - MAIN_ZONE_MIN + 20) / 40));
  for (let t = 0; t < skin.indices.length; t += 3) {
    const [a = 0, b = 0, c = 0] = [skin.indices[t], skin.indices[t + 1], skin.indices[t + 2]];
    const share = (inMain(a) + inMain(b) + inMain(c)) / 3;
    if (share === 0) continue;
    const u = [0, 1, 2].map((k) => (P[b * 3 + k] ?? 0) - (P[a * 3 + k] ?? 0));
    const w = [0, 1, 2].map((k) => (P[c * 3 + k] ?? 0) - (P[a * 3 + k] ?? 0));
    const [ux = 0, uy = 0, uz = 0] = u;
    const [wx = 0, wy = 0, wz = 0] = w;
    const area = 0.5 * Math.hypot(uy * wz - uz * wy, uz * wx - ux * wz, ux * wy - uy * wx);
    out[(P[a * 3] ?? 0) > 0 ? 0 : 1] += share * area;
  }
  return out;
}

describe('referral.json', () => {
  it('is what the generator makes from the committed skin', async () => {
    expect(referralJson(await buildReferral())).toBe(text);
  }, 120_000);

  it('fits its budget and names the skin it was made for', () => {
    expect(statSync(FILE).size).toBeLessThanOrEqual(150_000);
    expect(file.version).toBe(1);
    expect(file.skinVertices).toBe(skin.count);
  });

  it('has a zone for every muscle with referral text, and none without', () => {
    expect(Object.keys(file.muscles).sort()).toEqual([...REFERRAL_MUSCLE_IDS].sort());
  });

  it('stores ascending vertex indices with strengths 1–255, a main zone with a heart, and a fainter spill-over', () => {
    for (const [id, z] of Object.entries(file.muscles)) {
      expect(z.idx.length, id).toBe(z.val.length);
      z.idx.forEach((d, k) => {
        if (k > 0) expect(d, id).toBeGreaterThan(0);
      });
      let last = 0;
      for (const d of z.idx) last += d;
      expect(last, id).toBeLessThan(file.skinVertices);
      for (const v of z.val) expect(Number.isInteger(v) && v >= 1 && v <= 255, `${id}: ${v}`).toBe(true);
      expect(Math.max(...z.val), id).toBe(255);
      // a handful where the skin's triangles are large (the flat of the hip), hundreds on the face
      expect(z.val.filter((v) => v >= MAIN_ZONE_MIN).length, id).toBeGreaterThanOrEqual(4);
      expect(z.val.filter((v) => v < MAIN_ZONE_MIN).length, id).toBeGreaterThanOrEqual(4);
    }
  });

  it('falls off smoothly: along no skin edge does the strength change faster than the main zone’s floor in 3 mm', () => {
    const steepest = MAIN_ZONE_MIN / 0.003; // per metre
    const SMALL_STEP = 24;
    for (const [id, v] of strength) {
      let steep = 0;
      for (let w = 0; w < skin.welded; w++) {
        const a = v[storedOf[w] ?? 0] ?? 0;
        for (let j = skin.adjStart[w] ?? 0; j < (skin.adjStart[w + 1] ?? 0); j++) {
          const b = v[storedOf[skin.adj[j] ?? 0] ?? 0] ?? 0;
          // a step of a few levels between vertices a fraction of a millimetre apart does not show
          if (Math.abs(a - b) > Math.max(SMALL_STEP, steepest * (skin.adjLen[j] ?? 0))) steep++;
        }
      }
      expect(steep, id).toBe(0);
    }
  });

  it('is the same on both sides (mirror symmetry): as much glow, in the same place', () => {
    // Compared side by side rather than vertex by vertex: the skin's triangles are not laid out the
    // same on the left and the right, so mirror images of vertices are a few millimetres apart.
    for (const [id, v] of strength) {
      const [left, right] = sideSummary(v);
      expect(left.weight, id).toBeGreaterThan(0);
      expect(Math.abs(left.weight - right.weight) / Math.max(left.weight, right.weight), id).toBeLessThan(
        0.1,
      );
      const gap = Math.hypot(
        left.centre[0] + right.centre[0],
        left.centre[1] - right.centre[1],
        left.centre[2] - right.centre[2],
      );
      expect(gap, id).toBeLessThan(0.015); // zones that reach the midline split there by triangle
      const [mainLeft, mainRight] = mainArea(v);
      expect(Math.abs(mainLeft - mainRight) / Math.max(mainLeft, mainRight), id).toBeLessThan(0.2);
    }
  });
});

describe('each zone lies where its text says', () => {
  const MAIN = MAIN_ZONE_MIN;
  /** Main zone at a landmark (both sides). */
  const mainAt = (id: string, point: (f: SkinFrame) => SkinPoint, r = 0.015) => {
    for (const s of sides) expect(near(id, point(frames[s]), r), `${id} (${s})`).toBeGreaterThanOrEqual(MAIN);
  };
  /** Some glow, main or spill-over, at a landmark (both sides). */
  const spillAt = (id: string, point: (f: SkinFrame) => SkinPoint, r = 0.015) => {
    for (const s of sides) expect(near(id, point(frames[s]), r), `${id} (${s})`).toBeGreaterThan(40);
  };
  const LEGS = ['thigh', 'knee', 'shin', 'calf', 'heel', 'foot', 'sole'];
  const ARMS = ['upper-arm', 'elbow', 'forearm', 'wrist', 'hand'];
  const HEAD_NECK = ['head', 'jaw', 'neck'];

  it('upper trapezius: the side of the neck, behind the ear, the temple; spill behind the eye and at the jaw angle', () => {
    mainAt('upper-trapezius', (f) => f.temple());
    mainAt('upper-trapezius', (f) => f.neckSide(1.55));
    mainAt('upper-trapezius', (f) => f.behindEar());
    spillAt('upper-trapezius', (f) => f.eyeOuter());
    spillAt('upper-trapezius', (f) => f.jawAngle());
    expect(inRegions('upper-trapezius', [...LEGS, ...ARMS, 'lower-back', 'abdomen'])).toBe(0);
  });

  it('levator scapulae: where the neck meets the shoulder; spill along the shoulder blade', () => {
    mainAt('levator-scapulae', (f) => f.neckShoulder());
    spillAt('levator-scapulae', (f) => f.back(0.062, 1.38), 0.02);
    expect(inRegions('levator-scapulae', [...LEGS, ...ARMS, 'head'])).toBe(0);
  });

  it('sternocleidomastoid: cheek, over the eye, back and top of the head, forehead; spill at the throat', () => {
    for (const at of [
      (f: SkinFrame) => f.cheek(),
      (f: SkinFrame) => f.overEye(),
      (f: SkinFrame) => f.topOfHead(),
    ])
      mainAt('sternocleidomastoid', at);
    mainAt('sternocleidomastoid', (f) => f.forehead());
    spillAt('sternocleidomastoid', (f) => f.throat());
  });

  it('suboccipitals, temporalis, masseter, lateral pterygoid, splenius: on the head', () => {
    mainAt('suboccipitals', (f) => f.backOfHead());
    mainAt('suboccipitals', (f) => f.eyeOuter());
    mainAt('temporalis', (f) => f.temple());
    mainAt('temporalis', (f) => f.eyebrow());
    spillAt('temporalis', (f) => f.upperTeeth());
    mainAt('masseter', (f) => f.upperTeeth());
    mainAt('masseter', (f) => f.lowerJaw());
    spillAt('masseter', (f) => f.jawJoint());
    mainAt('lateral-pterygoid', (f) => f.jawJoint());
    mainAt('splenius-capitis', (f) => f.topOfHead());
    for (const id of ['suboccipitals', 'temporalis', 'masseter', 'lateral-pterygoid', 'splenius-capitis'])
      expect(inRegions(id, [...LEGS, ...ARMS, 'chest', 'abdomen', 'mid-back', 'lower-back']), id).toBe(0);
  });

  it('infraspinatus: deep in the front of the shoulder; spill down the thumb side of the arm', () => {
    mainAt('infraspinatus', (f) => f.frontOfShoulder());
    spillAt('infraspinatus', (f) => f.forearmThumb(0.6));
    expect(inRegions('infraspinatus', [...LEGS, 'head'])).toBe(0);
  });

  it('supraspinatus, rhomboids: mid-shoulder, and between the shoulder blade and the spine', () => {
    mainAt('supraspinatus', (f) => f.midDeltoid());
    spillAt('supraspinatus', (f) => f.outerElbow());
    mainAt('rhomboids', (f) => f.back(0.047, 1.38), 0.02);
    expect(inRegions('rhomboids', [...LEGS, ...ARMS, ...HEAD_NECK])).toBe(0);
  });

  it('wrist extensors, extensor digitorum, supinator, wrist flexors: on the forearm and hand only', () => {
    mainAt('extensor-carpi-radialis-longus', (f) => f.outerElbow());
    mainAt('extensor-carpi-radialis-longus', (f) => f.wristBack());
    mainAt('extensor-carpi-radialis-brevis', (f) => f.handBack());
    spillAt('extensor-carpi-radialis-brevis', (f) => f.forearmBack(0.5));
    mainAt('extensor-digitorum', (f) => f.forearmBack(0.6));
    mainAt('supinator', (f) => f.outerElbow());
    spillAt('supinator', (f) => f.thumbWeb());
    mainAt('flexor-carpi-radialis', (f) => f.palm());
    mainAt('flexor-carpi-ulnaris', (f) => f.wristPalmUlnar());
    for (const id of [
      'extensor-carpi-radialis-longus',
      'extensor-carpi-radialis-brevis',
      'extensor-digitorum',
      'supinator',
      'flexor-carpi-radialis',
      'flexor-carpi-ulnaris',
    ])
      expect(inRegions(id, [...LEGS, ...HEAD_NECK, 'chest', 'abdomen', 'hip']), id).toBe(0);
  });

  it('quadratus lumborum and lumbar multifidus: the low back, sacroiliac joint and buttock', () => {
    mainAt('quadratus-lumborum', (f) => f.sacroiliac());
    mainAt('quadratus-lumborum', (f) => f.lowerButtock());
    spillAt('quadratus-lumborum', (f) => f.outerHip(), 0.02);
    mainAt('multifidus-lumbar', (f) => f.besideLevel('L4'));
    for (const id of ['quadratus-lumborum', 'multifidus-lumbar'])
      expect(inRegions(id, [...HEAD_NECK, ...ARMS, 'knee', 'shin', 'calf', 'foot', 'sole']), id).toBe(0);
  });

  it('gluteus medius, gluteus minimus, piriformis, TFL: the hip, buttock and down the leg as mapped', () => {
    mainAt('gluteus-medius', (f) => f.sacroiliac());
    spillAt('gluteus-medius', (f) => f.buttock());
    mainAt('gluteus-minimus', (f) => f.thigh(0.5, 1, 0.15));
    mainAt('gluteus-minimus', (f) => f.leg(0.5, 1, 0.2));
    mainAt('gluteus-minimus', (f) => f.thigh(0.5, 0, -1));
    mainAt('piriformis', (f) => f.buttock());
    spillAt('piriformis', (f) => f.thigh(0.6, 0, -1));
    mainAt('tensor-fasciae-latae', (f) => f.frontOuterHip());
    for (const id of ['gluteus-medius', 'gluteus-minimus', 'piriformis', 'tensor-fasciae-latae'])
      expect(inRegions(id, [...HEAD_NECK, ...ARMS, 'chest', 'upper-back', 'mid-back']), id).toBe(0);
  });

  it('vastus medialis: front and inner knee; vastus lateralis: the outer thigh and knee', () => {
    mainAt('vastus-medialis', (f) => f.kneeInner());
    mainAt('vastus-medialis', (f) => f.kneeFront());
    spillAt('vastus-medialis', (f) => f.thigh(0.25, -1, 0.3));
    mainAt('vastus-lateralis', (f) => f.thigh(0.5, 1, 0));
    for (const id of ['vastus-medialis', 'vastus-lateralis'])
      expect(inRegions(id, [...HEAD_NECK, ...ARMS, 'lower-back', 'foot', 'sole', 'heel']), id).toBe(0);
  });

  it('gastrocnemius: the inner arch; soleus: the heel; tibialis anterior: the big toe; tibialis posterior: the Achilles', () => {
    mainAt('gastrocnemius', (f) => f.innerArch());
    spillAt('gastrocnemius', (f) => f.leg(0.35, 0, -1));
    mainAt('soleus', (f) => f.heelBack());
    mainAt('soleus', (f) => f.heelUnder());
    spillAt('soleus', (f) => f.sacroiliac());
    mainAt('tibialis-anterior', (f) => f.bigToeTop());
    mainAt('tibialis-anterior', (f) => f.ankleFrontInner());
    spillAt('tibialis-anterior', (f) => f.leg(0.5, -0.15, 1));
    mainAt('tibialis-posterior', (f) => f.achilles(0.05));
    spillAt('tibialis-posterior', (f) => f.sole(0.1));
    for (const id of ['gastrocnemius', 'tibialis-anterior', 'tibialis-posterior'])
      expect(inRegions(id, [...HEAD_NECK, ...ARMS, 'chest', 'abdomen', 'hip', 'thigh']), id).toBe(0);
  });
});

// The nerve layer (public/models/nerves.glb, made by scripts/model/layers/nerves.mjs): it is what
// the generator makes, its parts are exactly the nerve ids, every nerve lies inside the skin, the
// two sides mirror, the roots leave the spine at their own levels in order, and each main nerve
// runs between the landmarks its course is named by (plexus to hand, behind the medial
// epicondyle, round the fibular neck …).
import { beforeAll, describe, expect, it } from 'vitest';
import { LEFT } from '../../scripts/model/landmarks.mjs';
import { BONY_LEFT, MIDLINE, skin, VERTEBRAE } from '../../scripts/model/layers/bony-landmarks.mjs';
import { buildLayer } from '../../scripts/model/layers/build-layers.mjs';
import { NERVE_IDS, ROOT_LEVELS } from '../../src/content/anatomyIdList.mjs';
import {
  glbNames,
  type LoadedLayer,
  layerBytes,
  loadLayer,
  mirrorGap,
  nearest,
  type Vec3,
  verticesByPart,
} from './loadLayer';

const committed = layerBytes('nerves.glb');
type NerveId = (typeof NERVE_IDS)[number];

let layer: LoadedLayer;
let byPart: Vec3[][];
const part = (id: NerveId): Vec3[] => byPart[NERVE_IDS.indexOf(id)] ?? [];
/** The part's vertices on one side (sx = 1 left, -1 right). */
const sideOf = (id: NerveId, sx: number) => part(id).filter((v) => v[0] * sx > 0);
const mirrorX = (p: Vec3, sx: number): Vec3 => [p[0] * sx, p[1], p[2]];
const mid = (a: Vec3, b: Vec3, t = 0.5): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];

const L = BONY_LEFT;
/** Landmarks (left side) each main nerve must come within `tol` metres of. */
const COURSES: [NerveId, string, Vec3, number][] = [
  ['greater-occipital', 'the back of the head', MIDLINE.externalOccipitalProtuberance, 0.04],
  ['accessory', 'the skull base by the mastoid', L.mastoid, 0.03],
  ['accessory', 'the trapezius over the shoulder blade', L.scapulaSuperiorAngle, 0.04],
  ['mandibular', 'the jaw joint', L.mandibleCondyle, 0.03],
  ['mandibular', 'the chin', MIDLINE.chin, 0.035],
  ['median', 'the front of the elbow', [LEFT.elbow[0], LEFT.elbow[1], LEFT.elbow[2] + 0.018], 0.015],
  ['median', 'the wrist (carpal tunnel)', L.carpus, 0.025],
  ['ulnar', 'the back of the medial epicondyle', L.medialEpicondyle, 0.016],
  ['ulnar', 'the wrist', L.ulnarStyloid, 0.025],
  ['radial', 'the lateral epicondyle', L.lateralEpicondyle, 0.022],
  ['radial', 'the radial styloid', L.radialStyloid, 0.02],
  ['posterior-interosseous', 'the radial head (supinator)', L.radialHead, 0.018],
  ['posterior-interosseous', 'the back of the wrist', L.carpus, 0.03],
  ['femoral', 'the inguinal ligament', mid(L.asis, MIDLINE.pubicSymphysis, 0.45), 0.015],
  [
    'sciatic',
    'between the greater trochanter and the sitting bone',
    mid(L.greaterTrochanter, L.ischialTuberosity, 0.55),
    0.02,
  ],
  ['sciatic', 'just above the knee', [LEFT.knee[0], LEFT.knee[1] + 0.075, LEFT.knee[2] - 0.04], 0.02],
  ['tibial', 'the back of the knee', [LEFT.knee[0], LEFT.knee[1], LEFT.knee[2] - 0.035], 0.015],
  ['tibial', 'behind the medial malleolus', L.medialMalleolus, 0.02],
  ['common-fibular', 'the fibular head', L.fibularHead, 0.02],
  ['common-fibular', 'the fibular neck', L.fibularNeck, 0.015],
];

/** Roots each main nerve starts from: the nerve begins where these roots end (same side). */
const FROM_ROOTS: [NerveId, NerveId[]][] = [
  ['greater-occipital', ['root-C2']],
  ['median', ['root-C6', 'root-C7', 'root-C8']],
  ['ulnar', ['root-C8', 'root-T1']],
  ['radial', ['root-C5', 'root-C6', 'root-C7']],
  ['femoral', ['root-L2', 'root-L3', 'root-L4']],
  ['sciatic', ['root-L5', 'root-S1', 'root-S2']],
];

describe('nerves.glb', () => {
  beforeAll(async () => {
    layer = await loadLayer(committed);
    byPart = verticesByPart(layer, NERVE_IDS.length);
  });

  it('is what the generator makes', async () => {
    const fresh = await buildLayer('nerves', { skin });
    expect(
      Buffer.compare(Buffer.from(fresh), committed) === 0,
      'run `npm run layers` and commit the result',
    ).toBe(true);
  }, 30_000);

  it('is one mesh named nerves under a root of the same name', () => {
    expect(glbNames(committed)).toEqual({ meshes: ['nerves'], nodes: ['nerves', 'nerves'] });
    expect(layer.rootNames).toEqual(['nerves']);
  });

  it('has every nerve id as a part, on both sides, and no other part', () => {
    expect(Math.max(...layer.parts)).toBeLessThan(NERVE_IDS.length);
    for (const id of NERVE_IDS)
      for (const sx of [1, -1]) expect(sideOf(id, sx).length, id).toBeGreaterThan(20);
  });

  it('keeps every nerve inside the skin', () => {
    for (const id of NERVE_IDS) {
      const outside = part(id).filter((v, i) => i % 3 === 0 && skin(...v) > 0);
      expect(outside.length, `${id}: ${JSON.stringify(outside[0])}`).toBe(0);
    }
  });

  it('mirrors left and right', () => {
    for (const id of NERVE_IDS) expect(mirrorGap(part(id), 1, 0.002), id).toBeLessThan(0.0008);
  });

  it('starts each root in the spinal canal at its own level, and takes it out of the spine', () => {
    const meanY = ROOT_LEVELS.map((level) => {
      const v = part(`root-${level}`);
      return v.reduce((s, p) => s + p[1], 0) / v.length;
    });
    for (let i = 1; i < meanY.length; i++) expect(meanY[i], ROOT_LEVELS[i]).toBeLessThan(meanY[i - 1] ?? 0);
    for (const level of ROOT_LEVELS) {
      const own = VERTEBRAE.find((v) => v.level === (level === 'C8' ? 'C7' : level));
      if (!own) throw new Error(level);
      for (const sx of [1, -1]) {
        const v = sideOf(`root-${level}`, sx);
        expect(nearest(v, own.canal), level).toBeLessThan(0.025);
        expect(Math.max(...v.map((p) => Math.abs(p[0]))), level).toBeGreaterThan(own.foramen[0] + 0.01);
      }
    }
  });

  it('runs each main nerve between the landmarks of its course', () => {
    for (const [id, where, p, tol] of COURSES)
      for (const sx of [1, -1])
        expect(nearest(sideOf(id, sx), mirrorX(p, sx)), `${id} at ${where}`).toBeLessThan(tol);
  });

  it('starts each main nerve where the roots it comes from end', () => {
    for (const [id, roots] of FROM_ROOTS)
      for (const root of roots)
        for (const sx of [1, -1]) {
          const nerve = sideOf(id, sx);
          const gap = Math.min(...sideOf(root, sx).map((p) => nearest(nerve, p)));
          expect(gap, `${id} from ${root}`).toBeLessThan(0.012);
        }
  });

  it('makes the sciatic the thickest nerve', () => {
    const width = (id: NerveId) => {
      // spread of the vertices around the nerve's own mid-thigh sample: twice the radius
      const v = sideOf(id, 1);
      const ys = v.map((p) => p[1]).sort((a, b) => a - b);
      const y = ys[Math.floor(ys.length / 2)] ?? 0;
      const ring = v.filter((p) => Math.abs(p[1] - y) < 0.002);
      return Math.max(...ring.map((p) => p[0])) - Math.min(...ring.map((p) => p[0]));
    };
    expect(width('sciatic')).toBeGreaterThan(width('tibial'));
    expect(width('sciatic')).toBeGreaterThan(width('median'));
  });
});

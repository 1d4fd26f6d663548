// The skeleton layer (public/models/skeleton.glb, made by scripts/model/layers/skeleton.mjs): it is
// what the generator makes, its parts are exactly the bone ids, every bone lies inside the skin,
// the two sides mirror, the vertebrae stack in order inside the back with their spinous tips just
// under the skin, and the knee joint is at the figure's knee.
import { beforeAll, describe, expect, it } from 'vitest';
import { LEFT } from '../../scripts/model/landmarks.mjs';
import { skin, VERTEBRAE } from '../../scripts/model/layers/bony-landmarks.mjs';
import { buildLayer } from '../../scripts/model/layers/build-layers.mjs';
import { skeletonField } from '../../scripts/model/layers/skeleton/bone-field.mjs';
import { BONE_IDS } from '../../src/content/anatomyIdList.mjs';
import {
  glbNames,
  type LoadedLayer,
  layerBytes,
  loadLayer,
  mirrorGap,
  type Vec3,
  verticesByPart,
} from './loadLayer';

const committed = layerBytes('skeleton.glb');
const MIDLINE_BONES = new Set<string>([
  ...VERTEBRAE.map((v) => v.level),
  'sacrum',
  'coccyx',
  'skull',
  'mandible',
  'sternum',
]);
const SPINE = BONE_IDS.slice(0, BONE_IDS.indexOf('coccyx') + 1);

let layer: LoadedLayer;
let byPart: Vec3[][];
const part = (id: (typeof BONE_IDS)[number]): Vec3[] => byPart[BONE_IDS.indexOf(id)] ?? [];

describe('skeleton.glb', () => {
  beforeAll(async () => {
    layer = await loadLayer(committed);
    byPart = verticesByPart(layer, BONE_IDS.length);
  });

  it('is what the generator makes', async () => {
    const fresh = await buildLayer('skeleton', { skin });
    expect(
      Buffer.compare(Buffer.from(fresh), committed) === 0,
      'run `npm run layers` and commit the result',
    ).toBe(true);
  }, 60_000);

  it('is one mesh named skeleton under a root of the same name', () => {
    expect(glbNames(committed)).toEqual({ meshes: ['skeleton'], nodes: ['skeleton', 'skeleton'] });
    expect(layer.rootNames).toEqual(['skeleton']);
  });

  it('has every bone id as a part, and no other part', () => {
    expect(Math.max(...layer.parts)).toBeLessThan(BONE_IDS.length);
    for (const id of BONE_IDS) expect(part(id).length, id).toBeGreaterThan(50);
  });

  it('keeps every bone inside the skin', () => {
    for (const id of BONE_IDS) {
      const outside = part(id).filter((v, i) => i % 4 === 0 && skin(...v) > 0.0005);
      expect(outside.length, `${id}: ${JSON.stringify(outside[0])}`).toBe(0);
    }
  });

  it('mirrors left and right', () => {
    for (const id of BONE_IDS) {
      // paired bones are mirrored copies (exact); midline bones are symmetric shapes meshed and
      // simplified as one piece, so their vertices only nearly match
      if (MIDLINE_BONES.has(id)) {
        expect(mirrorGap(part(id), 0.9), id).toBeLessThan(0.004);
        expect(mirrorGap(part(id), 1), id).toBeLessThan(0.012);
      } else expect(mirrorGap(part(id), 1), id).toBeLessThan(0.0008);
    }
  });

  it('gives the bones one distance field that matches the mesh (for the muscle and nerve checks)', () => {
    const field = skeletonField();
    for (const id of BONE_IDS) {
      // tube-built bones are flat: their capsules are as thick as the thinner side
      const [lo, hi] = id === 'rib-cage' || id === 'clavicle' ? [-0.001, 0.0032] : [-0.0015, 0.0015];
      const off = part(id).filter((v, i) => i % 10 === 0 && !(field(...v) > lo && field(...v) < hi));
      expect(off.length, `${id}: ${JSON.stringify(off[0])}`).toBeLessThan(part(id).length / 100);
    }
  });

  it('stacks the vertebrae from C1 down to the coccyx', () => {
    const meanY = SPINE.map((id) => part(id).reduce((s, v) => s + v[1], 0) / part(id).length);
    for (let i = 1; i < meanY.length; i++) expect(meanY[i], SPINE[i]).toBeLessThan(meanY[i - 1] ?? 0);
  });

  it('puts each spinous tip inside the back, within 2.5 cm of the skin', () => {
    for (const v of VERTEBRAE.filter((x) => !x.level.startsWith('S') && x.level !== 'C1')) {
      // the part's most backward point on the midline
      const tip = part(v.level as (typeof BONE_IDS)[number])
        .filter((p) => Math.abs(p[0]) < 0.006)
        .reduce((a, b) => (b[2] < a[2] ? b : a));
      expect(skin(...tip), v.level).toBeLessThan(0);
      let depth = 0;
      while (skin(tip[0], tip[1], tip[2] - depth) < 0) depth += 0.001;
      expect(depth, v.level).toBeLessThan(0.025);
      expect(Math.hypot(tip[1] - v.tip[1], tip[2] - v.tip[2]), v.level).toBeLessThan(0.008);
    }
  });

  it('puts the knee joint (femur bottom, tibia top) at the knee', () => {
    for (const sx of [1, -1]) {
      const femurBottom = Math.min(
        ...part('femur')
          .filter((v) => v[0] * sx > 0)
          .map((v) => v[1]),
      );
      const tibiaTop = Math.max(
        ...part('tibia')
          .filter((v) => v[0] * sx > 0)
          .map((v) => v[1]),
      );
      const joint = (femurBottom + tibiaTop) / 2;
      expect(Math.abs(joint - LEFT.knee[1])).toBeLessThan(0.01);
      expect(Math.abs(femurBottom - tibiaTop)).toBeLessThan(0.012);
    }
  });
});

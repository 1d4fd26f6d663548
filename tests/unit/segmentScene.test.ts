// The segmental view's scene logic: what it lights (the spotlight over the layers' looks and
// picking), where the level labels go, and where the camera frames spine and limb together
// (with the committed layer files).
import { Vector3 } from 'three';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { BONE_IDS, MUSCLE_IDS, NERVE_IDS } from '../../src/content/anatomyIdList.mjs';
import { ALL_CONDITION_SEGMENTS, segmentsFor } from '../../src/content/segments';
import { LAYER_FILES } from '../../src/scene/layers/layerFormat.mjs';
import { parseLayer } from '../../src/scene/layers/layerLoader';
import { layerRegistry } from '../../src/scene/layers/layerRegistry';
import { GHOST_SHOWN, partLook, partPickable } from '../../src/scene/layers/partLooks';
import { layoutLabels, thinned } from '../../src/scene/segments/labelLayout';
import { segmentFraming } from '../../src/scene/segments/segmentFraming';
import { segmentScene } from '../../src/scene/segments/segmentScene';
import { RegionSkin } from '../../src/scene/skin/regionSkin';
import { RegionStates } from '../../src/scene/skin/regionStates';
import type { DeepLayer } from '../../src/state/anatomySlice';
import { layerBytes } from './loadLayer';
import { RESTING_PARTS } from './partState';

const base = RESTING_PARTS;

describe('the spotlight', () => {
  const tennis = segmentScene({ conditionId: 'tennis-elbow', level: null });

  it('lights a condition’s vertebrae, roots, nerves and muscles, keeps the spine, ghosts the rest', () => {
    const { spotlight } = tennis;
    const look = (layer: DeepLayer, id: string) => partLook(base, layer, id, spotlight);
    expect(look('skeleton', 'C6')).toMatchObject({ highlighted: true, shown: 1 });
    expect(look('nerves', 'root-C7')).toMatchObject({ highlighted: true, shown: 1 });
    expect(look('nerves', 'radial')).toMatchObject({ highlighted: true, shown: 1 });
    expect(look('muscles', 'extensor-carpi-radialis-brevis')).toMatchObject({ highlighted: true, shown: 1 });
    // the rest of the spine: solid, unlit
    expect(look('skeleton', 'L3')).toMatchObject({ highlighted: false, shown: 1 });
    expect(look('skeleton', 'sacrum')).toMatchObject({ highlighted: false, shown: 1 });
    // everything else: a ghost a pointer passes through
    expect(look('skeleton', 'femur')).toMatchObject({ highlighted: false, shown: GHOST_SHOWN });
    expect(look('muscles', 'gastrocnemius').shown).toBe(GHOST_SHOWN);
    expect(partPickable(base, 'muscles', 'gastrocnemius', spotlight)).toBe(false);
    expect(partPickable(base, 'skeleton', 'L3', spotlight)).toBe(true);
    // a chosen part shows solid whatever the spotlight; hidden parts stay hidden
    const chosen = { ...base, part: { layer: 'muscles' as const, id: 'gastrocnemius' } };
    expect(partLook(chosen, 'muscles', 'gastrocnemius', spotlight).shown).toBe(1);
    const hidden = { ...base, hiddenParts: ['skeleton:C6'] };
    expect(partLook(hidden, 'skeleton', 'C6', spotlight).shown).toBe(0);
    // no spotlight: the looks as before
    expect(partLook(base, 'muscles', 'gastrocnemius')).toMatchObject({ highlighted: false, shown: 1 });
  });

  it('names every lit part of every condition in the model, and draws its needle sites', () => {
    const ids: Record<DeepLayer, readonly string[]> = {
      muscles: MUSCLE_IDS,
      skeleton: BONE_IDS,
      nerves: NERVE_IDS,
    };
    for (const segments of ALL_CONDITION_SEGMENTS) {
      const scene = segmentScene({ conditionId: segments.conditionId, level: null });
      for (const key of [...scene.spotlight.lit, ...scene.spotlight.kept]) {
        const [layer, id] = key.split(':') as [DeepLayer, string];
        expect(ids[layer], key).toContain(id);
      }
      expect(scene.labelLevels).toEqual(segments.levels);
      expect(scene.needleSites).toEqual(segments.needleSites);
      expect(scene.focus.length).toBeGreaterThan(0);
    }
    const jaw = segmentScene({ conditionId: 'jaw-pain', level: null });
    expect(jaw.labelLevels).toEqual([]);
    expect(jaw.spotlight.lit.has('nerves:mandibular')).toBe(true);
    expect(jaw.cranialNerve).toBe('mandibular');
    expect(segmentScene({ conditionId: 'tennis-elbow', level: null }).cranialNerve).toBeNull();
  });

  it('a chosen level: its vertebra, root and nerves lit, its muscles shown, its skin band and site', () => {
    const c6 = segmentScene({ conditionId: 'tennis-elbow', level: 'C6' });
    expect(c6.labelLevels).toEqual(['C6']);
    expect(c6.chosen).toBe('C6');
    expect(c6.dermatome).toBe('C6');
    expect(c6.needleSites).toEqual(['paraspinal-C6']);
    expect(c6.spotlight.lit.has('skeleton:C6')).toBe(true);
    expect(c6.spotlight.lit.has('nerves:root-C6')).toBe(true);
    expect(c6.spotlight.kept.has('muscles:biceps')).toBe(true);
    expect(c6.spotlight.lit.has('skeleton:C5')).toBe(false);
    // C8 has no vertebra of its own: its neighbours frame it; S1 is on the sacrum
    const c8 = segmentScene({ conditionId: null, level: 'C8' });
    expect(c8.focus.filter((p) => p.layer === 'skeleton').map((p) => p.id)).toEqual(['C7', 'T1']);
    expect(segmentScene({ conditionId: null, level: 'S1' }).spotlight.lit.has('skeleton:sacrum')).toBe(true);
    // C1 serves no skin
    expect(segmentScene({ conditionId: null, level: 'C1' }).dermatome).toBeNull();
  });

  it('the picker alone: the spine, labelled at the start of each of its parts', () => {
    const scene = segmentScene({ conditionId: null, level: null });
    expect(scene.labelLevels).toEqual(['C1', 'T1', 'L1', 'S1']);
    expect(scene.spotlight.lit.size).toBe(0);
    expect(scene.needleSites).toEqual([]);
  });
});

describe('level labels', () => {
  const options = { width: 800, height: 700, labelHeight: 24, labelWidth: 44, reach: 30 };

  it('stand in one column beside the spine, away from the middle, never overlapping', () => {
    // four neck levels 8 px apart, right of the middle of the view
    const anchors = [0, 1, 2, 3].map((i) => ({ x: 520, y: 200 + 8 * i }));
    const layout = layoutLabels(anchors, options);
    expect(layout.side).toBe('right');
    expect(layout.labels.map((l) => l.index)).toEqual([0, 1, 2, 3]);
    for (const label of layout.labels) expect(label.x).toBeGreaterThanOrEqual(550);
    const ys = layout.labels.map((l) => l.y);
    for (let i = 1; i < ys.length; i++) expect((ys[i] ?? 0) - (ys[i - 1] ?? 0)).toBeGreaterThanOrEqual(24);
    // centred on their anchors
    const mean = ys.reduce((a, b) => a + b, 0) / ys.length;
    expect(Math.abs(mean - 212)).toBeLessThan(2);
    // left of the middle: the column goes left, its near edge left of the spine
    const left = layoutLabels(
      anchors.map((a) => ({ ...a, x: 300 })),
      options,
    );
    expect(left.side).toBe('left');
    expect(left.labels[0]?.x).toBeLessThanOrEqual(270);
  });

  it('stay on the canvas, and thin out a long stretch seen from afar (first and last kept)', () => {
    const anchors = Array.from({ length: 25 }, (_, i) => ({ x: 400, y: 100 + 10 * i }));
    const layout = layoutLabels(anchors, options);
    const kept = layout.labels.map((l) => l.index);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(24);
    expect(kept.length).toBeLessThan(25);
    for (const label of layout.labels) {
      expect(label.y).toBeGreaterThanOrEqual(12);
      expect(label.y).toBeLessThanOrEqual(688);
    }
    expect(thinned(4, 8)).toEqual([0, 1, 2, 3]);
    expect(thinned(25, 9)).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24]);
  });
});

describe('framing', () => {
  const read = (file: string) => {
    const bytes = layerBytes(file);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  };
  const ids = { muscles: MUSCLE_IDS, skeleton: BONE_IDS, nerves: NERVE_IDS };

  beforeAll(async () => {
    await MeshoptDecoder.ready;
    for (const layer of ['muscles', 'skeleton', 'nerves'] as const) {
      const mesh = await parseLayer(layer, read(LAYER_FILES[layer]));
      const skin = new RegionSkin<string>(mesh, ids[layer]);
      layerRegistry.add({ layer, skin, states: new RegionStates<string>(ids[layer]), drawn: [mesh] });
    }
  });

  const framingOf = (conditionId: string) => {
    const scene = segmentScene({ conditionId, level: null });
    const framing = segmentFraming({ parts: scene.focus });
    expect(framing, conditionId).not.toBeNull();
    return framing as NonNullable<typeof framing>;
  };
  const inside = (framing: ReturnType<typeof framingOf>, layer: DeepLayer, id: string) => {
    const box = layerRegistry.get(layer)?.skin.box([id]);
    const centre = box?.getCenter(new Vector3());
    return centre ? centre.distanceTo(framing.sphere.center) <= framing.sphere.radius : false;
  };

  it('shows a condition’s spine levels and limb muscles together, from behind or behind and aside', () => {
    for (const [conditionId, vertebra, muscle] of [
      ['tennis-elbow', 'C6', 'extensor-digitorum'],
      ['plantar-fasciitis', 'sacrum', 'gastrocnemius'],
      ['shin-splints', 'L5', 'tibialis-posterior'],
    ] as const) {
      const framing = framingOf(conditionId);
      expect(Math.cos(framing.azimuth), conditionId).toBeLessThan(-0.4);
      expect(inside(framing, 'skeleton', vertebra), `${conditionId}: ${vertebra}`).toBe(true);
      // a paired muscle: the one on the side the camera is on is framed
      const side = Math.sign(Math.sin(framing.azimuth)) || 1;
      const tris = layerRegistry.get('muscles')?.skin.triangles(muscle) ?? new Float32Array();
      const near = new Vector3();
      let count = 0;
      for (let i = 0; i < tris.length; i += 3)
        if ((tris[i] ?? 0) * side >= 0) {
          near.add(new Vector3(tris[i], tris[i + 1], tris[i + 2]));
          count++;
        }
      near.divideScalar(Math.max(1, count));
      expect(near.distanceTo(framing.sphere.center), `${conditionId}: ${muscle}`).toBeLessThanOrEqual(
        framing.sphere.radius,
      );
    }
    // not the whole body: the tennis elbow view is the neck and one arm
    expect(framingOf('tennis-elbow').sphere.radius).toBeLessThan(0.6);
  });

  it('the jaw (no spinal level) is seen from a side, not from behind', () => {
    const framing = framingOf('jaw-pain');
    expect(Math.cos(framing.azimuth)).toBeGreaterThan(-0.6);
    expect(segmentsFor('jaw-pain')?.levels).toEqual([]);
  });
});

// Pure scene logic of the layers beneath the skin: part looks, what a pointer may take, the
// per-part state table over any id list, and the referral file's decoding.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { describe, expect, it } from 'vitest';
import { ANATOMY_LAYERS, BONE_IDS, MUSCLE_IDS, NERVE_IDS } from '../../src/content/anatomyIdList.mjs';
import { REGION_IDS } from '../../src/content/regionIds';
import { frameParts } from '../../src/scene/framing';
import { LAYER_FILES } from '../../src/scene/layers/layerFormat.mjs';
import { parseLayer } from '../../src/scene/layers/layerLoader';
import { GHOST_SHOWN, partLook, partPickable, skinTakesClicks } from '../../src/scene/layers/partLooks';
import { decodeReferral } from '../../src/scene/layers/referral';
import { RegionSkin } from '../../src/scene/skin/regionSkin';
import { RegionStates } from '../../src/scene/skin/regionStates';
import { RESTING_PARTS } from './partState';

const base = RESTING_PARTS;

describe('part looks', () => {
  it('selects the chosen part only, in its own layer', () => {
    const s = { ...base, part: { layer: 'muscles' as const, id: 'deltoid' } };
    expect(partLook(s, 'muscles', 'deltoid').selected).toBe(true);
    expect(partLook(s, 'muscles', 'biceps').selected).toBe(false);
    expect(partLook(s, 'skeleton', 'deltoid').selected).toBe(false);
  });

  it('lights a condition’s muscles and hovers the part under the pointer', () => {
    const s = {
      ...base,
      litMuscles: ['upper-trapezius'],
      hoveredPart: { layer: 'skeleton' as const, id: 'C5' },
    };
    expect(partLook(s, 'muscles', 'upper-trapezius').highlighted).toBe(true);
    expect(partLook(s, 'muscles', 'deltoid').highlighted).toBe(false);
    expect(partLook(s, 'skeleton', 'C5').hovered).toBe(true);
  });

  it('hides hidden parts and fades all but the chosen one while isolating', () => {
    const part = { layer: 'muscles' as const, id: 'deltoid' };
    const hidden = { ...base, hiddenParts: ['muscles:biceps'] };
    expect(partLook(hidden, 'muscles', 'biceps').shown).toBe(0);
    expect(partLook(hidden, 'muscles', 'deltoid').shown).toBe(1);
    const isolated = { ...base, part, isolated: true, hiddenParts: ['skeleton:C5'] };
    expect(partLook(isolated, 'muscles', 'deltoid').shown).toBe(1);
    expect(partLook(isolated, 'muscles', 'biceps').shown).toBe(GHOST_SHOWN);
    expect(partLook(isolated, 'skeleton', 'C4').shown).toBe(GHOST_SHOWN);
    expect(partLook(isolated, 'skeleton', 'C5').shown).toBe(0);
  });

  it('lets a pointer take only shown parts, and only the chosen one while isolating', () => {
    const part = { layer: 'muscles' as const, id: 'deltoid' };
    expect(partPickable({ ...base, hiddenParts: ['muscles:deltoid'] }, 'muscles', 'deltoid')).toBe(false);
    expect(partPickable(base, 'muscles', 'deltoid')).toBe(true);
    const isolated = { ...base, part, isolated: true };
    expect(partPickable(isolated, 'muscles', 'deltoid')).toBe(true);
    expect(partPickable(isolated, 'muscles', 'biceps')).toBe(false);
    expect(partPickable(isolated, 'nerves', 'median')).toBe(false);
  });

  it('gives clicks to the skin while it is shown and mostly opaque', () => {
    const layers = { skin: true, muscles: true, skeleton: false, nerves: false };
    expect(skinTakesClicks({ layers, skinOpacity: 1 })).toBe(true);
    expect(skinTakesClicks({ layers, skinOpacity: 0.5 })).toBe(true);
    expect(skinTakesClicks({ layers, skinOpacity: 0.25 })).toBe(false);
    expect(skinTakesClicks({ layers: { ...layers, skin: false }, skinOpacity: 1 })).toBe(false);
  });
});

describe('the part state table', () => {
  it('keeps one texel per part of any layer, every part shown at first', () => {
    const states = new RegionStates<string>(MUSCLE_IDS);
    expect(states.value('deltoid', 'shown')).toBe(1);
    expect(states.anyFaded()).toBe(false);
    states.aim((id) => ({
      selected: id === 'deltoid',
      highlighted: false,
      hovered: false,
      shown: id === 'biceps' ? 0 : 1,
    }));
    states.step(0, true);
    expect(states.value('deltoid', 'selected')).toBe(1);
    expect(states.value('biceps', 'shown')).toBe(0);
    const data = states.texture.image.data as Uint8Array;
    expect(data[MUSCLE_IDS.indexOf('biceps') * 4 + 3]).toBe(0);
    expect(data[MUSCLE_IDS.indexOf('deltoid') * 4]).toBe(255);
    expect(states.anyFaded()).toBe(false);
  });

  it('says when a part is faded (or fading), so the ghost pass draws', () => {
    const states = new RegionStates<string>(BONE_IDS);
    states.aim((id) => ({
      selected: false,
      highlighted: false,
      hovered: false,
      shown: id === 'C5' ? 1 : 0.2,
    }));
    expect(states.anyFaded()).toBe(true);
    states.step(0.05, false);
    expect(states.anyFaded()).toBe(true);
    states.aim(() => ({ selected: false, highlighted: false, hovered: false }));
    states.step(1, false);
    expect(states.anyFaded()).toBe(false);
  });

  it('still defaults to the skin regions', () => {
    const states = new RegionStates();
    expect(states.ids).toBe(REGION_IDS);
  });

  it('refuses a list longer than the table', () => {
    expect(() => new RegionStates(Array.from({ length: 65 }, (_, i) => `p${i}`))).toThrow();
  });
});

describe('referral zones', () => {
  it('decodes delta-coded vertex indices', () => {
    const zones = decodeReferral(
      { version: 1, skinVertices: 100, muscles: { masseter: { idx: [3, 1, 10], val: [40, 255, 120] } } },
      100,
    );
    const zone = zones?.get('masseter');
    expect(Array.from(zone?.idx ?? [])).toEqual([3, 4, 14]);
    expect(Array.from(zone?.val ?? [])).toEqual([40, 255, 120]);
  });

  it('refuses a file made for another skin or out of range', () => {
    const muscles = { masseter: { idx: [3], val: [40] } };
    expect(decodeReferral({ version: 1, skinVertices: 99, muscles }, 100)).toBeNull();
    expect(
      decodeReferral({ version: 1, skinVertices: 100, muscles: { m: { idx: [60, 50], val: [1, 1] } } }, 100),
    ).toBeNull();
    expect(decodeReferral({ version: 2, skinVertices: 100, muscles }, 100)).toBeNull();
    expect(decodeReferral(null, 100)).toBeNull();
  });
});

describe('the layer files as the scene loads them', () => {
  const read = (name: string) => {
    const bytes = readFileSync(fileURLToPath(new URL(`../../public/models/${name}`, import.meta.url)));
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  };

  it.each(ANATOMY_LAYERS)('%s: one mesh with its parts, placed in the body', async (layer) => {
    await MeshoptDecoder.ready;
    const mesh = await parseLayer(layer, read(LAYER_FILES[layer]));
    const ids = { muscles: MUSCLE_IDS, skeleton: BONE_IDS, nerves: NERVE_IDS }[layer];
    const skin = new RegionSkin<string>(mesh, ids);
    const region = mesh.geometry.getAttribute('_region');
    let highest = 0;
    for (let v = 0; v < region.count; v++) highest = Math.max(highest, region.getX(v));
    expect(highest).toBeLessThan(ids.length);
    if (layer === 'muscles') expect(mesh.geometry.getAttribute('_fibre')).toBeDefined();
    // in world space, inside the figure's box (the file's quantisation undone)
    const box = skin.box([...ids]);
    expect(box.min.y).toBeGreaterThan(-0.05);
    expect(box.max.y).toBeLessThan(1.95);
  });

  it('frames a muscle from a side that shows it', async () => {
    const mesh = await parseLayer('muscles', read(LAYER_FILES.muscles));
    const skin = new RegionSkin<string>(mesh, MUSCLE_IDS);
    if (skin.triangles('upper-trapezius').length === 0) return; // placeholder model
    const framing = frameParts([{ layer: 'muscles', id: 'upper-trapezius' }], () => skin);
    expect(framing).not.toBeNull();
    // the trapezius lies on the back: the camera looks from behind (azimuth near π)
    expect(Math.cos(framing?.azimuth ?? 0)).toBeLessThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import {
  createAnatomySlice,
  impliedLayers,
  impliedXray,
  isPartId,
  opacityToXray,
  XRAY_OPACITY,
  xrayToOpacity,
} from '../../src/state/anatomySlice';
import type { AppState } from '../../src/state/store';

// The anatomy slice on its own: it touches no other slice, so a store of just it is enough.
const makeStore = () => create<AppState>()((...a) => createAnatomySlice(...a) as AppState);
const trapezius = { layer: 'muscles', id: 'upper-trapezius' } as const;
const c7 = { layer: 'skeleton', id: 'C7' } as const;

describe('layers and the see-through skin', () => {
  it('starts with the skin alone, solid', () => {
    const s = makeStore().getState();
    expect(s.layers).toEqual({ skin: true, muscles: false, skeleton: false, nerves: false });
    expect(s.skinOpacity).toBe(1);
  });

  it('showing a deep layer under a solid skin makes the skin see-through, once', () => {
    const store = makeStore();
    store.getState().setLayer('muscles', true);
    expect(store.getState().skinOpacity).toBe(XRAY_OPACITY);
    store.getState().setSkinOpacity(0.9);
    store.getState().setLayer('skeleton', true);
    // A see-through chosen by hand is kept only while it is clearer than the X-ray default.
    expect(store.getState().skinOpacity).toBe(XRAY_OPACITY);
    store.getState().setSkinOpacity(0.1);
    store.getState().setLayer('nerves', true);
    expect(store.getState().skinOpacity).toBe(0.1);
  });

  it('clamps the opacity; the slider number is the see-through in whole percent', () => {
    const store = makeStore();
    store.getState().setSkinOpacity(3);
    expect(store.getState().skinOpacity).toBe(1);
    store.getState().setSkinOpacity(-1);
    expect(store.getState().skinOpacity).toBe(0);
    expect(opacityToXray(0.25)).toBe(75);
    expect(xrayToOpacity(75)).toBe(0.25);
    expect(xrayToOpacity(250)).toBe(0);
  });

  it('a failed layer can be tried again; a loading one is left alone', () => {
    const store = makeStore();
    store.getState().setLayerLoad('nerves', { status: 'loading', progress: 0.5 });
    store.getState().retryLayer('nerves');
    expect(store.getState().layerLoad.nerves.status).toBe('loading');
    store.getState().setLayerLoad('nerves', { status: 'failed', progress: 0.5 });
    store.getState().retryLayer('nerves');
    expect(store.getState().layerLoad.nerves).toEqual({ status: 'idle', progress: 0 });
  });
});

describe('choosing, isolating and hiding parts', () => {
  it('choosing a part shows its layer, frames it when asked, and ends lighting and isolation', () => {
    const store = makeStore();
    store.getState().showMuscles(['masseter', 'temporalis']);
    expect(store.getState().litMuscles).toEqual(['masseter', 'temporalis']);
    store.getState().setIsolated(true);
    store.getState().choosePart(c7, { frame: true });
    const s = store.getState();
    expect(s.part).toEqual(c7);
    expect(s.layers.skeleton).toBe(true);
    expect(s.isolated).toBe(false);
    expect(s.litMuscles).toEqual([]);
    expect(s.partFocus?.parts).toEqual([c7]);
    const nonce = s.partFocus?.nonce;
    store.getState().choosePart(trapezius);
    // A click on the body chooses without moving the camera.
    expect(store.getState().partFocus?.nonce).toBe(nonce);
  });

  it('hides parts and shows them again, one or all; show all also ends isolation', () => {
    const store = makeStore();
    store.getState().choosePart(trapezius);
    store.getState().setIsolated(true);
    store.getState().hidePart(trapezius);
    store.getState().hidePart(trapezius);
    expect(store.getState().hiddenParts).toEqual(['muscles:upper-trapezius']);
    // Hiding the chosen part ends its isolation: nothing would be left to see.
    expect(store.getState().isolated).toBe(false);
    store.getState().hidePart(c7);
    store.getState().showPart(trapezius);
    expect(store.getState().hiddenParts).toEqual(['skeleton:C7']);
    store.getState().setIsolated(true);
    store.getState().showAllParts();
    expect(store.getState().hiddenParts).toEqual([]);
    expect(store.getState().isolated).toBe(false);
  });

  it('lighting a condition’s muscles shows the muscle layer and frames them', () => {
    const store = makeStore();
    store.getState().showMuscles(['masseter']);
    const s = store.getState();
    expect(s.layers.muscles).toBe(true);
    expect(s.skinOpacity).toBe(XRAY_OPACITY);
    expect(s.partFocus?.parts).toEqual([{ layer: 'muscles', id: 'masseter' }]);
  });

  it('hover changes only when the part does', () => {
    const store = makeStore();
    let changes = 0;
    store.subscribe(() => changes++);
    store.getState().hoverPart(trapezius);
    store.getState().hoverPart({ ...trapezius });
    store.getState().hoverPart(null);
    expect(changes).toBe(2);
  });
});

describe('what a link says', () => {
  it('knows the ids of each layer', () => {
    expect(isPartId('muscles', 'upper-trapezius')).toBe(true);
    expect(isPartId('skeleton', 'upper-trapezius')).toBe(false);
    expect(isPartId('nerves', 'root-C5')).toBe(true);
  });

  it('implies the skin and the part’s own layer, see-through when the skin covers another layer', () => {
    expect(impliedLayers(null)).toEqual(['skin']);
    expect(impliedLayers(trapezius)).toEqual(['skin', 'muscles']);
    expect(impliedXray(['skin'])).toBe(0);
    expect(impliedXray(['skin', 'nerves'])).toBe(75);
    expect(impliedXray(['muscles'])).toBe(0);
  });

  it('a link with a muscle opens it over the see-through skin and frames it', () => {
    const store = makeStore();
    store.getState().applyAnatomyUrl({ part: trapezius });
    const s = store.getState();
    expect(s.part).toEqual(trapezius);
    expect(s.layers).toEqual({ skin: true, muscles: true, skeleton: false, nerves: false });
    expect(s.skinOpacity).toBe(XRAY_OPACITY);
    expect(s.partFocus?.parts).toEqual([trapezius]);
  });

  it('the part’s layer shows even when the link leaves it out; layers and see-through as said', () => {
    const store = makeStore();
    store.getState().applyAnatomyUrl({ part: c7, layers: ['nerves'], xray: 40 });
    const s = store.getState();
    expect(s.layers).toEqual({ skin: false, muscles: false, skeleton: true, nerves: true });
    expect(s.skinOpacity).toBeCloseTo(0.6);
  });

  it('going back to a link without a part closes the view; the same part does not move the camera', () => {
    const store = makeStore();
    store.getState().applyAnatomyUrl({ part: trapezius });
    const nonce = store.getState().partFocus?.nonce;
    store.getState().applyAnatomyUrl({ part: trapezius, xray: 10 });
    expect(store.getState().partFocus?.nonce).toBe(nonce);
    store.getState().applyAnatomyUrl({});
    expect(store.getState().part).toBeNull();
    expect(store.getState().layers).toEqual({ skin: true, muscles: false, skeleton: false, nerves: false });
    expect(store.getState().skinOpacity).toBe(1);
  });

  it('an id that is not a part of that layer is ignored', () => {
    const store = makeStore();
    store.getState().applyAnatomyUrl({ part: { layer: 'skeleton', id: 'masseter' } });
    expect(store.getState().part).toBeNull();
  });
});

import type { StateCreator } from 'zustand';
import type { AppState } from './store';

// The layers beneath the skin (issue 10): which layers show, how see-through the skin is, the
// chosen part (a muscle, bone or nerve) and what is isolated or hidden. The scene reads this; the
// DOM (layer controls, part lists, the part view) writes it. Ids are those of
// content/anatomyIdList.mjs; a part is named `layer:id` where one string is handier.

export type DeepLayer = 'muscles' | 'skeleton' | 'nerves';
export type LayerId = 'skin' | DeepLayer;

export interface PartRef {
  layer: DeepLayer;
  id: string;
}

/** Loading state of a deep layer's file: the first time it is shown it is fetched. */
export interface LayerLoad {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** 0–1 while loading (bytes received / total, when the size is known). */
  progress: number;
}

/** A request to frame some parts (a muscle, a condition's muscles); `nonce` makes repeats distinct. */
export interface PartFocusRequest {
  parts: PartRef[];
  nonce: number;
}

export interface AnatomySlice {
  layers: Record<LayerId, boolean>;
  /** 1 = solid skin, 0 = invisible; in between the layers beneath show through (X-ray). */
  skinOpacity: number;
  /** The part whose view is open (and which is selected on the body); null: none. */
  part: PartRef | null;
  hoveredPart: PartRef | null;
  /** Muscles lit on the body by a condition's "show its muscles" (empty: none). */
  litMuscles: string[];
  /** Everything but the chosen part is faded. */
  isolated: boolean;
  /** Parts hidden to see what lies beneath, as `layer:id`. */
  hiddenParts: string[];
  layerLoad: Record<DeepLayer, LayerLoad>;
  partFocus: PartFocusRequest | null;
  setLayer: (layer: LayerId, on: boolean) => void;
  setSkinOpacity: (opacity: number) => void;
  /** Opens a part's view and selects it on the body (its layer is shown); null closes it. */
  choosePart: (part: PartRef | null, options?: { frame?: boolean }) => void;
  hoverPart: (part: PartRef | null) => void;
  setIsolated: (on: boolean) => void;
  hidePart: (part: PartRef) => void;
  /** Brings back every hidden part and ends isolation. */
  showAllParts: () => void;
  /** Lights these muscles on the body (muscle layer shown, skin see-through) and frames them. */
  showMuscles: (ids: string[]) => void;
  setLayerLoad: (layer: DeepLayer, load: LayerLoad) => void;
}

export const partKey = (p: PartRef) => `${p.layer}:${p.id}`;
export const samePart = (a: PartRef | null, b: PartRef | null) =>
  a === b || (a !== null && b !== null && a.layer === b.layer && a.id === b.id);

/** How see-through the skin becomes when a deeper layer is first shown over a solid skin. */
export const XRAY_OPACITY = 0.25;

let nonce = 0;

export const createAnatomySlice: StateCreator<AppState, [], [], AnatomySlice> = (set, get) => ({
  layers: { skin: true, muscles: false, skeleton: false, nerves: false },
  skinOpacity: 1,
  part: null,
  hoveredPart: null,
  litMuscles: [],
  isolated: false,
  hiddenParts: [],
  layerLoad: {
    muscles: { status: 'idle', progress: 0 },
    skeleton: { status: 'idle', progress: 0 },
    nerves: { status: 'idle', progress: 0 },
  },
  partFocus: null,
  setLayer: (layer, on) => {
    const s = get();
    if (s.layers[layer] === on) return;
    // Showing a deep layer under a solid skin would show nothing: the skin turns see-through.
    const xray = on && layer !== 'skin' && s.layers.skin && s.skinOpacity > XRAY_OPACITY;
    set({ layers: { ...s.layers, [layer]: on }, ...(xray ? { skinOpacity: XRAY_OPACITY } : {}) });
  },
  setSkinOpacity: (opacity) => set({ skinOpacity: Math.min(1, Math.max(0, opacity)) }),
  choosePart: (part, options) => {
    if (!part) {
      set({ part: null, isolated: false });
      return;
    }
    get().setLayer(part.layer, true);
    set({
      part,
      isolated: false,
      litMuscles: [],
      ...(options?.frame ? { partFocus: { parts: [part], nonce: ++nonce } } : {}),
    });
  },
  hoverPart: (part) => {
    if (!samePart(get().hoveredPart, part)) set({ hoveredPart: part });
  },
  setIsolated: (isolated) => set({ isolated }),
  hidePart: (part) => {
    const key = partKey(part);
    const s = get();
    if (s.hiddenParts.includes(key)) return;
    set({ hiddenParts: [...s.hiddenParts, key], ...(samePart(s.part, part) ? { isolated: false } : {}) });
  },
  showAllParts: () => set({ hiddenParts: [], isolated: false }),
  showMuscles: (ids) => {
    get().setLayer('muscles', true);
    set({
      litMuscles: ids,
      partFocus: { parts: ids.map((id) => ({ layer: 'muscles', id })), nonce: ++nonce },
    });
  },
  setLayerLoad: (layer, load) => set({ layerLoad: { ...get().layerLoad, [layer]: load } }),
});

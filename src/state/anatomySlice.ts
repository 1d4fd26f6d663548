import type { StateCreator } from 'zustand';
import { BONE_IDS, MUSCLE_IDS, NERVE_IDS } from '../content/anatomyIdList.mjs';
import type { AppState } from './store';

// The layers beneath the skin (issue 10): which layers show, how see-through the skin is, the
// chosen part (a muscle, bone or nerve) and what is isolated or hidden. The scene reads this; the
// DOM (layer controls, part lists, the part view) writes it. Ids are those of
// content/anatomyIdList.mjs; a part is named `layer:id` where one string is handier.

export type DeepLayer = 'muscles' | 'skeleton' | 'nerves';
export type LayerId = 'skin' | DeepLayer;

/** Every layer, outermost first: the order of the layer buttons and of `layers=` in a link. */
export const LAYER_IDS: readonly LayerId[] = ['skin', 'muscles', 'skeleton', 'nerves'];
export const DEEP_LAYERS: readonly DeepLayer[] = ['muscles', 'skeleton', 'nerves'];

const PART_IDS: Record<DeepLayer, ReadonlySet<string>> = {
  muscles: new Set(MUSCLE_IDS),
  skeleton: new Set(BONE_IDS),
  nerves: new Set(NERVE_IDS),
};

/** Whether `id` names a part of that layer (a link or the scene may hand over anything). */
export const isPartId = (layer: DeepLayer, id: string) => PART_IDS[layer].has(id);
export const isLayerId = (value: string): value is LayerId =>
  (LAYER_IDS as readonly string[]).includes(value);

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
  /** Lights these muscles on the body (muscle layer shown, skin see-through) and frames them; [] unlights. */
  showMuscles: (ids: string[]) => void;
  setLayerLoad: (layer: DeepLayer, load: LayerLoad) => void;
  /** Brings one hidden part back. */
  showPart: (part: PartRef) => void;
  /** After a failed load: back to idle, so the scene fetches the layer's file again. */
  retryLayer: (layer: DeepLayer) => void;
  /** Applies what a link says about the layers and the chosen part (see urlState.ts). */
  applyAnatomyUrl: (state: AnatomyUrl) => void;
}

/** What a link says about the layers beneath the skin; null fields take their implied values. */
export interface AnatomyUrl {
  part?: PartRef | null | undefined;
  /** The layers shown; null or absent: the skin, and the chosen part's layer. */
  layers?: readonly LayerId[] | null | undefined;
  /** How see-through the skin is, 0–100 (%); null or absent: the usual for the layers shown. */
  xray?: number | null | undefined;
  /** The segmental view is open (`spine=`): every layer shows unless the link says otherwise. */
  spine?: unknown;
}

/**
 * The layers a link shows when it does not say: the skin, and the chosen part's own layer; every
 * layer in the segmental view (`spine=`).
 */
export function impliedLayers(part: PartRef | null | undefined, spine = false): LayerId[] {
  if (spine) return [...LAYER_IDS];
  return part ? ['skin', part.layer] : ['skin'];
}

/** The see-through a link means when it does not say: X-ray when the skin covers a shown layer. */
export function impliedXray(layers: readonly LayerId[], spine = false): number {
  const covers = layers.includes('skin') && layers.some((l) => l !== 'skin');
  if (!covers) return 0;
  return opacityToXray(spine ? SEGMENT_SKIN_OPACITY : XRAY_OPACITY);
}

/** The slider's and the link's number (see-through %, 0–100) from the skin's opacity, and back. */
export const opacityToXray = (opacity: number) => Math.round((1 - opacity) * 100);
export const xrayToOpacity = (xray: number) => 1 - Math.min(100, Math.max(0, xray)) / 100;

/** The store fields that close a part's view: spread into a selection change (region, condition, reset). */
export const CLOSED_PART = { part: null, isolated: false, litMuscles: [] as string[] } as const;

export const partKey = (p: PartRef) => `${p.layer}:${p.id}`;
export const samePart = (a: PartRef | null, b: PartRef | null) =>
  a === b || (a !== null && b !== null && a.layer === b.layer && a.id === b.id);

/** How see-through the skin becomes when a deeper layer is first shown over a solid skin. */
export const XRAY_OPACITY = 0.25;
/** How see-through the skin is in the segmental view: the spine, nerves and muscles show through. */
export const SEGMENT_SKIN_OPACITY = 0.15;

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
    if (ids.length === 0) {
      if (get().litMuscles.length > 0) set({ litMuscles: [] });
      return;
    }
    get().setLayer('muscles', true);
    set({
      litMuscles: ids,
      partFocus: { parts: ids.map((id) => ({ layer: 'muscles', id })), nonce: ++nonce },
    });
  },
  setLayerLoad: (layer, load) => set({ layerLoad: { ...get().layerLoad, [layer]: load } }),
  showPart: (part) => {
    const key = partKey(part);
    const s = get();
    if (s.hiddenParts.includes(key)) set({ hiddenParts: s.hiddenParts.filter((k) => k !== key) });
  },
  retryLayer: (layer) => {
    if (get().layerLoad[layer].status === 'failed')
      get().setLayerLoad(layer, { status: 'idle', progress: 0 });
  },
  applyAnatomyUrl: (url) => {
    const part = url.part && isPartId(url.part.layer, url.part.id) ? url.part : null;
    const spine = Boolean(url.spine);
    const shown = new Set(url.layers ?? impliedLayers(part, spine));
    // The chosen part's layer always shows: a part on a hidden layer could not be seen or picked.
    if (part) shown.add(part.layer);
    const layers = Object.fromEntries(LAYER_IDS.map((l) => [l, shown.has(l)])) as Record<LayerId, boolean>;
    const xray =
      url.xray ??
      impliedXray(
        LAYER_IDS.filter((l) => shown.has(l)),
        spine,
      );
    const s = get();
    const moves = part !== null && !samePart(s.part, part);
    set({
      layers,
      skinOpacity: xrayToOpacity(xray),
      part,
      ...(samePart(s.part, part) ? {} : { isolated: false }),
      ...(moves ? { partFocus: { parts: [part], nonce: ++nonce }, litMuscles: [] } : {}),
    });
  },
});

import type { Mesh } from 'three';
import type { DeepLayer } from '../../state/anatomySlice';
import type { RegionSkin } from '../skin/regionSkin';
import type { RegionStates } from '../skin/regionStates';

// The deep layers that have arrived, for the parts of the scene that are in the first 3D chunk
// (picking, framing, the test hook): the layers' own code is a lazy chunk (DeepLayers.tsx) that
// fills this in. Tiny on purpose: importing it brings nothing of the layers' code along.

export interface LoadedLayer {
  layer: DeepLayer;
  /** The full mesh (picking, framing) and its parts. */
  skin: RegionSkin<string>;
  states: RegionStates<string>;
  /** Every mesh that draws the layer (full, ghost pass, lighter one while moving). */
  drawn: Mesh[];
}

const loaded = new Map<DeepLayer, LoadedLayer>();
const listeners = new Set<() => void>();

export const layerRegistry = {
  get: (layer: DeepLayer) => loaded.get(layer),
  all: (): LoadedLayer[] => [...loaded.values()],
  add(entry: LoadedLayer) {
    loaded.set(entry.layer, entry);
    for (const listener of listeners) listener();
  },
  remove(layer: DeepLayer) {
    if (loaded.delete(layer)) for (const listener of listeners) listener();
  },
  /** Called whenever a layer arrives or leaves; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

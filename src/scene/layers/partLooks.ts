import type { AnatomySlice, DeepLayer, PartRef } from '../../state/anatomySlice';
import type { Spotlight } from '../segments/segmentBridge';
import type { RegionState } from '../skin/regionStates';

// Pure: how each part of a deep layer looks, from the store, and which parts a pointer may take.
// Shared by the layers' drawing (lazy chunk) and picking (first 3D chunk), and unit-tested.

/** How much of a part shows while another is isolated: a pale ghost. */
export const GHOST_SHOWN = 0.16;
/** Below this skin opacity the skin no longer takes clicks: the parts beneath it do. */
export const SKIN_PICK_OPACITY = 0.5;

export type PartLookState = Pick<
  AnatomySlice,
  'part' | 'hoveredPart' | 'litMuscles' | 'isolated' | 'hiddenParts'
>;

const isPart = (p: PartRef | null, layer: DeepLayer, id: string) => p?.layer === layer && p.id === id;

/** A spotlight (the segmental view) leaves this part a ghost: neither lit, kept nor chosen. */
function inShadow(s: PartLookState, spotlight: Spotlight | null, layer: DeepLayer, id: string): boolean {
  if (!spotlight || isPart(s.part, layer, id)) return false;
  const key = `${layer}:${id}`;
  return !spotlight.lit.has(key) && !spotlight.kept.has(key);
}

/**
 * The look of one part: selected, lit (by a condition's muscles or a spotlight), hovered, and how
 * much it shows: hidden, a ghost (another part isolated, or outside the spotlight), or fully.
 */
export function partLook(
  s: PartLookState,
  layer: DeepLayer,
  id: string,
  spotlight: Spotlight | null = null,
): RegionState {
  const chosen = isPart(s.part, layer, id);
  const hidden = s.hiddenParts.includes(`${layer}:${id}`);
  const faded = (s.isolated && s.part !== null && !chosen) || inShadow(s, spotlight, layer, id);
  return {
    selected: chosen,
    highlighted:
      (layer === 'muscles' && s.litMuscles.includes(id)) || spotlight?.lit.has(`${layer}:${id}`) === true,
    hovered: isPart(s.hoveredPart, layer, id),
    shown: hidden ? 0 : faded ? GHOST_SHOWN : 1,
  };
}

/**
 * Whether a pointer may take this part: not hidden, not a ghost (while isolating only the chosen
 * one; in a spotlight only the lit, kept and chosen parts).
 */
export function partPickable(
  s: PartLookState,
  layer: DeepLayer,
  id: string,
  spotlight: Spotlight | null = null,
): boolean {
  if (s.hiddenParts.includes(`${layer}:${id}`)) return false;
  if (inShadow(s, spotlight, layer, id)) return false;
  return !(s.isolated && s.part !== null && !isPart(s.part, layer, id));
}

/** Whether the skin takes clicks before the parts beneath it (shown and mostly opaque). */
export function skinTakesClicks(s: Pick<AnatomySlice, 'layers' | 'skinOpacity'>): boolean {
  return s.layers.skin && s.skinOpacity >= SKIN_PICK_OPACITY;
}

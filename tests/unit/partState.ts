import type { PartLookState } from '../../src/scene/layers/partLooks';

/** The part state at rest: nothing chosen, hovered, lit, isolated or hidden (shared by the layer tests). */
export const RESTING_PARTS: PartLookState = {
  part: null,
  hoveredPart: null,
  litMuscles: [],
  isolated: false,
  hiddenParts: [],
};

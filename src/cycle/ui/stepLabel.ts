import type { CycleStage } from '../stages';

/**
 * A step's label without a number of its own ("1. The muscle lets go"): the buttons and the
 * scrubber already give every step its number, so it is numbered once.
 */
export function stepLabel(stage: CycleStage): string {
  return stage.label.replace(/^\d+\.\s*/, '');
}

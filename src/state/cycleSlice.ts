import type { StateCreator } from 'zustand';
import { CYCLE_STAGE_IDS, type CycleStageId } from '../cycle/stageIds';
import type { AppState } from './store';

/** The pain-cycle explainer: which step is open (null = closed). Mirrored in the URL as `cycle`. */
export interface CycleSlice {
  cycleStage: CycleStageId | null;
  openCycle: (stage?: CycleStageId) => void;
  closeCycle: () => void;
  setCycleStage: (stage: CycleStageId) => void;
}

export const createCycleSlice: StateCreator<AppState, [], [], CycleSlice> = (set) => ({
  cycleStage: null,
  openCycle: (stage = CYCLE_STAGE_IDS[0]) => set({ cycleStage: stage }),
  closeCycle: () => set({ cycleStage: null }),
  setCycleStage: (stage) => set({ cycleStage: stage }),
});

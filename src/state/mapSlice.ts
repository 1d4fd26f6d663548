import type { StateCreator } from 'zustand';
import type { AppState } from './store';

// The flat body map (src/map2d): shown instead of the 3D body when a person asks for the "simple
// view" (`simple=1` in the link), when the browser has no WebGL, or when the 3D body's drawing
// context was lost and did not come back.

export interface MapSlice {
  /** The person chose the simple view (the flat map) over the 3D body. */
  simpleView: boolean;
  /** The 3D body's context was lost and not given back in time: the map stands in for it. */
  lostForGood: boolean;
  setSimpleView: (on: boolean) => void;
  setLostForGood: (on: boolean) => void;
}

export const createMapSlice: StateCreator<AppState, [], [], MapSlice> = (set) => ({
  simpleView: false,
  lostForGood: false,
  setSimpleView: (simpleView) => set({ simpleView }),
  setLostForGood: (lostForGood) => set({ lostForGood }),
});

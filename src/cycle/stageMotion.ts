import { CYCLE_STAGE_IDS, type CycleStageId } from './stageIds';
import { HEALTHY, type Visual } from './visual';

// How each step of the pain cycle moves: its length, where the camera looks and what changes in
// the close-up. Kept apart from the words (stages.ts) so the store's clock (cycleSlice, in the
// first paint) carries the timings without the words, which load with the explainer.

/** Where the camera looks during a step (see scene/views.ts). */
export type CameraView = 'overview' | 'spine' | 'nerve' | 'muscle' | 'joint';

/**
 * One change within a step: from `at` to `to` seconds after the step starts, the listed values
 * move (eased) from wherever they were to `set`.
 */
export interface Phase {
  at: number;
  to: number;
  set: Partial<Visual>;
}

export interface StageMotion {
  id: CycleStageId;
  /** Seconds at normal speed. */
  duration: number;
  view: CameraView;
  phases: Phase[];
}

const SHORTENED: Partial<Visual> = { tightness: 0.85, sensitivity: 0.8, root: 0.7, flow: 0.4, strain: 0.6 };

export const STAGE_MOTION: Record<CycleStageId, Omit<StageMotion, 'id'>> = {
  'spine-wear': {
    duration: 7,
    view: 'spine',
    phases: [{ at: 0.3, to: 3, set: { wear: 1 } }],
  },
  'nerve-root': {
    duration: 7,
    view: 'spine',
    phases: [{ at: 0.3, to: 2.5, set: { root: 1 } }],
  },
  supersensitive: {
    duration: 7,
    view: 'nerve',
    phases: [{ at: 0.3, to: 2.5, set: { sensitivity: 1 } }],
  },
  'muscle-tightens': {
    duration: 7,
    view: 'muscle',
    phases: [{ at: 0.3, to: 3, set: { tightness: 0.75 } }],
  },
  'pull-and-pressure': {
    duration: 8,
    view: 'overview',
    phases: [
      { at: 0.3, to: 2, set: { strain: 1 } },
      { at: 1.5, to: 3.5, set: { jointPressure: 1, spinePress: 1 } },
    ],
  },
  'less-blood-flow': {
    duration: 7,
    view: 'muscle',
    phases: [{ at: 0.3, to: 3, set: { flow: 0.2 } }],
  },
  'pain-signals': {
    duration: 7,
    view: 'nerve',
    phases: [{ at: 0.3, to: 2.5, set: { pain: 1 } }],
  },
  guarding: {
    duration: 8,
    view: 'overview',
    phases: [
      { at: 0.3, to: 2.5, set: { tightness: 1, spinePress: 1 } },
      { at: 2, to: 4, set: { root: 1, sensitivity: 1, flow: 0.15 } },
    ],
  },
  'needle-normal': {
    duration: 7,
    view: 'muscle',
    phases: [
      { at: 0, to: 2, set: { ...HEALTHY } },
      { at: 2, to: 4, set: { needle: 1 } },
    ],
  },
  'needle-grasp': {
    duration: 7,
    view: 'muscle',
    phases: [
      { at: 0, to: 1.2, set: { needle: 0 } },
      { at: 0.6, to: 2, set: SHORTENED },
      { at: 2, to: 3.5, set: { needle: 1 } },
      { at: 3.3, to: 4.3, set: { grasp: 1 } },
    ],
  },
  'stretch-reflex': {
    duration: 7,
    view: 'muscle',
    phases: [
      { at: 0.3, to: 1.3, set: { spindle: 1 } },
      { at: 1.3, to: 3.8, set: { tightness: 0.15, grasp: 0, strain: 0.1, jointPressure: 0 } },
    ],
  },
  'healing-blood': {
    duration: 7,
    view: 'muscle',
    phases: [
      { at: 0.2, to: 1, set: { spindle: 0 } },
      { at: 0.3, to: 2.5, set: { healing: 1, flow: 1 } },
    ],
  },
  'nerve-current': {
    duration: 8,
    view: 'nerve',
    phases: [
      { at: 0.3, to: 1.5, set: { current: 1 } },
      { at: 1.5, to: 4, set: { sensitivity: 0.1, root: 0.3, pain: 0, spinePress: 0.1 } },
    ],
  },
  'what-to-expect': {
    duration: 9,
    view: 'overview',
    phases: [
      { at: 0.2, to: 1.5, set: { needle: 0, current: 0, spindle: 0, grasp: 0 } },
      // Eased, not reset: results vary, so the picture stops short of the healthy start.
      {
        at: 1,
        to: 4,
        set: {
          tightness: 0.3,
          sensitivity: 0.25,
          root: 0.35,
          strain: 0.2,
          jointPressure: 0.1,
          spinePress: 0.2,
          flow: 0.85,
          healing: 0.15,
        },
      },
    ],
  },
};

/** Every step's motion, in the steps' order. */
export const MOTION_STAGES: readonly StageMotion[] = CYCLE_STAGE_IDS.map((id) => ({
  id,
  ...STAGE_MOTION[id],
}));

import type { StateCreator } from 'zustand';
import { SPINAL_LEVELS } from '../content/needleIdList.mjs';
import { CLOSED_PART, LAYER_IDS, type LayerId, SEGMENT_SKIN_OPACITY } from './anatomySlice';
import type { AppState } from './store';

// The segmental view (issue 11): a condition's spinal levels on the body (the vertebrae glow, the
// roots and nerves to its muscles light up, the needle sites show), or one level chosen in the
// picker (its skin band, its muscles). The store keeps only which view is open; what it lights is
// derived from the content (content/segments) by the lazy scene and panel chunks, so the first
// paint does not carry the anatomy content. Link: `spine=levels` (a condition's levels, or the
// picker alone) or `spine=C6` (a level).

export type SpinalLevel = (typeof SPINAL_LEVELS)[number];

export const isSpinalLevel = (value: unknown): value is SpinalLevel =>
  typeof value === 'string' && (SPINAL_LEVELS as readonly string[]).includes(value);

export interface SegmentView {
  /** The condition whose levels are shown (and which a level view goes back to); null: none. */
  conditionId: string | null;
  /** The level chosen in the picker; null: the condition's levels (or the picker alone). */
  level: SpinalLevel | null;
}

/** The link's word for a condition's levels (or the picker with no level chosen). */
export const SPINE_LEVELS = 'levels';
export type SpineParam = typeof SPINE_LEVELS | SpinalLevel;

export { SEGMENT_SKIN_OPACITY };
/** Every layer shows in the segmental view. */
export const SEGMENT_LAYERS: readonly LayerId[] = LAYER_IDS;

/** The picture before the view opened, put back when it is left. */
export interface SegmentReturn {
  layers: Record<LayerId, boolean>;
  skinOpacity: number;
}

export interface SegmentSlice {
  segments: SegmentView | null;
  segmentReturn: SegmentReturn | null;
  /** Bumped whenever the camera should frame the segmental view (opened, level chosen). */
  segmentFocus: number;
  /** Opens a condition's levels, and makes it the condition on show (null: the level picker alone, no condition). */
  showLevels: (conditionId: string | null) => void;
  /** Chooses a level (opening the view if needed, keeping its condition); null: back to the condition's levels. */
  chooseLevel: (level: SpinalLevel | null) => void;
  /** Leaves the view: the skin and layers return to what they were. */
  leaveSegments: () => void;
}

const ALL_LAYERS_ON = Object.fromEntries(LAYER_IDS.map((l) => [l, true])) as Record<LayerId, boolean>;

/**
 * The store fields that close the segmental view, putting the picture back: spread into a change
 * that leaves it (another condition, an area, reset). `{}` when it is not open.
 */
export function closedSegments(s: Pick<AppState, 'segments' | 'segmentReturn'>): Partial<AppState> {
  if (!s.segments) return {};
  const back = s.segmentReturn;
  return {
    segments: null,
    segmentReturn: null,
    ...(back ? { layers: back.layers, skinOpacity: back.skinOpacity } : {}),
  };
}

/** The fields that open the view over the current picture (remembering it the first time). */
function opening(s: AppState, view: SegmentView): Partial<AppState> {
  return {
    segments: view,
    segmentReturn: s.segments ? s.segmentReturn : { layers: s.layers, skinOpacity: s.skinOpacity },
    layers: ALL_LAYERS_ON,
    skinOpacity: s.segments ? s.skinOpacity : SEGMENT_SKIN_OPACITY,
    segmentFocus: s.segmentFocus + 1,
  };
}

export const createSegmentSlice: StateCreator<AppState, [], [], SegmentSlice> = (set, get) => ({
  segments: null,
  segmentReturn: null,
  segmentFocus: 0,
  showLevels: (conditionId) => {
    const s = get();
    // The view's condition is the store's condition, so the link (condition=…&spine=levels) can
    // say it: a level's "Conditions that involve C6" opens another condition's levels.
    set({
      ...opening(s, { conditionId, level: null }),
      ...CLOSED_PART,
      conditionId,
      compare: false,
      hoveredMarker: null,
      page: null,
    });
  },
  chooseLevel: (level) => {
    const s = get();
    const conditionId = s.segments ? s.segments.conditionId : s.conditionId;
    if (s.segments && s.segments.level === level) return;
    set({ ...opening(s, { conditionId, level }), ...CLOSED_PART, page: null });
  },
  leaveSegments: () => set(closedSegments(get())),
});

/**
 * What a link's `spine=` opens: with a condition its levels (or a level chosen from them); alone,
 * the picker or a level. Applied after the rest of the link; the picture before it is the plain skin.
 */
export function applySegmentUrl(
  set: (patch: Partial<AppState>) => void,
  get: () => AppState,
  spine: SpineParam | null | undefined,
): void {
  const s = get();
  if (!spine) {
    if (s.segments) set({ segments: null, segmentReturn: null });
    return;
  }
  const view: SegmentView = {
    conditionId: s.conditionId,
    level: spine === SPINE_LEVELS ? null : spine,
  };
  const same =
    s.segments !== null && s.segments.conditionId === view.conditionId && s.segments.level === view.level;
  set({
    segments: view,
    segmentReturn: s.segmentReturn ?? {
      layers: { skin: true, muscles: false, skeleton: false, nerves: false },
      skinOpacity: 1,
    },
    ...(same ? {} : { segmentFocus: s.segmentFocus + 1 }),
  });
}

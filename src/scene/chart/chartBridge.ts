// Where the chart's marks sit on the skin (worked out by the marks' scene, ChartMarks) and which
// spinal level each lies in (worked out by the segmental view's scene when the chart is laid over
// the dermatome bands), for the segment panel and the test hook. Tiny on purpose, like
// segmentBridge: importing it brings no scene code along.

export type Point3 = [number, number, number];

/** A mark placed on the skin: its own spot or its area's centre, the way the skin faces there. */
export interface PlacedMark {
  id: number;
  position: Point3;
  normal: Point3;
  /** The skin vertex nearest the spot (the dermatome bands are stored per vertex). */
  vertex: number;
}

interface ChartBridgeState {
  places: readonly PlacedMark[];
  /** Each mark's level (null: outside every band); null while the overlay is off or unknown. */
  levels: ReadonlyMap<number, string | null> | null;
}

let state: ChartBridgeState = { places: [], levels: null };
const listeners = new Set<() => void>();

export const chartBridge = {
  get: (): ChartBridgeState => state,
  set(patch: Partial<ChartBridgeState>) {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};

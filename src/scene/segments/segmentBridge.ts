import type { PartRef } from '../../state/anatomySlice';
import type { Framing } from '../framing';
import type { SkinZone } from '../skin/skinLook';

// The segmental view's scene code is a lazy chunk (SegmentLayer.tsx: it needs the anatomy
// content). The parts of the first 3D chunk that take part in it (the layers' looks, picking, the
// camera, the test hook) meet it here. Tiny on purpose, like layerRegistry: importing it brings
// nothing of the view's code or content along. Everything here is null while the view is closed.

/** Which deep parts the view lights and which it keeps solid; every other part is a ghost. */
export interface Spotlight {
  /** `layer:id` of the parts lit (glowing). */
  lit: ReadonlySet<string>;
  /** `layer:id` of the parts shown solid and unlit (the rest of the spine, so it reads as a column). */
  kept: ReadonlySet<string>;
}

/** What the view shows now, for the browser tests (test hook). */
export interface SegmentReport {
  /** The levels whose labels are drawn, top to bottom. */
  litLevels: string[];
  /** Needle-site markers drawn (both sides counted). */
  markers: number;
  /** A level label's centre on the page (client pixels), or null when not drawn. */
  labelScreen: (level: string) => { x: number; y: number } | null;
  /** A level's key sensory points (world space, left then right), or none before segments.json. */
  keyPoints: (level: string) => readonly (readonly [number, number, number])[];
}

interface Bridge {
  spotlight: Spotlight | null;
  /** The framing of the view as it stands (null until the layers it frames have arrived). */
  framing: (() => Framing | null) | null;
  /** Takes a click on a part instead of opening its view (a vertebra chooses its level); true if taken. */
  partClick: ((part: PartRef) => boolean) | null;
  report: SegmentReport | null;
  /** The chosen level's dermatome, to paint on the skin (a chosen muscle's referral wins). */
  dermatome: { level: string; zone: SkinZone } | null;
}

const bridge: Bridge = { spotlight: null, framing: null, partClick: null, report: null, dermatome: null };
const listeners = new Set<() => void>();

export const segmentBridge = {
  get spotlight() {
    return bridge.spotlight;
  },
  get framing() {
    return bridge.framing;
  },
  get partClick() {
    return bridge.partClick;
  },
  get report() {
    return bridge.report;
  },
  get dermatome() {
    return bridge.dermatome;
  },
  /** The level whose dermatome the skin shows now (set by the painter; no one is told). */
  painted: null as string | null,
  /** Sets some of the fields and tells every listener (the layers re-aim, the camera frames). */
  set(patch: Partial<Bridge>) {
    Object.assign(bridge, patch);
    for (const listener of listeners) listener();
  },
  /** Called whenever a field is set; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

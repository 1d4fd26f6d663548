import { isRegionId } from '../../content/regionIds';
import { isCameraPose } from '../../scene/cameraPose';
import {
  type CameraPose,
  type ConsultSnapshot,
  isPainKind,
  isTourStepId,
  MAX_INTENSITY,
  MAX_MARKS,
  type PainMark,
  type TourStepId,
} from '../types';

// The second screen's messages (pure): what the practitioner's window and the patient's window
// say to each other over one BroadcastChannel, checked field by field on arrival. Anything that
// does not check out is dropped whole: a snapshot is applied whole or not at all.

export const CHANNEL_NAME = 'ims-explorer-consult';
/** The snapshot version this build sends and understands. */
export const SNAPSHOT_VERSION = 1;

/**
 * - hello: a patient window is here (sent at start, on reload and every few seconds); `catchUp`
 *   asks for the whole picture at once.
 * - here: the practitioner's window answers a hello, naming its latest snapshot.
 * - snapshot: the practitioner's view, versioned and numbered.
 * - goodbye: a window is closing (pagehide).
 */
export type SyncMessage =
  | { kind: 'hello'; from: string; catchUp: boolean }
  | { kind: 'here'; from: string; seq: number }
  | { kind: 'snapshot'; from: string; snapshot: ConsultSnapshot }
  | { kind: 'newer-snapshot'; from: string; version: number }
  | { kind: 'goodbye'; from: string; role: 'main' | 'patient' };

/** What a store looks like to the snapshot: only the parts the patient's screen copies. */
export interface SnapshotSource {
  search: string;
  camera: CameraPose | null;
  tourStep: TourStepId | null;
  blank: boolean;
  chart: PainMark[];
  chartOpen: boolean;
  chartOverlay: boolean;
}

export function buildSnapshot(source: SnapshotSource, seq: number): ConsultSnapshot {
  return {
    v: SNAPSHOT_VERSION,
    seq,
    search: source.search,
    camera: source.camera,
    tourStep: source.tourStep,
    blank: source.blank,
    chart: source.chart.map((m) => ({ ...m, point: m.point ? [...m.point] : null })),
    chartOpen: source.chartOpen,
    chartOverlay: source.chartOverlay,
  };
}

const MAX_SEARCH = 4000;
const MAX_ID = 64;
const MAX_POINT = 5;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_ID;
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

function isMark(value: unknown): value is PainMark {
  if (!isRecord(value)) return false;
  const { id, region, point, kind, intensity } = value;
  const pointOk =
    point === null ||
    (Array.isArray(point) &&
      point.length === 3 &&
      point.every((x) => typeof x === 'number' && Number.isFinite(x) && Math.abs(x) <= MAX_POINT));
  return (
    isCount(id) &&
    isRegionId(region) &&
    pointOk &&
    isPainKind(kind) &&
    isCount(intensity) &&
    intensity <= MAX_INTENSITY
  );
}

function isSearch(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_SEARCH && (value === '' || value.startsWith('?'));
}

/** A snapshot of this version, every field checked; null when anything is off. */
function readSnapshot(value: Record<string, unknown>): ConsultSnapshot | null {
  const { seq, search, camera, tourStep, blank, chart, chartOpen, chartOverlay } = value;
  if (!isCount(seq) || !isSearch(search)) return null;
  if (camera !== null && !isCameraPose(camera)) return null;
  if (tourStep !== null && !isTourStepId(tourStep)) return null;
  if (typeof blank !== 'boolean' || typeof chartOpen !== 'boolean' || typeof chartOverlay !== 'boolean')
    return null;
  if (!Array.isArray(chart) || chart.length > MAX_MARKS || !chart.every(isMark)) return null;
  const ids = new Set(chart.map((m) => m.id));
  if (ids.size !== chart.length) return null;
  return buildSnapshot({ search, camera, tourStep, blank, chart, chartOpen, chartOverlay }, seq);
}

/** Reads a message from the channel; null for anything that is not one of ours, or is broken. */
export function parseMessage(data: unknown): SyncMessage | null {
  if (!isRecord(data) || !isId(data.from)) return null;
  const from = data.from;
  switch (data.kind) {
    case 'hello':
      return typeof data.catchUp === 'boolean' ? { kind: 'hello', from, catchUp: data.catchUp } : null;
    case 'here':
      return isCount(data.seq) ? { kind: 'here', from, seq: data.seq } : null;
    case 'goodbye':
      return data.role === 'main' || data.role === 'patient'
        ? { kind: 'goodbye', from, role: data.role }
        : null;
    case 'snapshot': {
      if (!isRecord(data.snapshot)) return null;
      const version = data.snapshot.v;
      if (version === SNAPSHOT_VERSION) {
        const snapshot = readSnapshot(data.snapshot);
        return snapshot ? { kind: 'snapshot', from, snapshot } : null;
      }
      // A later version of the app in the other window: this screen cannot read it.
      return isCount(version) && version > SNAPSHOT_VERSION
        ? { kind: 'newer-snapshot', from, version }
        : null;
    }
    default:
      return null;
  }
}

/**
 * Keeps the patient's screen on the latest snapshot of one practitioner's window: a snapshot
 * older than one already applied is stale. While the window it follows is there, another one (the
 * app opened twice) is not followed, so the screen does not flick between two views. Once that
 * window has gone (`leaderGone`: it said goodbye or fell silent), the next one is followed; a
 * reloaded window starts its numbers again under a new name.
 */
export class SnapshotOrder {
  private sender: string | null = null;
  private seq = -1;

  /** Whether this snapshot should be applied (and if so, remembers it as the latest). */
  accept(from: string, snapshot: ConsultSnapshot, leaderGone = false): boolean {
    if (this.sender !== null && from !== this.sender && !leaderGone) return false;
    if (from === this.sender && snapshot.seq <= this.seq) return false;
    this.sender = from;
    this.seq = snapshot.seq;
    return true;
  }

  /** Whether this practitioner's window has something newer for this screen to ask for. */
  behind(from: string, seq: number, leaderGone = false): boolean {
    if (from !== this.sender) return this.sender === null || leaderGone;
    return seq > this.seq;
  }
}

import { getCondition } from '../../content';
import { isRegionId } from '../../content/regionIds';
import { isCycleStageId } from '../../cycle/stageIds';
import { isCameraPose } from '../../scene/cameraPose';
import {
  type ConsultSeen,
  type ConsultSnapshot,
  isPainKind,
  isTourStepId,
  MAX_INTENSITY,
  MAX_MARKS,
  type PainMark,
} from '../types';
import {
  buildSnapshot,
  isCount,
  isRecord,
  isSenderId,
  parseControlMessage,
  SNAPSHOT_VERSION,
  type SyncMessage,
} from './messages';

// The patient's side of the messages: a snapshot checked field by field on arrival, dropped
// whole when anything is off (a snapshot is applied whole or not at all), and kept in order.
// Only the patient's window loads this.

const MAX_SEARCH = 4000;
const MAX_POINT = 5;

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

const MAX_SEEN = 64;
const isIdList = (value: unknown, isId: (id: string) => boolean): value is string[] =>
  Array.isArray(value) && value.length <= MAX_SEEN && value.every((id) => typeof id === 'string' && isId(id));

/** What was shown: known conditions and pain-cycle steps only. */
function isSeen(value: unknown): value is ConsultSeen {
  return (
    isRecord(value) &&
    isIdList(value.conditions, (id) => getCondition(id) !== undefined) &&
    isIdList(value.stages, isCycleStageId)
  );
}

/** A snapshot of this version, every field checked; null when anything is off. */
function readSnapshot(value: Record<string, unknown>): ConsultSnapshot | null {
  const { seq, search, camera, tourStep, blank, chart, chartOpen, chartOverlay, seen } = value;
  if (!isCount(seq) || !isSearch(search)) return null;
  if (camera !== null && !isCameraPose(camera)) return null;
  if (tourStep !== null && !isTourStepId(tourStep)) return null;
  if (typeof blank !== 'boolean' || typeof chartOpen !== 'boolean' || typeof chartOverlay !== 'boolean')
    return null;
  if (!Array.isArray(chart) || chart.length > MAX_MARKS || !chart.every(isMark)) return null;
  const ids = new Set(chart.map((m) => m.id));
  if (ids.size !== chart.length) return null;
  if (!isSeen(seen)) return null;
  return buildSnapshot({ search, camera, tourStep, blank, chart, chartOpen, chartOverlay, seen }, seq);
}

/** Reads a message from the channel; null for anything that is not one of ours, or is broken. */
export function parseMessage(data: unknown): SyncMessage | null {
  if (!isRecord(data) || data.kind !== 'snapshot') return parseControlMessage(data);
  const from = data.from;
  if (!isSenderId(from) || !isRecord(data.snapshot)) return null;
  const version = data.snapshot.v;
  if (version === SNAPSHOT_VERSION) {
    const snapshot = readSnapshot(data.snapshot);
    return snapshot ? { kind: 'snapshot', from, snapshot } : null;
  }
  // A later version of the app in the other window: this screen cannot read it.
  return isCount(version) && version > SNAPSHOT_VERSION ? { kind: 'newer-snapshot', from, version } : null;
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

import type { ConsultSnapshot } from '../types';

// The second screen's messages (pure): what the practitioner's window and the patient's window
// say to each other over one BroadcastChannel. This part is all the practitioner's window needs
// (it is in the first-paint chunk); the patient's window reads snapshots with snapshotMessage.ts.

export const CHANNEL_NAME = 'ims-explorer-consult';
/** How often the patient's window says it is still there. */
export const HEARTBEAT_MS = 1500;
/** Silence for this long means the other window has gone (closed, crashed or asleep). */
export const GONE_MS = 5000;
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
export type SnapshotSource = Omit<ConsultSnapshot, 'v' | 'seq'>;

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
    seen: { conditions: [...source.seen.conditions], stages: [...source.seen.stages] },
  };
}

const MAX_ID = 64;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** A window's name in the messages. */
export const isSenderId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_ID;
export const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** Hello, here and goodbye, checked; null for anything else (snapshots: see snapshotMessage.ts). */
export function parseControlMessage(
  data: unknown,
): Exclude<SyncMessage, { kind: 'snapshot' | 'newer-snapshot' }> | null {
  if (!isRecord(data) || !isSenderId(data.from)) return null;
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
    default:
      return null;
  }
}

const newId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** This window's end of the channel, under a name of its own. */
export function openChannel(): {
  channel: BroadcastChannel;
  me: string;
  send: (message: SyncMessage) => void;
} {
  const channel = new BroadcastChannel(CHANNEL_NAME);
  return { channel, me: newId(), send: (message) => channel.postMessage(message) };
}

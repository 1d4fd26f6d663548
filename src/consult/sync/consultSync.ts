import { cameraBridge, onCameraMove } from '../../scene/cameraBridge';
import { type AppState, useAppStore } from '../../state/store';
import { searchOf } from '../../state/urlSync';
import type { ScreenRole } from '../types';
import {
  buildSnapshot,
  CHANNEL_NAME,
  GONE_MS,
  HEARTBEAT_MS,
  parseControlMessage,
  type SnapshotSource,
  type SyncMessage,
} from './messages';
import { setSyncStatus } from './syncStatus';

// The patient's second screen, with no server: same-origin windows kept in step over one
// BroadcastChannel. The practitioner's window sends its view as one snapshot whenever it changes
// (at most one per frame) and at once when a patient window says hello; the patient's window says
// hello at start and every few seconds, applies each newer snapshot whole, and notices when the
// practitioner's window says goodbye or stops answering. Either side can close and come back.

/** When the patient's code does not arrive, it is asked for again this soon. */
const RETRY_MS = 3000;
/** When a hidden practitioner's window gets no animation frames, snapshots still go this soon. */
const FLUSH_FALLBACK_MS = 120;

export const PATIENT_SCREEN_PARAM = 'screen';
export const PATIENT_SCREEN_VALUE = 'patient';
/** The window name `window.open` uses, so a second press finds the same window. */
export const PATIENT_WINDOW_NAME = 'ims-explorer-patient-screen';

export function isPatientScreen(search: string): boolean {
  return new URLSearchParams(search).get(PATIENT_SCREEN_PARAM) === PATIENT_SCREEN_VALUE;
}

const newId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** The parts of the store a patient's screen copies. */
function sourceOf(s: AppState): SnapshotSource {
  return {
    search: searchOf(s),
    camera: cameraBridge.pose?.() ?? null,
    tourStep: s.tourStep,
    blank: s.blank,
    chart: s.chart,
    chartOpen: s.chartOpen,
    chartOverlay: s.chartOverlay,
    seen: s.seen,
  };
}

/**
 * Starts the second screen's side of this window: the patient's screen for `?screen=patient`,
 * else the practitioner's. Returns this window's role (the patient's keeps no history of its own).
 */
export function startConsultSync(search: string): ScreenRole {
  const role: ScreenRole = isPatientScreen(search) ? 'patient' : 'main';
  useAppStore.getState().setScreenRole(role);
  if (role === 'patient') {
    document.documentElement.classList.add('patient-screen');
    document.title = `Patient screen - ${document.title}`;
  }
  if (typeof BroadcastChannel === 'undefined') {
    setSyncStatus({ supported: false });
    return role;
  }
  const channel = new BroadcastChannel(CHANNEL_NAME);
  const me = newId();
  const send = (message: SyncMessage) => channel.postMessage(message);
  if (role === 'patient') startPatientLater(channel, me, send);
  else startMain(channel, me, send);
  return role;
}

/** The patient's side is its own chunk: the practitioner's window never loads it. */
function startPatientLater(channel: BroadcastChannel, me: string, send: (message: SyncMessage) => void) {
  import('./patientSync')
    .then(({ startPatient }) => startPatient(channel, me, send))
    .catch(() => window.setTimeout(() => startPatientLater(channel, me, send), RETRY_MS));
}

function startMain(channel: BroadcastChannel, me: string, send: (message: SyncMessage) => void) {
  let seq = 0;
  let lastSent = '';
  /** Patient windows, by name, with when each was last heard. */
  const patients = new Map<string, number>();

  const sendSnapshot = (force: boolean) => {
    const source = sourceOf(useAppStore.getState());
    const key = JSON.stringify(source);
    if (key === lastSent && !force) return;
    if (key !== lastSent) {
      seq += 1;
      lastSent = key;
    }
    send({ kind: 'snapshot', from: me, snapshot: buildSnapshot(source, seq) });
  };

  // At most one snapshot per frame, however many store changes and camera updates come in it.
  let frame = 0;
  let timer = 0;
  const flush = () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
    frame = 0;
    timer = 0;
    sendSnapshot(false);
  };
  const schedule = () => {
    if (patients.size === 0 || frame || timer) return;
    frame = requestAnimationFrame(flush);
    timer = window.setTimeout(flush, FLUSH_FALLBACK_MS);
  };
  useAppStore.subscribe(schedule);
  onCameraMove(schedule);

  const connected = (now: boolean) => {
    const was = patients.size > 0;
    if (was === now) return;
    setSyncStatus(
      now ? { patientConnected: true, patientLeft: false } : { patientConnected: false, patientLeft: true },
    );
    useAppStore.getState().announce(now ? 'Patient screen connected.' : 'The patient screen was closed.');
  };

  channel.onmessage = (event: MessageEvent) => {
    const message = parseControlMessage(event.data);
    if (!message || message.from === me) return;
    if (message.kind === 'hello') {
      connected(true);
      patients.set(message.from, Date.now());
      if (message.catchUp) sendSnapshot(true);
      else send({ kind: 'here', from: me, seq });
    } else if (message.kind === 'goodbye' && message.role === 'patient' && patients.has(message.from)) {
      if (patients.size === 1) connected(false);
      patients.delete(message.from);
    }
  };
  window.setInterval(() => {
    const now = Date.now();
    for (const [id, heard] of patients) {
      if (now - heard <= GONE_MS) continue;
      if (patients.size === 1) connected(false);
      patients.delete(id);
    }
  }, HEARTBEAT_MS);
  window.addEventListener('pagehide', () => send({ kind: 'goodbye', from: me, role: 'main' }));
  // A patient screen already open (this window was reloaded) hears this and asks to catch up.
  send({ kind: 'here', from: me, seq });
}

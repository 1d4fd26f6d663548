import { cameraBridge, onCameraMove } from '../../scene/cameraBridge';
import { type AppState, useAppStore } from '../../state/store';
import { searchOf } from '../../state/urlSync';
import { t } from '../entryWords';
import {
  buildSnapshot,
  GONE_MS,
  HEARTBEAT_MS,
  parseControlMessage,
  type SnapshotSource,
  type SyncMessage,
} from './messages';
import { setSyncStatus } from './syncStatus';

// The practitioner's side of the second screen: its own small chunk, fetched right after start
// (a patient screen already open keeps saying hello until it answers).

/** When a hidden practitioner's window gets no animation frames, snapshots still go this soon. */
const FLUSH_FALLBACK_MS = 120;

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

export function startMain(channel: BroadcastChannel, me: string, send: (message: SyncMessage) => void) {
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
    useAppStore
      .getState()
      .announce(now ? t('consultEntry.patient.connected') : t('consultEntry.patient.gone'));
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

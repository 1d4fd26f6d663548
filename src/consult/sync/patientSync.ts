import { cameraBridge, onCameraMove } from '../../scene/cameraBridge';
import { prefersReducedMotion } from '../../scene/motion';
import { applyPendingPose, applySnapshot } from './applySnapshot';
import { GONE_MS, HEARTBEAT_MS, type SyncMessage } from './messages';
import { parseMessage, SnapshotOrder } from './snapshotMessage';
import { setSyncStatus } from './syncStatus';

// The patient's window (its own chunk): says hello at start and every few seconds, applies each
// newer snapshot whole, and notices when the practitioner's window says goodbye or stops
// answering; the last picture stays, and the next practitioner's window is followed.

export function startPatient(channel: BroadcastChannel, me: string, send: (message: SyncMessage) => void) {
  const order = new SnapshotOrder();
  let applied = false;
  let heardAt = 0;
  let status: 'waiting' | 'live' | 'closed' | 'reload' = 'waiting';
  const setStatus = (next: typeof status) => {
    status = next;
    setSyncStatus({ patient: next });
  };
  const hello = (catchUp: boolean) => send({ kind: 'hello', from: me, catchUp });

  channel.onmessage = (event: MessageEvent) => {
    const message = parseMessage(event.data);
    if (!message || message.from === me || message.kind === 'hello') return;
    if (message.kind === 'goodbye') {
      if (message.role === 'main' && applied) setStatus('closed');
      return;
    }
    heardAt = Date.now();
    if (message.kind === 'newer-snapshot') {
      setStatus('reload');
    } else if (message.kind === 'here') {
      if (order.behind(message.from, message.seq, status === 'closed')) hello(true);
      else if (status === 'closed') setStatus('live');
    } else if (order.accept(message.from, message.snapshot, status === 'closed')) {
      // The first picture is a cut; after that the camera glides, as the practitioner's does.
      applySnapshot(message.snapshot, cameraBridge, applied && !prefersReducedMotion());
      applied = true;
      setStatus('live');
    } else if (status === 'closed') {
      setStatus('live');
    }
  };
  // A pose that came before the body was drawn is applied when the camera first reports in.
  onCameraMove(() => applyPendingPose(cameraBridge));
  window.setInterval(() => {
    hello(!applied);
    if (status === 'live' && Date.now() - heardAt > GONE_MS) setStatus('closed');
  }, HEARTBEAT_MS);
  window.addEventListener('pagehide', () => send({ kind: 'goodbye', from: me, role: 'patient' }));
  hello(true);
}

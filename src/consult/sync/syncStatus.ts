import { useSyncExternalStore } from 'react';

// How the two windows stand with each other, for the words on screen. Kept beside the store (not
// in it): it is about this window's connection, never part of a view, a link or a snapshot.

export interface SyncStatus {
  /** BroadcastChannel exists in this browser (else the second screen cannot work). */
  supported: boolean;
  /** Practitioner's window: a patient screen answers now. */
  patientConnected: boolean;
  /** Practitioner's window: a patient screen was connected and has gone. */
  patientLeft: boolean;
  /**
   * Patient's window: waiting for the first picture; live; the practitioner's window closed or
   * stopped answering (the last picture stays); or it runs a newer version (reload this one).
   */
  patient: 'waiting' | 'live' | 'closed' | 'reload';
}

let status: SyncStatus = {
  supported: typeof BroadcastChannel !== 'undefined',
  patientConnected: false,
  patientLeft: false,
  patient: 'waiting',
};
const listeners = new Set<() => void>();

export function getSyncStatus(): SyncStatus {
  return status;
}

export function setSyncStatus(change: Partial<SyncStatus>): void {
  const next = { ...status, ...change };
  if ((Object.keys(next) as (keyof SyncStatus)[]).every((key) => next[key] === status[key])) return;
  status = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(subscribe, getSyncStatus, getSyncStatus);
}

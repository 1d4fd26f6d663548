import { useAppStore } from '../../state/store';
import { t } from '../entryWords';
import type { ScreenRole } from '../types';
import { setSyncStatus } from './syncStatus';

// The patient's second screen, with no server: same-origin windows kept in step over one
// BroadcastChannel. The practitioner's window sends its view as one snapshot whenever it changes
// (at most one per frame) and at once when a patient window says hello; the patient's window says
// hello at start and every few seconds, applies each newer snapshot whole, and notices when the
// practitioner's window says goodbye or stops answering. Either side can close and come back.

/** When the patient's code does not arrive, it is asked for again this soon. */
const RETRY_MS = 3000;

export const PATIENT_SCREEN_PARAM = 'screen';
export const PATIENT_SCREEN_VALUE = 'patient';
/** The window name `window.open` uses, so a second press finds the same window. */
export const PATIENT_WINDOW_NAME = 'ims-explorer-patient-screen';

export function isPatientScreen(search: string): boolean {
  return new URLSearchParams(search).get(PATIENT_SCREEN_PARAM) === PATIENT_SCREEN_VALUE;
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
    document.title = t('consultEntry.patientTitle', { title: document.title });
  }
  if (typeof BroadcastChannel === 'undefined') {
    setSyncStatus({ supported: false });
    return role;
  }
  startSideLater(role);
  return role;
}

/**
 * Each side is its own chunk, fetched at once (the first paint does not wait for it); the
 * practitioner's window never loads the patient's code.
 */
function startSideLater(role: ScreenRole) {
  const start =
    role === 'patient'
      ? import('./patientSync').then((m) => m.startPatient)
      : import('./mainSync').then((m) => m.startMain);
  Promise.all([import('./messages'), start])
    .then(([{ openChannel }, startSide]) => {
      const { channel, me, send } = openChannel();
      startSide(channel, me, send);
    })
    .catch(() => window.setTimeout(() => startSideLater(role), RETRY_MS));
}

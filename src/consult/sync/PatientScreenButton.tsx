import { useRef } from 'react';
import { withLang } from '../../i18n/t';
import { useAppStore } from '../../state/store';
import { t as entryT } from '../entryWords';
import { t } from '../words';
import { PATIENT_SCREEN_PARAM, PATIENT_SCREEN_VALUE, PATIENT_WINDOW_NAME } from './consultSync';
import { useSyncStatus } from './syncStatus';

/** The address of the patient's screen: this page with `?screen=patient` and nothing else. */
export function patientScreenUrl(): string {
  return `${window.location.pathname}${withLang(`?${PATIENT_SCREEN_PARAM}=${PATIENT_SCREEN_VALUE}`)}`;
}

/** "Open patient screen": opens (or reconnects) the patient's window; says whether it is connected. */
export function PatientScreenButton() {
  const { supported, patientConnected, patientLeft } = useSyncStatus();
  const opened = useRef<Window | null>(null);
  if (!supported) {
    return (
      <p className="patient-screen-status presenter-only">
        A patient screen cannot work in this browser. Try a current Chrome, Edge, Firefox or Safari.
      </p>
    );
  }
  const open = () => {
    // A second press brings the window already open to the front instead of loading it again.
    const current = opened.current;
    if (current && !current.closed) {
      current.focus();
      return;
    }
    const win = window.open(patientScreenUrl(), PATIENT_WINDOW_NAME, 'popup,width=1280,height=800');
    opened.current = win;
    if (!win) {
      useAppStore.getState().announce(t('consult.patient.popupBlocked'));
    }
  };
  const words = patientConnected
    ? entryT('consultEntry.patient.connected')
    : patientLeft
      ? entryT('consultEntry.patient.gone')
      : '';
  return (
    <div className="patient-screen-control presenter-only">
      <button type="button" className="presenter-button" onClick={open}>
        {patientConnected ? t('consult.patient.show') : t('consult.patient.open')}
      </button>
      <p className="patient-screen-status" data-connected={patientConnected || undefined}>
        {words}
      </p>
    </div>
  );
}

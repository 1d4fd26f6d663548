import { useAppStore } from '../../state/store';
import { useSyncStatus } from './syncStatus';
import './patientScreen.css';
import { t } from '../words';

const MESSAGES = {
  waiting: () => t('consult.patient.waiting'),
  closed: () => t('consult.patient.closed'),
  reload: () => t('consult.patient.reload'),
  unsupported: () => t('consult.patient.unsupported'),
} as const;

/**
 * What the patient's second screen adds to the body: the clinic's name, a line when there is no
 * live picture, and a calm dark screen when the practitioner blanks it. Nothing on other screens.
 */
export function PatientScreen() {
  const role = useAppStore((s) => s.screenRole);
  const clinic = useAppStore((s) => s.clinic);
  const blank = useAppStore((s) => s.blank);
  const tourStep = useAppStore((s) => s.tourStep);
  const { patient, supported } = useSyncStatus();
  if (role !== 'patient') return null;
  const message = !supported ? MESSAGES.unsupported() : patient === 'live' ? null : MESSAGES[patient]();
  return (
    <div className="patient-overlay" data-tour-step={tourStep ?? undefined} data-sync={patient}>
      {clinic && <p className="patient-clinic">{clinic.name}</p>}
      <div role="status" className="patient-message-place">
        {message && (
          <div className="patient-message">
            <p>{message}</p>
            {patient === 'reload' && (
              <button type="button" className="tool-button" onClick={() => window.location.reload()}>
                {t('consult.patient.reloadButton')}
              </button>
            )}
          </div>
        )}
      </div>
      {blank && (
        <div className="patient-blank">
          <p className="visually-hidden">{t('consult.patient.blank')}</p>
        </div>
      )}
    </div>
  );
}

export default PatientScreen;

import { useAppStore } from '../state/store';
import { CLINIC_FILE, clinicProblemNotice, loadClinicConfig } from './clinicConfig';

/**
 * Reads the clinic's own details from the clinic.json beside the site (see README). Its own small
 * chunk, loaded just after the first paint: the details show in the footer and on the handout.
 */
export async function startClinic(): Promise<void> {
  const { details, problems } = await loadClinicConfig(`${import.meta.env.BASE_URL}${CLINIC_FILE}`);
  const store = useAppStore.getState();
  store.setClinic(details);
  if (problems.length === 0) return;
  console.warn(`${CLINIC_FILE}:`, problems);
  if (!store.notice) store.showNotice(clinicProblemNotice(problems));
}

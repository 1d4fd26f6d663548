import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { CLINIC_FILE, clinicProblemNotice, loadClinicConfig } from './clinic/clinicConfig';
import { startConsultSync } from './consult/sync/consultSync';
import { hasVisitLink, startTakeHome } from './consult/takehome/visitStart';
import { useAppStore } from './state/store';
import { startUrlSync } from './state/urlSync';
import './styles.css';

// The patient's second screen (`?screen=patient`) copies the practitioner's window: no history of its own.
const screenRole = startConsultSync(window.location.search);
if (screenRole === 'main') {
  startUrlSync();
  // A take-home link (#visit=…) opens "Your visit"; what is shown is recorded for the next one.
  startTakeHome();
}

// The clinic's own details, if it has put a clinic.json beside the site (see README).
void loadClinicConfig(`${import.meta.env.BASE_URL}${CLINIC_FILE}`).then(({ details, problems }) => {
  const store = useAppStore.getState();
  store.setClinic(details);
  if (problems.length === 0) return;
  console.warn(`${CLINIC_FILE}:`, problems);
  if (!store.notice) store.showNotice(clinicProblemNotice(problems));
});

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

// index.html holds the default view, pre-rendered at build time. Hydrate it when that is what
// this visit shows; a link to another view or a saved preference renders afresh instead.
const s = useAppStore.getState();
const showsDefault =
  !s.regionId &&
  !s.conditionId &&
  !s.view &&
  !s.cycleStage &&
  !s.largeText &&
  !s.simpleView &&
  !s.notice &&
  !hasVisitLink(window.location.hash);
// (The patient's screen is another page than the pre-rendered one.)
if (root.firstElementChild && showsDefault && screenRole === 'main') {
  hydrateRoot(root, app);
} else {
  root.textContent = '';
  createRoot(root).render(app);
}

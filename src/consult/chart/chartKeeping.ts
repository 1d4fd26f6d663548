import type { AppState } from '../../state/store';
import { hasVisitLink } from '../takehome/visitStart';
import { t } from '../words';
import { readChart, writeChart } from './chartStorage';

// Keeps the pain chart in this tab's sessionStorage while the app runs, so a reload keeps it, and
// forgets it there as soon as the chart is cleared or the consultation ends. Started once from
// the panel (first paint), so a reload brings the marks back before anyone looks for them.

interface StoreLike {
  getState: () => AppState;
  subscribe: (listener: (state: AppState, previous: AppState) => void) => () => void;
}

export const chartUnreadable = (): string => t('consult.chart.unreadable');

const sessionStore = (): Storage | null => {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
};

/**
 * Restores the kept chart (not on a patient's second screen, which shows only what the
 * practitioner sends, nor when a take-home link set the chart: it never falls back to this
 * device's data), then keeps every change. Returns the unsubscribe.
 */
export function startChartKeeping(store: StoreLike, storage: Storage | null = sessionStore()): () => void {
  const start = store.getState();
  // A take-home link being opened brings its own chart (read in its own chunk, a moment later).
  const visitLink = typeof window !== 'undefined' && hasVisitLink(window.location.hash);
  const keeps = start.screenRole !== 'patient';
  if (keeps && start.visit === null && !visitLink && start.chart.length === 0) {
    const { marks, broken } = readChart(storage);
    if (marks.length > 0) start.setChart(marks);
    if (broken) {
      writeChart(storage, []);
      start.showNotice(chartUnreadable());
    }
  } else if (keeps && start.chart.length > 0) {
    // Started by the first change to the chart (see keepChartLater): keep what is there now.
    writeChart(storage, start.chart);
  }
  return store.subscribe((s, previous) => {
    if (s.chart !== previous.chart && s.screenRole !== 'patient') writeChart(storage, s.chart);
  });
}

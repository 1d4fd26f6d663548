import type { StateCreator } from 'zustand';
import {
  type ConsultSeen,
  MAX_INTENSITY,
  MAX_MARKS,
  type PainKind,
  type PainMark,
  type ScreenRole,
  type TakeHome,
  TOUR_STEPS,
  type TourStepId,
} from '../consult/types';
import type { AppState } from './store';

// The consultation (issue 12): presenter mode and its tour, the pain chart, what was shown. The
// chart is this device's only: never in the address bar (only in a take-home link made on
// purpose), cleared by "End consultation". What each tour step shows is set by the tour module
// (consult/tour) through `tourShow`, so the store stays free of the tour's words.

export interface ConsultSlice {
  /** Presenter mode: the body and a large caption bar, large text, high contrast. */
  presenter: boolean;
  screenRole: ScreenRole;
  /** The tour step on show; null: not in the tour (free exploring, or no consultation). */
  tourStep: TourStepId | null;
  /** The last step shown, so "Back to the tour" returns to it. */
  lastTourStep: TourStepId | null;
  /** The screen blanked (a clicker's B key): the patient sees a calm empty screen. */
  blank: boolean;
  /** The pain chart's panel is open (and a tap on the body adds a mark). */
  chartOpen: boolean;
  chart: PainMark[];
  /** The kind and intensity the next mark gets. */
  chartKind: PainKind;
  chartIntensity: number;
  /** The mark being changed (its list entry and its spot on the body are highlighted). */
  chartSelected: number | null;
  /** The chart laid over the dermatome bands in the segmental view. */
  chartOverlay: boolean;
  /** What was shown since the consultation began. */
  seen: ConsultSeen;
  /** The take-home panel (link, QR code, handout) is open. */
  takeHomeOpen: boolean;
  /** A take-home link that was opened on this device: its "Your visit" page shows; null: none. */
  visit: TakeHome | null;
  openTakeHome: (open: boolean) => void;
  setVisit: (visit: TakeHome | null) => void;
  setPresenter: (on: boolean) => void;
  setScreenRole: (role: ScreenRole) => void;
  /** Shows a tour step (presenter mode on); null leaves the tour, keeping where it was. */
  goToStep: (step: TourStepId | null) => void;
  nextStep: () => void;
  previousStep: () => void;
  setBlank: (on: boolean) => void;
  openChart: (open: boolean) => void;
  setChartBrush: (brush: { kind?: PainKind; intensity?: number }) => void;
  /** Adds a mark with the current kind and intensity; returns its id (null: the chart is full). */
  addMark: (spot: { region: PainMark['region']; point: PainMark['point'] }) => number | null;
  updateMark: (id: number, change: Partial<Pick<PainMark, 'kind' | 'intensity'>>) => void;
  removeMark: (id: number) => void;
  selectMark: (id: number | null) => void;
  clearChart: () => void;
  /** Replaces the whole chart (a take-home link, the presenter's snapshot, the saved session). */
  setChart: (marks: PainMark[]) => void;
  setChartOverlay: (on: boolean) => void;
  noteSeen: (seen: Partial<ConsultSeen>) => void;
  /** Ends the consultation: the chart, the tour and what was seen are forgotten; presenter mode off. */
  endConsultation: () => void;
}

/**
 * What a tour step shows, set once by the tour module (so the store does not import the tour's
 * words): called by goToStep/nextStep/previousStep with the store's get and the step.
 */
export const tourShow: { current: ((get: () => AppState, step: TourStepId) => void) | null } = {
  current: null,
};

export const clampIntensity = (value: number): number =>
  Math.min(MAX_INTENSITY, Math.max(0, Math.round(Number.isFinite(value) ? value : 0)));

const NO_SEEN: ConsultSeen = { conditions: [], stages: [] };

export const createConsultSlice: StateCreator<AppState, [], [], ConsultSlice> = (set, get) => {
  const show = (step: TourStepId) => {
    set({ presenter: true, tourStep: step, lastTourStep: step, blank: false });
    tourShow.current?.(get, step);
  };
  const move = (by: 1 | -1) => {
    const at = get().tourStep ?? get().lastTourStep;
    const index = at ? TOUR_STEPS.indexOf(at) + by : 0;
    const step = TOUR_STEPS[Math.min(TOUR_STEPS.length - 1, Math.max(0, index))];
    if (step && step !== get().tourStep) show(step);
  };
  let nextId = 1;
  return {
    presenter: false,
    screenRole: 'main',
    tourStep: null,
    lastTourStep: null,
    blank: false,
    chartOpen: false,
    chart: [],
    chartKind: 'aching',
    chartIntensity: 5,
    chartSelected: null,
    chartOverlay: false,
    seen: NO_SEEN,
    takeHomeOpen: false,
    visit: null,
    openTakeHome: (takeHomeOpen) => set({ takeHomeOpen }),
    setVisit: (visit) => set({ visit }),
    setPresenter: (presenter) => set(presenter ? { presenter } : { presenter, tourStep: null, blank: false }),
    setScreenRole: (screenRole) => set({ screenRole }),
    goToStep: (step) => (step ? show(step) : set({ tourStep: null, blank: false })),
    nextStep: () => move(1),
    previousStep: () => move(-1),
    setBlank: (blank) => set({ blank }),
    openChart: (chartOpen) => set(chartOpen ? { chartOpen } : { chartOpen, chartSelected: null }),
    setChartBrush: ({ kind, intensity }) =>
      set((s) => ({
        chartKind: kind ?? s.chartKind,
        chartIntensity: clampIntensity(intensity ?? s.chartIntensity),
      })),
    addMark: ({ region, point }) => {
      const s = get();
      if (s.chart.length >= MAX_MARKS) return null;
      const id = Math.max(nextId, ...s.chart.map((m) => m.id + 1));
      nextId = id + 1;
      const mark: PainMark = { id, region, point, kind: s.chartKind, intensity: s.chartIntensity };
      set({ chart: [...s.chart, mark], chartSelected: id });
      return id;
    },
    updateMark: (id, change) =>
      set((s) => ({
        chart: s.chart.map((m) =>
          m.id === id
            ? {
                ...m,
                ...(change.kind ? { kind: change.kind } : {}),
                ...(change.intensity !== undefined ? { intensity: clampIntensity(change.intensity) } : {}),
              }
            : m,
        ),
      })),
    removeMark: (id) =>
      set((s) => ({
        chart: s.chart.filter((m) => m.id !== id),
        chartSelected: s.chartSelected === id ? null : s.chartSelected,
      })),
    selectMark: (chartSelected) => set({ chartSelected }),
    clearChart: () => set({ chart: [], chartSelected: null }),
    setChart: (chart) => set({ chart, chartSelected: null }),
    setChartOverlay: (chartOverlay) => set({ chartOverlay }),
    noteSeen: ({ conditions = [], stages = [] }) => {
      const s = get().seen;
      const add = (list: string[], more: string[]) => [...list, ...more.filter((x) => !list.includes(x))];
      const next = { conditions: add(s.conditions, conditions), stages: add(s.stages, stages) };
      if (next.conditions.length !== s.conditions.length || next.stages.length !== s.stages.length)
        set({ seen: next });
    },
    endConsultation: () =>
      set({
        presenter: false,
        tourStep: null,
        lastTourStep: null,
        blank: false,
        chartOpen: false,
        chart: [],
        chartSelected: null,
        chartOverlay: false,
        seen: NO_SEEN,
        takeHomeOpen: false,
      }),
  };
};

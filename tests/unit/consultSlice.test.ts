import { afterEach, describe, expect, it, vi } from 'vitest';
import { TOUR_STEPS } from '../../src/consult/types';
import { freshStoreModules } from './fakeStorage';

// The consultation slice (issue 12) with the whole store: moving through the tour's steps and its
// edges, leaving the tour and coming back, and "End consultation" forgetting the patient.

async function loadStore() {
  freshStoreModules();
  const { useAppStore } = await import('../../src/state/store');
  const { tourShow } = await import('../../src/state/consultSlice');
  // What each step shows is the tour module's (tour.test.ts); here only which steps were asked for.
  const shown: string[] = [];
  tourShow.current = (_get, step) => void shown.push(step);
  return { useAppStore, shown };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const FIRST = TOUR_STEPS[0];
const LAST = TOUR_STEPS[TOUR_STEPS.length - 1] ?? FIRST;

describe('the tour', () => {
  it('starts at the first step with nextStep, in presenter mode, and walks every step in order', async () => {
    const { useAppStore, shown } = await loadStore();
    expect(useAppStore.getState().presenter).toBe(false);
    for (let i = 0; i < TOUR_STEPS.length; i++) useAppStore.getState().nextStep();
    expect(shown).toEqual([...TOUR_STEPS]);
    const s = useAppStore.getState();
    expect(s.presenter).toBe(true);
    expect(s.tourStep).toBe(LAST);
  });

  it('stops at the last step going forward and at the first going back, showing nothing again', async () => {
    const { useAppStore, shown } = await loadStore();
    useAppStore.getState().goToStep(LAST);
    useAppStore.getState().nextStep();
    expect(useAppStore.getState().tourStep).toBe(LAST);
    expect(shown).toEqual([LAST]);
    useAppStore.getState().goToStep(FIRST);
    useAppStore.getState().previousStep();
    expect(useAppStore.getState().tourStep).toBe(FIRST);
    expect(shown).toEqual([LAST, FIRST]);
  });

  it('goes back one step at a time', async () => {
    const { useAppStore } = await loadStore();
    useAppStore.getState().goToStep('spinal-levels');
    useAppStore.getState().previousStep();
    expect(useAppStore.getState().tourStep).toBe('pain-cycle');
    useAppStore.getState().previousStep();
    expect(useAppStore.getState().tourStep).toBe('conditions');
  });

  it('can be left at any step and taken up again where it was left', async () => {
    const { useAppStore, shown } = await loadStore();
    useAppStore.getState().goToStep('acupuncture');
    useAppStore.getState().goToStep(null);
    let s = useAppStore.getState();
    expect(s.tourStep).toBeNull();
    expect(s.lastTourStep).toBe('acupuncture');
    // Still presenting: only the tour was left.
    expect(s.presenter).toBe(true);
    // Next from outside the tour goes on from where it was left.
    s.nextStep();
    expect(useAppStore.getState().tourStep).toBe('what-to-expect');
    s = useAppStore.getState();
    s.goToStep(null);
    s.goToStep(s.lastTourStep);
    expect(useAppStore.getState().tourStep).toBe('what-to-expect');
    expect(shown).toEqual(['acupuncture', 'what-to-expect', 'what-to-expect']);
  });

  it('a step brings a blanked screen back; turning presenter mode off leaves the tour but remembers it', async () => {
    const { useAppStore } = await loadStore();
    useAppStore.getState().goToStep('conditions');
    useAppStore.getState().setBlank(true);
    useAppStore.getState().nextStep();
    expect(useAppStore.getState().blank).toBe(false);
    useAppStore.getState().setBlank(true);
    useAppStore.getState().setPresenter(false);
    const s = useAppStore.getState();
    expect(s).toMatchObject({ presenter: false, tourStep: null, blank: false, lastTourStep: 'pain-cycle' });
  });
});

describe('End consultation', () => {
  it('forgets the chart, the tour, what was seen and the take-home panel, and leaves presenter mode', async () => {
    const { useAppStore } = await loadStore();
    const s = useAppStore.getState();
    s.goToStep('take-home');
    s.openChart(true);
    expect(s.addMark({ region: 'lower-back', point: [0, 1, -0.1] })).not.toBeNull();
    s.setChartOverlay(true);
    s.noteSeen({ conditions: ['spinal-pain'], stages: ['spine-wear'] });
    s.openTakeHome(true);
    s.setBlank(true);
    expect(useAppStore.getState().chart).toHaveLength(1);

    useAppStore.getState().endConsultation();
    expect(useAppStore.getState()).toMatchObject({
      presenter: false,
      tourStep: null,
      lastTourStep: null,
      blank: false,
      chartOpen: false,
      chart: [],
      chartSelected: null,
      chartOverlay: false,
      seen: { conditions: [], stages: [] },
      takeHomeOpen: false,
    });
    // A new consultation starts at the beginning, not where the last patient's tour was.
    useAppStore.getState().nextStep();
    expect(useAppStore.getState().tourStep).toBe(FIRST);
  });
});

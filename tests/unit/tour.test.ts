import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type ClickerAction,
  clickerAction,
  type FocusedElement,
  keepsKey,
  patientSwallowsKey,
} from '../../src/consult/presenter/clickerKeys';
import { COMMON_CONDITIONS } from '../../src/consult/tour/showStep';
import { TOUR_WORDS } from '../../src/consult/tour/steps';
import { stepAnnouncement, stepCount, TOUR_TITLES } from '../../src/consult/tour/titles';
import { TOUR_STEPS } from '../../src/consult/types';
import { getCondition } from '../../src/content';
import { fleschKincaidGrade, readabilityCounts } from '../../src/content/readability';
import { sourcesFor } from '../../src/content/sourceLookup';
import { CYCLE_STAGE_IDS } from '../../src/cycle/stageIds';
import { freshStoreModules } from './fakeStorage';

// The guided consultation (issue 12): its words (plain, honest, sourced where they state facts),
// what each step puts on screen, and which keys a presentation clicker's presses become.

describe('the words of each step', () => {
  const all = TOUR_STEPS.map((step) => ({ step, words: TOUR_WORDS[step] }));

  it('every step has a heading, 1 to 3 lines and talking points', () => {
    expect(Object.keys(TOUR_WORDS).sort()).toEqual([...TOUR_STEPS].sort());
    for (const { step, words } of all) {
      expect(words.title, step).toBe(TOUR_TITLES[step]);
      expect(words.title.length, step).toBeGreaterThan(3);
      expect(words.lines.length, step).toBeGreaterThanOrEqual(1);
      expect(words.lines.length, step).toBeLessThanOrEqual(3);
      expect(words.notes.length, step).toBeGreaterThanOrEqual(1);
    }
    expect(new Set(all.map(({ words }) => words.title)).size).toBe(TOUR_STEPS.length);
  });

  it('reads at grade 8 or below, with straight apostrophes only', () => {
    const texts = all.flatMap(({ step, words }) => [
      ...words.lines.map((l) => ({ step, text: l.text })),
      ...words.notes.map((text) => ({ step, text })),
    ]);
    for (const { step, text } of texts) {
      expect(text, step).not.toMatch(/[\u2018\u2019]/);
      if (readabilityCounts(text).word >= 6)
        expect(fleschKincaidGrade(text), `${step}: ${text}`).toBeLessThanOrEqual(8);
    }
  });

  it('names real sources, and never promises or diagnoses', () => {
    for (const { step, words } of all) {
      for (const line of words.lines) {
        expect(sourcesFor([...line.sources]).length, `${step}: ${line.text}`).toBe(line.sources.length);
        expect(line.text, step).not.toMatch(/\b(will|can) help\b|\bcures?\b|\bproven\b|\byou have\b/i);
      }
    }
    // A step that states how IMS works cites it.
    expect(TOUR_WORDS['what-is-ims'].lines.every((l) => l.sources.length > 0)).toBe(true);
    expect(TOUR_WORDS.conditions.lines.map((l) => l.text).join(' ')).toMatch(
      /to discuss with your physiotherapist/,
    );
    expect(TOUR_WORDS.conditions.lines.map((l) => l.text).join(' ')).toMatch(/not a diagnosis/);
  });

  it('counts and announces steps in plain words', () => {
    expect(stepCount('conditions')).toBe('Step 3 of 8');
    expect(stepAnnouncement('take-home')).toBe('Step 8 of 8: Take it home');
  });

  it('offers real conditions when nothing is marked', () => {
    for (const id of COMMON_CONDITIONS) expect(getCondition(id), id).toBeDefined();
  });
});

async function loadTour() {
  freshStoreModules();
  const { useAppStore } = await import('../../src/state/store');
  const { installTour } = await import('../../src/consult/tour/showStep');
  installTour();
  return useAppStore;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('what each step shows', () => {
  it('walks the whole tour forwards with a condition chosen, each step showing its own part and cleaning up the last', async () => {
    const store = await loadTour();
    const s = () => store.getState();
    s().goToStep('what-is-ims');
    expect(s()).toMatchObject({ presenter: true, page: 'what-is-ims', conditionId: null, chartOpen: false });
    expect(s().announcement).toMatch(/^Step 1 of 8: What is IMS\?/);

    s().nextStep();
    expect(s()).toMatchObject({ tourStep: 'where-it-hurts', page: null, chartOpen: true });

    // The practitioner picks a condition in the conditions step; later steps talk about it.
    s().nextStep();
    expect(s()).toMatchObject({ tourStep: 'conditions', chartOpen: false, conditionId: null });
    s().selectCondition('tennis-elbow');

    s().nextStep();
    expect(s()).toMatchObject({
      tourStep: 'pain-cycle',
      cycleStage: CYCLE_STAGE_IDS[0],
      cyclePlaying: false,
    });

    s().nextStep();
    expect(s()).toMatchObject({ tourStep: 'spinal-levels', cycleStage: null, chartOverlay: true });
    expect(s().segments).toEqual({ conditionId: 'tennis-elbow', level: null });

    s().nextStep();
    expect(s()).toMatchObject({ tourStep: 'acupuncture', segments: null, chartOverlay: false });
    expect(s()).toMatchObject({ conditionId: 'tennis-elbow', compare: true, page: null });

    s().nextStep();
    expect(s()).toMatchObject({
      tourStep: 'what-to-expect',
      compare: false,
      page: 'what-happens-in-a-session',
    });

    s().nextStep();
    expect(s()).toMatchObject({ tourStep: 'take-home', takeHomeOpen: true, page: null });
    expect(s().announcement).toMatch(/^Step 8 of 8: Take it home/);
  });

  it('coming back to the pain cycle from the spine lands on its last step', async () => {
    const store = await loadTour();
    store.getState().goToStep('spinal-levels');
    store.getState().previousStep();
    expect(store.getState().cycleStage).toBe(CYCLE_STAGE_IDS[CYCLE_STAGE_IDS.length - 1]);
  });

  it('without a condition: no condition forced, the comparison page instead of the body markers', async () => {
    const store = await loadTour();
    store.getState().goToStep('conditions');
    expect(store.getState().conditionId).toBeNull();
    store.getState().goToStep('acupuncture');
    expect(store.getState()).toMatchObject({ compare: false, page: 'ims-vs-acupuncture' });
    store.getState().goToStep('spinal-levels');
    expect(store.getState().segments).toEqual({ conditionId: null, level: null });
    expect(store.getState().page).toBeNull();
  });

  it('keeps the take-home panel and the chart over the bands in step when Back or a link changes the step', async () => {
    const store = await loadTour();
    const { EMPTY_URL_STATE } = await import('../../src/state/urlState');
    store.getState().applyUrlState({ ...EMPTY_URL_STATE, tour: 'take-home' });
    expect(store.getState()).toMatchObject({ presenter: true, tourStep: 'take-home', takeHomeOpen: true });
    expect(store.getState().announcement).toMatch(/^Step 8 of 8/);
    store.getState().applyUrlState({
      ...EMPTY_URL_STATE,
      conditionId: 'tennis-elbow',
      spine: 'levels',
      tour: 'spinal-levels',
    });
    expect(store.getState()).toMatchObject({
      tourStep: 'spinal-levels',
      takeHomeOpen: false,
      chartOverlay: true,
    });
  });
});

describe('clicker keys', () => {
  const none = { alt: false, ctrl: false, meta: false };
  const el = (over: Partial<FocusedElement>): FocusedElement => ({
    tag: 'BUTTON',
    type: '',
    role: null,
    editable: false,
    inDialog: false,
    ...over,
  });

  it('maps what clickers send: Page keys and arrows step, B and "." blank, Home and End jump', () => {
    const expected: Record<string, ClickerAction> = {
      PageDown: 'next',
      ArrowRight: 'next',
      ArrowDown: 'next',
      PageUp: 'previous',
      ArrowLeft: 'previous',
      ArrowUp: 'previous',
      b: 'blank',
      B: 'blank',
      '.': 'blank',
      Home: 'first',
      End: 'last',
      Escape: 'leave',
      p: 'presenter',
    };
    for (const [key, action] of Object.entries(expected))
      expect(clickerAction(key, none, null, true), key).toBe(action);
    // Space stays with the buttons; other keys are not ours.
    expect(clickerAction(' ', none, null, true)).toBeNull();
    expect(clickerAction('x', none, null, true)).toBeNull();
  });

  it('outside presenter mode only P does anything; modifiers leave every key alone', () => {
    expect(clickerAction('PageDown', none, null, false)).toBeNull();
    expect(clickerAction('b', none, null, false)).toBeNull();
    expect(clickerAction('P', none, null, false)).toBe('presenter');
    expect(clickerAction('p', { ...none, ctrl: true }, null, true)).toBeNull();
    expect(clickerAction('PageDown', { ...none, alt: true }, null, true)).toBeNull();
  });

  it('never takes a key from a field being typed in, a slider, a radio button or a dialog', () => {
    const text = el({ tag: 'INPUT', type: 'text' });
    for (const key of ['p', 'b', '.', 'ArrowRight', 'Home', 'Escape'])
      expect(keepsKey(text, key), key).toBe(true);
    expect(keepsKey(el({ tag: 'TEXTAREA' }), 'PageDown')).toBe(true);
    expect(keepsKey(el({ tag: 'DIV', editable: true }), 'b')).toBe(true);
    const range = el({ tag: 'INPUT', type: 'range' });
    for (const key of ['ArrowLeft', 'PageDown', 'Home', 'End']) expect(keepsKey(range, key), key).toBe(true);
    expect(keepsKey(range, 'b')).toBe(false);
    const radio = el({ tag: 'INPUT', type: 'radio' });
    expect(keepsKey(radio, 'ArrowDown')).toBe(true);
    expect(keepsKey(radio, 'PageDown')).toBe(false);
    expect(keepsKey(el({ role: 'tab' }), 'ArrowRight')).toBe(true);
    expect(keepsKey(el({ inDialog: true }), 'Escape')).toBe(true);
    // A plain button leaves the clicker's keys to the tour.
    expect(keepsKey(el({}), 'PageDown')).toBe(false);
    expect(clickerAction('ArrowRight', none, el({}), true)).toBe('next');
  });

  it("the patient's screen swallows the presenter's, clicker's, cycle's and view's keys, not Tab or Enter", () => {
    for (const key of ['p', 'P', 'Escape', 'b', '.', 'PageDown', 'ArrowLeft', 'Home', 'End', '+', '-', ' '])
      expect(patientSwallowsKey(key, null), key).toBe(true);
    for (const key of ['Tab', 'Enter', 'x']) expect(patientSwallowsKey(key, null), key).toBe(false);
    // Its one button ("Reload this screen") is still pressed with Space.
    expect(patientSwallowsKey(' ', el({ tag: 'BUTTON' }))).toBe(false);
  });
});

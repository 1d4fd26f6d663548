import { describe, expect, it } from 'vitest';
import { activateMessages, withLang } from '../../src/i18n/t';
import type { LayerId } from '../../src/state/anatomySlice';
import {
  EMPTY_URL_STATE,
  linkProblemNotice,
  MAX_NOTICE_LENGTH,
  parseUrlState,
  quoted,
  sameUrlState,
  serializeUrlState,
  shownLayers,
  shownXray,
} from '../../src/state/urlState';

const validators = {
  isConditionId: (id: string) => id === 'tennis-elbow' || id === 'jaw-pain',
  isCycleStageId: (id: string) => id === 'nerve-root',
};

describe('parseUrlState', () => {
  it('reads a full, valid link', () => {
    const { state, problems } = parseUrlState(
      '?condition=tennis-elbow&region=elbow-outer-left&view=back&cycle=nerve-root',
      validators,
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      conditionId: 'tennis-elbow',
      regionId: 'elbow-outer-left',
      view: 'back',
      cycleStage: 'nerve-root',
      page: null,
      compare: false,
    });
  });

  it('reads the comparison with acupuncture, only with a condition', () => {
    const { state, problems } = parseUrlState('?condition=tennis-elbow&compare=acupuncture', validators);
    expect(problems).toEqual([]);
    expect(state).toMatchObject({ conditionId: 'tennis-elbow', compare: true });
    // On its own it changes nothing (there is nothing to compare) and is no problem either.
    expect(parseUrlState('?compare=acupuncture', validators)).toEqual({
      state: EMPTY_URL_STATE,
      problems: [],
    });
  });

  it('drops a comparison it does not know, and says so', () => {
    const { state, problems } = parseUrlState('?condition=tennis-elbow&compare=reiki', validators);
    expect(state.compare).toBe(false);
    expect(problems).toEqual(['We couldn\'t use the comparison "reiki".']);
  });

  it('writes the comparison after the rest, only with a condition, and reads it back', () => {
    const state = { ...EMPTY_URL_STATE, conditionId: 'tennis-elbow', view: 'back' as const, compare: true };
    const search = serializeUrlState(state);
    expect(search).toBe('?condition=tennis-elbow&view=back&compare=acupuncture');
    expect(parseUrlState(search, validators)).toEqual({ state, problems: [] });
    expect(serializeUrlState({ ...EMPTY_URL_STATE, compare: true })).toBe('');
    expect(sameUrlState(state, { ...state, compare: false })).toBe(false);
    // Links saved before the comparison existed have no such part: the same as off.
    const { compare: _, ...older } = state;
    expect(
      sameUrlState(
        { ...older, conditionId: 'jaw-pain' },
        { ...state, conditionId: 'jaw-pain', compare: false },
      ),
    ).toBe(true);
  });

  it('gives the default view for an empty link', () => {
    expect(parseUrlState('', validators)).toEqual({ state: EMPTY_URL_STATE, problems: [] });
    expect(parseUrlState('?', validators)).toEqual({ state: EMPTY_URL_STATE, problems: [] });
  });

  it('drops unknown ids and says why, keeping what is valid', () => {
    const { state, problems } = parseUrlState('?region=elbow-outer-left&condition=broken-heart', validators);
    expect(state.regionId).toBe('elbow-outer-left');
    expect(state.conditionId).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('broken-heart');
  });

  it.each([
    ['?region=%E0%A4%A', 'region'],
    ['?view=upside-down', 'view'],
    ['?region=<script>alert(1)</script>', 'region'],
    ['?cycle=step-99', 'cycle'],
    ['?regoin=knee-left', 'unknown key'],
    [`?region=${'x'.repeat(5000)}`, 'long value'],
  ])('never throws on a malformed link (%s: %s)', (search) => {
    const { state, problems } = parseUrlState(search, validators);
    expect(state).toEqual(EMPTY_URL_STATE);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem).not.toMatch(/[<>]/);
      expect(problem.length).toBeLessThan(120);
    }
  });

  it('keeps a condition and a body area together: the condition, opened from that area', () => {
    const { state, problems } = parseUrlState('?condition=jaw-pain&region=jaw-left&view=left', validators);
    expect(problems).toEqual([]);
    expect(state).toMatchObject({ conditionId: 'jaw-pain', regionId: 'jaw-left', view: 'left' });
  });

  it('counts, not lists, a pile of unknown parts', () => {
    const search = `?region=knee-left&${Array.from({ length: 200 }, (_, i) => `p${i}=${'x'.repeat(30)}`).join('&')}`;
    const { state, problems } = parseUrlState(search, validators);
    expect(state.regionId).toBe('knee-left');
    expect(problems).toEqual(["The link had 200 parts we don't use."]);
    const notice = linkProblemNotice(problems);
    expect(notice.length).toBeLessThanOrEqual(MAX_NOTICE_LENGTH);
    expect(notice).not.toContain('p0');
  });

  it('counts a repeated key as a part we do not use', () => {
    const { state, problems } = parseUrlState('?region=knee-left&region=knee-right', validators);
    expect(state.regionId).toBe('knee-left');
    expect(problems).toEqual(['The link has a part we don\'t use ("region").']);
  });

  it.each([
    ['bidi override', `?region=\u202Eevil\u202C`, 'evil'],
    ['isolates and marks', `?region=a\u2066b\u2069c\u200E\u200F\u061Cd`, 'abcd'],
    ['zero-width', `?region=a\u200Bb\u200Cc\u200Dd\uFEFFe\u2060f`, 'abcdef'],
    ['control characters', '?region=a%00b%07c%1Bd%7Fe%0Af', 'abcdef'],
    ['line separators', '?region=a%E2%80%A8b', 'ab'],
    ['markup', '?region=<b>bold</b>', 'bbold/b'],
  ])('strips %s from what the notice echoes', (_label, search, shown) => {
    const { problems } = parseUrlState(search, validators);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`"${shown}"`);
    expect(problems[0]).not.toMatch(/[\p{Cc}\p{Cf}\u2028\u2029<>\uFFFD]/u);
  });

  it.each([
    ['?region=%E0%A4%A', 'body area'],
    ['?condition=%FF%FE', 'condition'],
    ['?view=%C3', 'view'],
    ['?cycle=%ED%A0%80', 'step of the pain cycle'],
  ])('says a badly encoded value could not be read, without showing it (%s)', (search, what) => {
    const { problems } = parseUrlState(search, validators);
    expect(problems).toEqual([`We couldn't read the ${what} in the link.`]);
  });

  it('names the pain cycle when its step is unknown', () => {
    expect(parseUrlState('?cycle=step-99', validators).problems).toEqual([
      'We couldn\'t find the step "step-99" of the pain cycle.',
    ]);
  });

  it('does not echo a badly encoded unknown key', () => {
    const { problems } = parseUrlState('?%E0%A4=1', validators);
    expect(problems).toEqual(["The link has a part we don't use."]);
  });

  it('clips long text by characters, never splitting an emoji', () => {
    const text = quoted('😀'.repeat(60));
    expect(Array.from(text.slice(1, -2))).toHaveLength(40);
    expect(text).not.toMatch(/\p{Cs}/u);
    expect(text.endsWith('…"')).toBe(true);
  });

  it('cuts down piles of accent marks', () => {
    expect(quoted(`a${'\u0301'.repeat(50)}b`)).toBe(`"a\u0301\u0301b"`);
  });

  it('shows nothing for text that is all invisible characters', () => {
    expect(quoted('\u202E\u200B\u0000')).toBe('');
    const { problems } = parseUrlState('?region=%E2%80%AE', validators);
    expect(problems).toEqual(["We couldn't read the body area in the link."]);
  });

  it('reads a safety page, alone or over a condition', () => {
    expect(parseUrlState('?page=side-effects', validators)).toEqual({
      state: { ...EMPTY_URL_STATE, page: 'side-effects' },
      problems: [],
    });
    const { state, problems } = parseUrlState('?condition=jaw-pain&page=see-a-doctor-first', validators);
    expect(problems).toEqual([]);
    expect(state.conditionId).toBe('jaw-pain');
    expect(state.page).toBe('see-a-doctor-first');
  });

  it.each([
    ['?page=risks'],
    ['?page=Side-Effects'],
    ['?page='],
    ['?page=%3Cscript%3E'],
    [`?page=${'side-effects'.repeat(50)}`],
  ])('drops an unknown page and says so (%s)', (search) => {
    const { state, problems } = parseUrlState(search, validators);
    expect(state.page).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/page/);
    expect(problems[0]).not.toMatch(/[<>]/);
    expect(problems[0]?.length).toBeLessThan(120);
  });

  it('accepts a link without the leading question mark', () => {
    expect(parseUrlState('view=left', validators).state.view).toBe('left');
  });
});

describe('serializeUrlState', () => {
  it('round-trips through parseUrlState', () => {
    const state = {
      regionId: 'knee-right' as const,
      conditionId: 'jaw-pain',
      view: 'right' as const,
      cycleStage: null,
      page: null,
      compare: false,
    };
    const search = serializeUrlState(state);
    expect(search).toBe('?condition=jaw-pain&region=knee-right&view=right');
    expect(parseUrlState(search, validators).state).toEqual(state);
  });

  it('writes the page last, and round-trips it', () => {
    const state = { ...EMPTY_URL_STATE, conditionId: 'tennis-elbow', page: 'side-effects' as const };
    const search = serializeUrlState(state);
    expect(search).toBe('?condition=tennis-elbow&page=side-effects');
    expect(parseUrlState(search, validators).state).toEqual(state);
    expect(serializeUrlState({ ...EMPTY_URL_STATE, page: 'see-a-doctor-first' })).toBe(
      '?page=see-a-doctor-first',
    );
  });

  it('writes nothing for the default view', () => {
    expect(serializeUrlState(EMPTY_URL_STATE)).toBe('');
  });

  it('leaves out "front" on the start page, which shows the front anyway, but keeps it elsewhere', () => {
    expect(serializeUrlState({ ...EMPTY_URL_STATE, view: 'front' })).toBe('');
    expect(serializeUrlState({ ...EMPTY_URL_STATE, view: 'back' })).toBe('?view=back');
    expect(serializeUrlState({ ...EMPTY_URL_STATE, regionId: 'knee-left', view: 'front' })).toBe(
      '?region=knee-left&view=front',
    );
  });

  it('compares states field by field', () => {
    expect(sameUrlState(EMPTY_URL_STATE, { ...EMPTY_URL_STATE })).toBe(true);
    expect(sameUrlState(EMPTY_URL_STATE, { ...EMPTY_URL_STATE, view: 'back' })).toBe(false);
    expect(sameUrlState(EMPTY_URL_STATE, { ...EMPTY_URL_STATE, cycleStage: 'nerve-root' })).toBe(false);
    expect(sameUrlState(EMPTY_URL_STATE, { ...EMPTY_URL_STATE, page: 'side-effects' })).toBe(false);
    // A state written before pages existed has no page: the same as none.
    const { page: _none, ...withoutPage } = EMPTY_URL_STATE;
    expect(sameUrlState(EMPTY_URL_STATE, withoutPage)).toBe(true);
  });
});

describe('linkProblemNotice', () => {
  it('lists up to three problems and counts the rest', () => {
    const problems = ['One.', 'Two.', 'Three.', 'Four.', 'Five.'];
    const notice = linkProblemNotice(problems);
    expect(notice).toMatch(/^That link didn't fully work/);
    expect(notice).toContain('One. Two. Three.');
    expect(notice).not.toContain('Four.');
    expect(notice).toContain('There were 2 more problems.');
  });

  it('never grows past its cap', () => {
    const notice = linkProblemNotice(['x'.repeat(500), 'y'.repeat(500)]);
    expect(notice.length).toBeLessThanOrEqual(MAX_NOTICE_LENGTH);
    expect(notice.endsWith('…')).toBe(true);
  });

  it('stays short for the worst link we can build', () => {
    const junk = '\u202E%E0%A4'.repeat(100);
    const search = `?region=${junk}&condition=${junk}&view=${junk}&cycle=${junk}&${'a=1&'.repeat(300)}`;
    const notice = linkProblemNotice(parseUrlState(search, validators).problems);
    expect(notice.length).toBeLessThanOrEqual(MAX_NOTICE_LENGTH);
    expect(notice).not.toMatch(/[\p{Cc}\p{Cf}\uFFFD]/u);
  });
});

describe('links to the layers beneath the skin', () => {
  it('reads a muscle, a bone or a nerve; the rest of its layers are implied', () => {
    const { state, problems } = parseUrlState('?muscle=upper-trapezius', validators);
    expect(problems).toEqual([]);
    expect(state.part).toEqual({ layer: 'muscles', id: 'upper-trapezius' });
    expect(state.layers).toBeUndefined();
    expect(shownLayers(state)).toEqual(['skin', 'muscles']);
    // The skin is see-through over the muscles unless the link says otherwise.
    expect(shownXray(state)).toBe(75);
    expect(parseUrlState('?bone=C7', validators).state.part).toEqual({ layer: 'skeleton', id: 'C7' });
    expect(parseUrlState('?nerve=root-C5', validators).state.part).toEqual({
      layer: 'nerves',
      id: 'root-C5',
    });
  });

  it('reads the layers and the see-through, in a fixed order whatever the link says', () => {
    const { state, problems } = parseUrlState('?layers=nerves,skin,muscles&xray=25', validators);
    expect(problems).toEqual([]);
    expect(state.layers).toEqual(['skin', 'muscles', 'nerves']);
    expect(state.xray).toBe(25);
  });

  it('drops unknown or malformed parts, layers and see-through values, and says so in plain words', () => {
    expect(parseUrlState('?muscle=biceps-femoris', validators)).toEqual({
      state: EMPTY_URL_STATE,
      problems: ['We couldn\'t find the muscle "biceps-femoris".'],
    });
    expect(parseUrlState('?bone=upper-trapezius', validators).problems).toEqual([
      'We couldn\'t find the bone "upper-trapezius".',
    ]);
    const layers = parseUrlState('?layers=skin,organs', validators);
    expect(layers.state.layers).toEqual(['skin']);
    expect(layers.problems).toEqual(['We couldn\'t find the layer "organs".']);
    expect(parseUrlState('?layers=a,b,c', validators).problems).toEqual([
      "The link had 3 layers we don't know.",
    ]);
    expect(parseUrlState('?layers=', validators)).toEqual({
      state: EMPTY_URL_STATE,
      problems: ["We couldn't read the layers in the link."],
    });
    for (const bad of ['101', '-5', '25%', '0.5', '1e2', '']) {
      const parsed = parseUrlState(`?xray=${encodeURIComponent(bad)}`, validators);
      expect(parsed.state.xray, bad).toBeUndefined();
      expect(parsed.problems, bad).toHaveLength(1);
    }
    expect(parseUrlState('?xray=<b>', validators).problems).toEqual([
      'We couldn\'t use the see-through setting "b".',
    ]);
  });

  it('keeps the first of several parts and says so', () => {
    const { state, problems } = parseUrlState('?muscle=masseter&nerve=median', validators);
    expect(state.part).toEqual({ layer: 'muscles', id: 'masseter' });
    expect(problems).toEqual(['The link names more than one part, so we opened the muscle.']);
  });

  it('writes only what differs from what the link implies, and reads it back', () => {
    const part = { layer: 'muscles' as const, id: 'upper-trapezius' };
    const plain = { ...EMPTY_URL_STATE, part, layers: ['skin', 'muscles'] as const, xray: 75 };
    expect(serializeUrlState({ ...plain, layers: [...plain.layers] })).toBe('?muscle=upper-trapezius');
    const bare = { ...EMPTY_URL_STATE, part, layers: ['muscles', 'skeleton'] as LayerId[], xray: 0 };
    expect(serializeUrlState(bare)).toBe('?muscle=upper-trapezius&layers=muscles,skeleton');
    const xray = {
      ...EMPTY_URL_STATE,
      conditionId: 'jaw-pain',
      layers: ['skin', 'muscles'] as LayerId[],
      xray: 40,
    };
    const search = serializeUrlState(xray);
    expect(search).toBe('?condition=jaw-pain&layers=skin,muscles&xray=40');
    expect(sameUrlState(parseUrlState(search, validators).state, xray)).toBe(true);
    // The start page stays plain: the skin alone, solid.
    expect(serializeUrlState({ ...EMPTY_URL_STATE, layers: ['skin'], xray: 0 })).toBe('');
    expect(serializeUrlState({ ...EMPTY_URL_STATE, layers: ['skin'], xray: 30 })).toBe('?xray=30');
  });

  it('tells states apart by part, layers and see-through, with absent meaning implied', () => {
    const part = { layer: 'nerves' as const, id: 'median' };
    expect(sameUrlState({ ...EMPTY_URL_STATE, part }, { ...EMPTY_URL_STATE, part: { ...part } })).toBe(true);
    expect(sameUrlState({ ...EMPTY_URL_STATE, part }, EMPTY_URL_STATE)).toBe(false);
    expect(sameUrlState(EMPTY_URL_STATE, { ...EMPTY_URL_STATE, layers: ['skin'], xray: 0 })).toBe(true);
    expect(sameUrlState(EMPTY_URL_STATE, { ...EMPTY_URL_STATE, layers: ['skin', 'muscles'] })).toBe(false);
    expect(sameUrlState(EMPTY_URL_STATE, { ...EMPTY_URL_STATE, xray: 10 })).toBe(false);
  });
});

describe('links to the consultation', () => {
  it('reads a tour step and the open pain chart, and writes them back after the view', () => {
    const { state, problems } = parseUrlState(
      '?tour=conditions&condition=tennis-elbow&chart=open',
      validators,
    );
    expect(problems).toEqual([]);
    expect(state.tour).toBe('conditions');
    expect(state.chart).toBe(true);
    expect(serializeUrlState(state)).toBe('?condition=tennis-elbow&chart=open&tour=conditions');
  });

  it('drops an unknown step or chart word and says so; the rest opens', () => {
    const { state, problems } = parseUrlState('?tour=dessert&chart=1&condition=jaw-pain', validators);
    expect(state.tour).toBeUndefined();
    expect(state.chart).toBeUndefined();
    expect(state.conditionId).toBe('jaw-pain');
    expect(problems).toEqual([
      `We couldn't find the step "dessert" of the consultation.`,
      `We couldn't use the pain chart "1".`,
    ]);
  });

  it('takes the patient screen word as known, without a problem', () => {
    expect(parseUrlState('?screen=patient', validators).problems).toEqual([]);
  });

  it('tells states apart by tour step and chart', () => {
    const base = parseUrlState('?condition=tennis-elbow', validators).state;
    expect(sameUrlState(base, { ...base, tour: 'take-home' })).toBe(false);
    expect(sameUrlState(base, { ...base, chart: true })).toBe(false);
    expect(sameUrlState(base, { ...base, tour: null, chart: false })).toBe(true);
  });
});

describe('the language in the link', () => {
  it('accepts lang=fr and lang=en quietly, and names a language it does not have', () => {
    expect(parseUrlState('?condition=tennis-elbow&lang=fr', validators).problems).toEqual([]);
    expect(parseUrlState('?lang=en', validators).problems).toEqual([]);
    expect(parseUrlState('?lang=klingon', validators).problems).toEqual([
      'We couldn\'t use the language "klingon".',
    ]);
  });

  it('writes lang= into every link of a French page, last, and none on an English one', () => {
    const state = { ...EMPTY_URL_STATE, conditionId: 'tennis-elbow' };
    expect(serializeUrlState(state)).toBe('?condition=tennis-elbow');
    activateMessages('fr', {});
    try {
      expect(serializeUrlState(state)).toBe('?condition=tennis-elbow&lang=fr');
      expect(serializeUrlState(EMPTY_URL_STATE)).toBe('?lang=fr');
      expect(withLang('?screen=patient')).toBe('?screen=patient&lang=fr');
      expect(withLang('')).toBe('?lang=fr');
    } finally {
      activateMessages('en');
    }
    expect(withLang('')).toBe('');
  });
});

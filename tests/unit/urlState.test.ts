import { describe, expect, it } from 'vitest';
import { EMPTY_URL_STATE, parseUrlState, sameUrlState, serializeUrlState } from '../../src/state/urlState';

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
    });
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

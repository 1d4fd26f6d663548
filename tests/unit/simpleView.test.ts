// The simple view (the flat body map) in the link: `simple=1` turns it on, anything else is a
// problem told to the person, and the store follows the link both ways.
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/state/store';
import { EMPTY_URL_STATE, parseUrlState, sameUrlState, serializeUrlState } from '../../src/state/urlState';
import { urlStateOf } from '../../src/state/urlSync';

const validators = { isConditionId: () => true, isCycleStageId: () => true };

describe('the simple view in the link', () => {
  it('reads simple=1, and tells of any other value', () => {
    expect(parseUrlState('?simple=1', validators)).toEqual({
      state: { ...EMPTY_URL_STATE, simple: true },
      problems: [],
    });
    const odd = parseUrlState('?simple=yes', validators);
    expect(odd.state.simple).toBeUndefined();
    expect(odd.problems).toEqual(['We couldn\'t use the simple view "yes".']);
  });

  it('writes it only when on, and a change of it is a change of the link', () => {
    expect(serializeUrlState({ ...EMPTY_URL_STATE, regionId: 'knee-left', simple: true })).toBe(
      '?region=knee-left&simple=1',
    );
    expect(serializeUrlState({ ...EMPTY_URL_STATE, simple: false })).toBe('');
    expect(sameUrlState(EMPTY_URL_STATE, { ...EMPTY_URL_STATE, simple: true })).toBe(false);
    expect(sameUrlState(EMPTY_URL_STATE, { ...EMPTY_URL_STATE, simple: false })).toBe(true);
  });

  it('is set in the store by a link and read back from it', () => {
    const store = useAppStore.getState();
    store.applyUrlState({ ...EMPTY_URL_STATE, simple: true });
    expect(useAppStore.getState().simpleView).toBe(true);
    expect(urlStateOf(useAppStore.getState()).simple).toBe(true);
    store.applyUrlState({ ...EMPTY_URL_STATE });
    expect(useAppStore.getState().simpleView).toBe(false);
    useAppStore.getState().setSimpleView(true);
    expect(serializeUrlState(urlStateOf(useAppStore.getState()))).toContain('simple=1');
  });
});

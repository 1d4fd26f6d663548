import { describe, expect, it } from 'vitest';
import { fullAppHref, leavesEmbed } from '../../src/embed/fullAppLink';
import { isEmbedLink, parseUrlState, serializeUrlState } from '../../src/state/urlState';

// The compact mode for a clinic's web page (`embed=1`): read from the link, kept in the links the
// page writes, and left out of the full app's address that "Open full screen" and the ways out use.

const validators = {
  isConditionId: (id: string) => id === 'tennis-elbow',
  isCycleStageId: (id: string) => id === 'nerve-root',
};

describe('embed=1 in the link', () => {
  it('is read, and written last so the rest reads as the full app', () => {
    const { state, problems } = parseUrlState('?region=lower-back&embed=1', validators);
    expect(problems).toEqual([]);
    expect(state.embed).toBe(true);
    expect(serializeUrlState(state)).toBe('?region=lower-back&embed=1');
    expect(serializeUrlState({ ...state, embed: false })).toBe('?region=lower-back');
    expect(isEmbedLink('?embed=1')).toBe(true);
    expect(isEmbedLink('?embed=yes')).toBe(false);
    expect(isEmbedLink('')).toBe(false);
  });

  it('any other value is left out with a plain problem, and the full app opens', () => {
    const { state, problems } = parseUrlState('?embed=true', validators);
    expect(state.embed).toBeUndefined();
    expect(problems).toEqual(['We couldn\'t use the compact mode "true".']);
  });
});

describe("the full app's address", () => {
  const base = 'https://ims.example/app/?region=lower-back&embed=1';

  it('is the same view without embed=1, at the same place', () => {
    expect(fullAppHref(base, base)).toBe('https://ims.example/app/?region=lower-back');
    expect(fullAppHref('?condition=tennis-elbow&cycle=nerve-root', base)).toBe(
      'https://ims.example/app/?condition=tennis-elbow&cycle=nerve-root',
    );
  });

  it('keeps the language the embed shows', () => {
    const french = 'https://ims.example/?embed=1&lang=fr';
    expect(fullAppHref('?region=neck', french)).toBe('https://ims.example/?region=neck&lang=fr');
    expect(fullAppHref('?region=neck&lang=en', french)).toBe('https://ims.example/?region=neck&lang=en');
  });

  it('is used for the pain cycle, the tour and the pain chart; areas and conditions stay in the frame', () => {
    for (const href of [
      '?cycle=nerve-root',
      '?condition=tennis-elbow&cycle=nerve-root',
      '?tour=conditions',
      '?chart=open',
    ])
      expect(leavesEmbed(href, base), href).toBe(true);
    for (const href of ['?region=neck', '?condition=tennis-elbow', '?page=side-effects', '?spine=levels'])
      expect(leavesEmbed(href, base), href).toBe(false);
  });
});

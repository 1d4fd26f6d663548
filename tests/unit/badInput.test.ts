import { describe, expect, it } from 'vitest';
import { parseChart } from '../../src/consult/chart/chartStorage';
import { decodeTakeHome } from '../../src/consult/takehome/link';
import { getCondition } from '../../src/content';
import { CYCLE_STAGE_IDS } from '../../src/cycle/stageIds';
import { PREFERENCES_KEY, parseSavedPreferences } from '../../src/state/store';
import { linkProblemNotice, MAX_NOTICE_LENGTH, parseUrlState } from '../../src/state/urlState';
import { BAD_LINKS, CORRUPT_SETTINGS } from '../data/badInput';

const validators = {
  isConditionId: (id: string) => getCondition(id) !== undefined,
  isCycleStageId: (id: string) => (CYCLE_STAGE_IDS as readonly string[]).includes(id),
};

/** What the app tells about a link: the search's problems, then the visit's. */
function problemsOf(link: string): string[] {
  const at = link.indexOf('#');
  const search = at === -1 ? link : link.slice(0, at);
  const hash = at === -1 ? '' : link.slice(at);
  const problems = search ? parseUrlState(search, validators).problems : [];
  if (hash) problems.push(...decodeTakeHome(hash, validators).problems);
  return problems;
}

describe('the bad-input corpus', () => {
  it('has at least 50 malformed links and 10 damaged settings', () => {
    expect(BAD_LINKS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(BAD_LINKS.map((b) => b.link)).size).toBe(BAD_LINKS.length);
    expect(CORRUPT_SETTINGS.length).toBeGreaterThanOrEqual(10);
  });

  it.each(BAD_LINKS)('$what: read without throwing, with a short, clean notice', ({ link }) => {
    const problems = problemsOf(link);
    expect(problems.length).toBeGreaterThan(0);
    const notice = linkProblemNotice(problems);
    expect(notice.length).toBeLessThanOrEqual(MAX_NOTICE_LENGTH);
    // Nothing that could hide text, change its direction or look like markup reaches the page.
    expect(notice).not.toMatch(/[\p{Cc}\p{Cf}\uFFFD<>]/u);
    expect(notice).not.toMatch(/x{50}/);
  });

  it.each(CORRUPT_SETTINGS)('$what: read as broken, with nothing kept from it', ({ key, value }) => {
    if (key === PREFERENCES_KEY) {
      const read = parseSavedPreferences(value);
      expect(read.broken).toBe(true);
      expect(read.preferences.largeText).toBe(false);
    } else {
      expect(parseChart(value)).toEqual({ marks: [], broken: true });
    }
  });
});

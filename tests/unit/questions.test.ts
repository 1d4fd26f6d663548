import { afterEach, describe, expect, it, vi } from 'vitest';
import { getQuestion, pageTitle } from '../../src/content';
import { isPageId, QUESTION_IDS } from '../../src/content/pageIds';
import { fleschKincaidGrade, readabilityCounts } from '../../src/content/readability';
import { contentSchema } from '../../src/content/schema';
import { search } from '../../src/content/search';
import { content } from './fullContent';

// The questions new patients ask: each its own page with a heading and a short sourced answer,
// linking to the comparison and the safety pages rather than repeating them, found by search.

const answerText = (id: (typeof QUESTION_IDS)[number]) =>
  (getQuestion(id)?.answer ?? []).map((s) => s.text).join(' ');
const linksOf = (id: (typeof QUESTION_IDS)[number]) => (getQuestion(id)?.links ?? []).map((l) => l.page);

describe('the questions', () => {
  it('answers every question, in order, each with its own page id and heading', () => {
    expect(content.questions.map((q) => q.id)).toEqual([...QUESTION_IDS]);
    for (const q of content.questions) {
      expect(isPageId(q.id), q.id).toBe(true);
      expect(q.question, q.id).toMatch(/\?$/);
      expect(pageTitle(q.id)).toBe(q.question);
    }
  });

  it('keeps each answer short, and every statement sourced', () => {
    const known = new Set(content.sources.map((s) => s.id));
    for (const q of content.questions) {
      expect(q.answer.length, q.id).toBeGreaterThan(0);
      expect(q.answer.length, q.id).toBeLessThanOrEqual(5);
      for (const s of q.answer) {
        expect(s.sources.length, `${q.id}: ${s.text}`).toBeGreaterThan(0);
        for (const id of s.sources) expect(known.has(id), `${q.id}: ${id}`).toBe(true);
      }
      expect(new Set(q.answer.map((s) => s.text)).size, q.id).toBe(q.answer.length);
    }
  });

  it('"is it acupuncture" says no and links to the comparison', () => {
    expect(answerText('is-it-acupuncture')).toMatch(/^No\./);
    expect(linksOf('is-it-acupuncture')).toEqual(['ims-vs-acupuncture']);
  });

  it('a session: the exam, the needling, how it feels, and 30 to 45 minutes', () => {
    const text = answerText('what-happens-in-a-session');
    expect(text).toMatch(/checks for signs/);
    expect(text).toMatch(/needle goes into/);
    expect(text).toMatch(/feels like a cramp/);
    expect(text).toMatch(/30 to 45 minutes/);
  });

  it('how many sessions, and what changes the number', () => {
    const text = answerText('how-many-sessions');
    expect(text).toMatch(/2–3 sessions/);
    expect(text).toMatch(/8–10/);
    expect(text).toMatch(/how fast you heal.*how long you have had the problem.*scar tissue.*your age/);
  });

  it('if you do not like needles: this clinic starts more gently', () => {
    expect(answerText('dont-like-needles')).toMatch(/This clinic says it will start more gently/);
  });

  it('risks and warning signs link to their pages instead of repeating them', () => {
    expect(linksOf('risks-and-when-to-see-a-doctor')).toEqual(['side-effects', 'see-a-doctor-first']);
    const answer = getQuestion('risks-and-when-to-see-a-doctor')?.answer ?? [];
    expect(answer.length).toBeLessThanOrEqual(2);
    const pageTexts = new Set(
      [
        ...content.safety.sideEffects.mild.statements,
        ...content.safety.sideEffects.serious.statements,
        ...content.safety.warningSigns.signs,
      ].map((s) => s.text),
    );
    for (const s of answer) expect(pageTexts.has(s.text), s.text).toBe(false);
  });

  it('the evidence: few small trials, very low to moderate, and a link to the comparison', () => {
    const text = answerText('what-the-evidence-shows');
    expect(text).toMatch(/few small trials/);
    expect(text).toMatch(/very low to moderate/);
    expect(linksOf('what-the-evidence-shows')).toContain('ims-vs-acupuncture');
  });

  it("presents the clinic's own words as the clinic's", () => {
    for (const q of content.questions)
      for (const s of q.answer)
        if (s.sources.every((id) => id === 'clinic-ims-page')) expect(s.text, q.id).toMatch(/this clinic/i);
  });

  it('reads at grade 8 or below', () => {
    const tooHard = content.questions
      .flatMap((q) => q.answer.map((s) => s.text))
      .filter((t) => readabilityCounts(t).word >= 6 && fleschKincaidGrade(t) > 8);
    expect(tooHard).toEqual([]);
  });

  it('the schema rejects a missing question, or an answer without a source', () => {
    const missing = structuredClone(content);
    missing.questions = missing.questions.slice(1);
    expect(JSON.stringify(contentSchema.safeParse(missing).error?.issues)).toContain('what-is-ims');
    const unsourced = structuredClone(content);
    const first = unsourced.questions[0];
    if (first) first.answer = [{ text: 'A claim.', sources: [] }];
    expect(contentSchema.safeParse(unsourced).success).toBe(false);
  });
});

describe('finding a question by search', () => {
  it.each([
    ['scared of needles', 'dont-like-needles'],
    ['how many sessions', 'how-many-sessions'],
    ['what to expect', 'what-happens-in-a-session'],
    ['evidence', 'what-the-evidence-shows'],
    ['is IMS safe', 'risks-and-when-to-see-a-doctor'],
    ['who is IMS for', 'who-is-it-for'],
  ])('"%s" finds %s first', (query, id) => {
    const [first] = search(query);
    expect(first?.kind === 'page' && first.page).toBe(id);
  });
});

describe('opening a question page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('opens over a condition, is announced with its question, and closes back', async () => {
    vi.resetModules();
    vi.stubGlobal('localStorage', {
      getItem: () => null,
      setItem: () => undefined,
      removeItem: () => undefined,
    });
    const store = (await import('../../src/state/store')).useAppStore;
    store.getState().selectCondition('tennis-elbow');
    store.getState().openPage('is-it-acupuncture');
    expect(store.getState().announcement).toBe('Is IMS acupuncture?');
    store.getState().openPage('ims-vs-acupuncture');
    expect(store.getState().announcement).toBe('IMS and acupuncture: what is the difference?');
    store.getState().openPage(null);
    expect(store.getState().conditionId).toBe('tennis-elbow');
  });
});

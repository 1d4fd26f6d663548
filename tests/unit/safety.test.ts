import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Condition, getCondition, warningSignsFor } from '../../src/content';
import { STRENGTH_LABEL, TESTED_LABEL } from '../../src/content/evidenceLabels';
import { PAGE_IDS, SAFETY_PAGE_IDS } from '../../src/content/pageIds';
import { contentSchema } from '../../src/content/schema';
import { content } from './fullContent';

// What the research shows for each condition, the side effects and risks of needling, and the
// warning signs that mean "see a doctor first", with the pages that show them.

const IMS_TRIALS = ['gunn-1980', 'ga-2007', 'couto-2014'];
const sourcesOf = (c: Condition) => c.evidence.statements.flatMap((s) => s.sources);
const textOf = (c: Condition) => c.evidence.statements.map((s) => s.text).join(' ');

describe('the evidence line of each condition', () => {
  it('every condition has an evidence statement with a source, and a label for each fact', () => {
    for (const c of content.conditions) {
      expect(c.evidence.statements.length, c.id).toBeGreaterThan(0);
      for (const s of c.evidence.statements)
        expect(s.sources.length, `${c.id}: ${s.text}`).toBeGreaterThan(0);
      expect(TESTED_LABEL[c.evidence.tested], c.id).toBeTruthy();
      expect(STRENGTH_LABEL[c.evidence.strength], c.id).toBeTruthy();
    }
  });

  it('says IMS itself was tested only where a trial of IMS-style needling exists, and cites it', () => {
    const tested = content.conditions.filter((c) => c.evidence.tested === 'ims-itself').map((c) => c.id);
    expect(tested.sort()).toEqual(['myofascial-trigger-points', 'spinal-pain']);
    for (const id of tested) {
      const c = getCondition(id) as Condition;
      expect(
        sourcesOf(c).some((s) => IMS_TRIALS.includes(s)),
        id,
      ).toBe(true);
      expect(c.evidence.strength, id).toBe('weak');
    }
    expect(textOf(getCondition('spinal-pain') as Condition)).toMatch(/no fake-needle group/);
    expect(textOf(getCondition('myofascial-trigger-points') as Condition)).toMatch(/40 older people/);
  });

  it('elsewhere says no IMS trial was found, and gives the dry-needling reviews for what they are', () => {
    for (const c of content.conditions.filter((c) => c.evidence.tested !== 'ims-itself')) {
      expect(c.evidence.tested, c.id).toBe('dry-needling-in-general');
      expect(c.evidence.strength, c.id).toBe('very-low-to-moderate');
      expect(textOf(c), c.id).toMatch(/no trial of IMS itself/);
      expect(textOf(c), c.id).toMatch(/very low to moderate/);
      expect(sourcesOf(c), c.id).toEqual(expect.arrayContaining(['gattie-2017', 'chys-2023']));
      expect(
        sourcesOf(c).some((s) => IMS_TRIALS.includes(s)),
        c.id,
      ).toBe(false);
    }
  });

  it('the schema rejects a condition without an evidence statement, or one without a source', () => {
    const none = structuredClone(content);
    (none.conditions[0] as Condition).evidence.statements = [];
    expect(contentSchema.safeParse(none).success).toBe(false);
    const unsourced = structuredClone(content);
    (unsourced.conditions[0] as Condition).evidence.statements[0] = { text: 'A claim.', sources: [] };
    expect(contentSchema.safeParse(unsourced).success).toBe(false);
    const unknown = structuredClone(content);
    (unknown.conditions[0] as Condition).warningSigns.push('no-such-sign');
    expect(JSON.stringify(contentSchema.safeParse(unknown).error?.issues)).toContain('no-such-sign');
  });
});

describe('warning signs: when to see a doctor first', () => {
  const signs = content.safety.warningSigns.signs;
  const text = signs.map((s) => s.text).join(' | ');

  it('lists every warning sign, each with a source', () => {
    // The standard warning signs (red flags) that send a person to a doctor, not to needling.
    const expected = [
      /sudden, severe headache, or the worst headache/,
      /headache with a fever, a stiff neck or confusion/,
      /back pain with loss of control of your bladder or bowels, or numbness between your legs/i,
      /new weakness, or numbness that keeps spreading/i,
      /after a fall or an accident/,
      /shin or foot pain when you rest or at night.*stress fracture/i,
      /weight loss you cannot explain, or a history of cancer/i,
      /hot, swollen joint/,
    ];
    for (const pattern of expected) expect(text).toMatch(pattern);
    expect(signs).toHaveLength(expected.length);
    for (const s of signs) expect(s.sources.length, s.id).toBeGreaterThan(0);
  });

  it('names the warning sign of a condition where one applies', () => {
    const ids = (id: string) => getCondition(id)?.warningSigns ?? [];
    expect(ids('shin-splints')).toContain('pain-at-rest-or-night');
    expect(ids('headaches')).toEqual(
      expect.arrayContaining(['sudden-severe-headache', 'headache-with-fever']),
    );
    expect(ids('spinal-pain')).toContain('bladder-bowel-numbness');
    expect(ids('piriformis-syndrome')).toContain('bladder-bowel-numbness');
    expect(warningSignsFor(ids('shin-splints'))[0]?.text).toMatch(/stress fracture/);
    const used = new Set(content.conditions.flatMap((c) => c.warningSigns));
    for (const s of signs) expect(used.has(s.id), `${s.id} is on no condition page`).toBe(true);
  });
});

describe('side effects and risks', () => {
  const { intro, mild, serious, checks } = content.safety.sideEffects;
  const all = [...intro, ...mild.statements, ...serious.statements, ...checks.statements];
  const words = all.map((s) => s.text).join(' ');

  it('gives the mild effects with the rates of Brady et al. 2014', () => {
    expect(mild.statements.map((s) => s.text).join(' ')).toMatch(/1 in 5 \(19\.2%\)/);
    expect(mild.rates.map((r) => [r.name, r.percent])).toEqual([
      ['Bruising', 7.55],
      ['Bleeding', 4.65],
      ['Pain during the treatment', 3.01],
      ['Pain after the treatment', 2.19],
      ['Symptoms worse for a while', 0.88],
    ]);
    for (const r of mild.rates) expect(r.sources).toEqual(['brady-2014']);
    for (const s of [...mild.statements, ...serious.statements]) expect(s.sources).toContain('brady-2014');
  });

  it('says soreness lasts a day or two, and how rare serious harm is, with the limit of the study', () => {
    expect(words).toMatch(/sore for a day or two/);
    expect(words).toMatch(/0\.04%\) or less/);
    expect(words).toMatch(/not the patients, reported/);
    expect(words).toMatch(/collapsed lung.*chest wall/);
    expect(words).toMatch(/check for any reason not to use needles/);
    for (const s of all) expect(s.sources.length, s.text).toBeGreaterThan(0);
  });
});

describe('the safety pages, each with its own link', () => {
  afterEach(() => vi.unstubAllGlobals());

  async function freshStore() {
    vi.resetModules();
    vi.stubGlobal('localStorage', {
      getItem: () => null,
      setItem: () => undefined,
      removeItem: () => undefined,
    });
    return (await import('../../src/state/store')).useAppStore;
  }

  it('has exactly the two safety pages, among the panel pages', () => {
    expect([...SAFETY_PAGE_IDS]).toEqual(['side-effects', 'see-a-doctor-first']);
    expect(PAGE_IDS).toEqual(expect.arrayContaining([...SAFETY_PAGE_IDS]));
  });

  it('opens a page over the current condition, announces it, and closes back to the condition', async () => {
    const store = await freshStore();
    store.getState().selectCondition('shin-splints');
    store.getState().openPage('see-a-doctor-first');
    expect(store.getState().page).toBe('see-a-doctor-first');
    expect(store.getState().conditionId).toBe('shin-splints');
    expect(store.getState().announcement).toBe('When to see a doctor first.');
    store.getState().openPage('side-effects');
    expect(store.getState().announcement).toBe('Side effects and risks.');
    store.getState().openPage(null);
    expect(store.getState().page).toBeNull();
    expect(store.getState().conditionId).toBe('shin-splints');
  });

  it('choosing a condition, a body area or Reset closes the page', async () => {
    const store = await freshStore();
    for (const leave of [
      () => store.getState().selectCondition('headaches'),
      () => store.getState().selectRegion('knee-left'),
      () => store.getState().resetView(),
    ]) {
      store.getState().openPage('side-effects');
      leave();
      expect(store.getState().page).toBeNull();
    }
  });

  it('a link with a page opens it', async () => {
    const store = await freshStore();
    store.getState().applyUrlState({
      regionId: null,
      conditionId: 'headaches',
      view: null,
      cycleStage: null,
      page: 'see-a-doctor-first',
    });
    expect(store.getState().page).toBe('see-a-doctor-first');
    expect(store.getState().conditionId).toBe('headaches');
    store.getState().applyUrlState({ regionId: null, conditionId: null, view: null, cycleStage: null });
    expect(store.getState().page).toBeNull();
  });
});

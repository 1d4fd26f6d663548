import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getCondition } from '../../src/content';
import { sourcesFor } from '../../src/content/sourceLookup';
import { CYCLE_NOTES, CYCLE_STAGES } from '../../src/cycle/stages';
import misspellingData from '../data/misspellings.json';
import { content } from './fullContent';

// Words a regulator could read: no promise that IMS will help, facts kept apart from proposals,
// plain words, one apostrophe style, and none of the original clinic page's misspellings.

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => readFileSync(path.join(REPO, file), 'utf8');

/** Every string anywhere in the content bundle and the pain-cycle steps, with where it sits. */
function allStrings(value: unknown, at: string): { at: string; text: string }[] {
  if (typeof value === 'string') return [{ at, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => allStrings(v, `${at}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => allStrings(v, `${at}.${k}`));
  }
  return [];
}
const CONTENT_STRINGS = [
  ...allStrings(content, 'content'),
  ...allStrings(CYCLE_STAGES, 'cycle'),
  { at: 'cycle intro', text: CYCLE_NOTES.intro },
  { at: 'cycle note', text: CYCLE_NOTES.needleHonesty },
];
/** The words a person reads: everything but ids, search words and citations. */
const READ_STRINGS = CONTENT_STRINGS.filter(
  ({ at }) => !/\.(id|searchTerms\[\d+\]|citation|url|aliases\[\d+\]|areaId|regions\[\d+\])$/.test(at),
);

/** The UI words' catalogs (src/i18n/locales/<lang>/<namespace>.json) and the French content. */
const catalogsOf = (dir: string) =>
  readdirSync(path.join(REPO, dir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `${dir}/${f}`);
const ENGLISH_CATALOGS = catalogsOf('src/i18n/locales/en');
const FRENCH_FILES = [...catalogsOf('src/i18n/locales/fr'), ...catalogsOf('src/i18n/content/fr')];

/** UI files whose visible words belong to the content (headings, link names, the tagline). */
const UI_FILES = [
  ...ENGLISH_CATALOGS,
  'index.html',
  'src/ui/Header.tsx',
  'src/ui/HomeView.tsx',
  'src/ui/ConditionView.tsx',
  'src/ui/RegionView.tsx',
  'src/ui/Panel.tsx',
  'src/ui/Stage.tsx',
  'src/ui/ViewControls.tsx',
  'src/map2d/BodyMap2D.tsx',
  'src/map2d/MapMarks.tsx',
  'src/i18n/locales/en/map.json',
  'src/ui/Disclaimer.tsx',
  'src/ui/SafetyLinks.tsx',
  'src/ui/SafetyPage.tsx',
  'src/ui/SideEffectsView.tsx',
  'src/ui/SeeDoctorView.tsx',
  'src/ui/ComparisonView.tsx',
  'src/ui/ComparisonEntryLink.tsx',
  'src/ui/QuestionView.tsx',
  'src/ui/QuestionLinks.tsx',
  'src/cycle/ui/CycleCaption.tsx',
  'src/cycle/ui/NeedleSteps.tsx',
  'src/cycle/ui/LevelsBackLink.tsx',
  'src/ui/SpineEntryLink.tsx',
  'src/ui/segments/SpineLevelsSection.tsx',
  'src/ui/segments/ConditionLevels.tsx',
  'src/ui/segments/LevelDetails.tsx',
  'src/ui/segments/LevelPicker.tsx',
  'src/ui/segments/ChartOverlay.tsx',
  'src/consult/chart/ChartPanel.tsx',
  'src/consult/chart/ChartTools.tsx',
  'src/consult/chart/MarkList.tsx',
  'src/consult/chart/ChartEntryLink.tsx',
  'src/consult/chart/chartControls.tsx',
  'src/consult/chart/addMark.ts',
  'src/consult/chart/chartKeeping.ts',
  'src/consult/chart/markLevels.ts',
  'src/consult/chart/markStyle.ts',
  'src/consult/takehome/TakeHomeContent.tsx',
  'src/consult/takehome/LazyTakeHome.tsx',
  'src/consult/takehome/TakeHomeView.tsx',
  'src/consult/takehome/VisitView.tsx',
  'src/consult/takehome/Handout.tsx',
  'src/embed/EmbedBar.tsx',
  'src/consult/presenter/PresenterBar.tsx',
  'src/consult/presenter/EndConsultation.tsx',
  'src/consult/presenter/BlankScreen.tsx',
  'src/consult/tour/steps.ts',
  'src/consult/tour/titles.ts',
  'src/consult/sync/PatientScreen.tsx',
  'src/consult/sync/PatientScreenButton.tsx',
  // Their words (issue 13: every UI string goes through i18n).
  'src/i18n/locales/en/consult.json',
  'src/i18n/locales/en/consultEntry.json',
  'src/i18n/locales/en/cycle.json',
  'src/i18n/locales/en/scene.json',
  'src/i18n/locales/en/layers.json',
  'src/i18n/locales/en/anatomy.json',
];

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(REPO, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    return statSync(path.join(REPO, rel)).isDirectory() ? filesUnder(rel) : [rel];
  });
}
const SOURCE_FILES = filesUnder('src').filter((f) => /\.(ts|tsx|css)$/.test(f));

describe('no promises', () => {
  /** Phrases that promise, or overstate, what IMS does for a person. */
  const PROMISES = [
    /\b(can|will|does|could|should) help\b/i,
    /\bhelps? (with|the pain|your pain)\b/i,
    /\bcur(e|es|ed|ing)\b/i,
    /\bheals? (the|your|it)\b/i,
    /\bback to normal\b/i,
    /\bfor good\b/i,
    /\bpermanent(ly)?\b/i,
    /\bguarantee/i,
    /\bpain[- ]free\b/i,
    /\b100%/,
    /\bmiracle/i,
    /\balways works\b/i,
    /\b(very |highly )?effective\b/i,
    /\b(is|are|clinically|scientifically) proven\b/i,
    /\bproven to\b/i,
    /\b(completely|totally|perfectly) safe\b/i,
    /\b(risk|side effect)[- ]free\b/i,
    /\bno (risks|side effects)\b/i,
    /\bfires far too easily\b/i,
    /\bwhere (intramuscular stimulation|IMS)( \(IMS\))? can\b/i,
  ];
  const promiseIn = (text: string) => PROMISES.find((p) => p.test(text));

  it('the check catches a promise and lets honest words through', () => {
    for (const text of [
      'IMS can help with back pain.',
      'This will help you.',
      'It cures tennis elbow.',
      'You will be back to normal.',
      'The pain is gone for good.',
      'Now the nerve fires far too easily.',
      'IMS is proven to work.',
      'Where Intramuscular Stimulation (IMS) can help',
    ])
      expect(promiseIn(text), text).toBeDefined();
    for (const text of [
      'These ideas have not been proven.',
      'Conditions this clinic treats with IMS',
      'What the needle is thought to do',
      'This is here to help you learn.',
      'Results vary: some people get relief and some do not.',
    ])
      expect(promiseIn(text), text).toBeUndefined();
  });

  it('never appear in the content or the pain-cycle words', () => {
    const found = READ_STRINGS.filter(({ text }) => promiseIn(text)).map(
      ({ at, text }) => `${at}: ${text} (${promiseIn(text)})`,
    );
    expect(found).toEqual([]);
  });

  it('never appear in the page title, the tagline, the headings or the links', () => {
    const found = UI_FILES.flatMap((file) => {
      const hit = promiseIn(read(file));
      return hit ? [`${file}: ${hit}`] : [];
    });
    expect(found).toEqual([]);
    expect(read('index.html')).toMatch(/<title>[^<]*conditions this clinic treats[^<]*<\/title>/i);
    const core = JSON.parse(read('src/i18n/locales/en/core.json')) as Record<string, string>;
    expect(read('src/ui/Header.tsx')).toContain("t('header.tagline')");
    expect(core['header.tagline']).toBe('Conditions this clinic treats with IMS');
    expect(read('src/ui/HomeView.tsx')).toContain("t('home.conditions')");
    expect(core['home.conditions']).toBe('Conditions this clinic treats with IMS');
    // The heading of the pain cycle's second part, in its words (src/i18n/locales/en/cycle.json).
    const cycleUi = JSON.parse(read('src/i18n/locales/en/cycle.json')) as Record<string, string>;
    expect(cycleUi['cycle.part.needle']).toBe('What the needle is thought to do');
    expect(Object.values(cycleUi).join(' ')).not.toContain('How the needle breaks it');
    for (const file of ['src/cycle/ui/CycleCaption.tsx', 'src/cycle/ui/NeedleSteps.tsx'])
      expect(read(file), file).toContain("'cycle.part.needle'");
    const cycleWords = READ_STRINGS.filter(({ at }) => at.startsWith('cycle')).map((s) => s.text);
    expect(cycleWords.join(' ')).not.toMatch(/\bbreaks? (it|the cycle|the loop)\b/i);
  });
});

describe('no promises in French', () => {
  /** The same promises, as French says them. */
  const PROMESSES = [
    /\b(va|vont|peut|peuvent|pourra|devrait) (vous )?aider\b/i,
    // As in English ("heals the…", "cures"): a promise to heal the person, not the body's own healing.
    /\bgu[ée]ri(r|t|ra|ssent)? (le|la|les|votre|vos|ton|ta|tes|ce|cette)\b/i,
    /\bpour de bon\b/i,
    /\bpermanent(e|s|es)?\b/i,
    /\bgaranti/i,
    // "Pain-free" as an outcome; "the needle goes in without pain" is not a promise.
    /\b(vivre|vie|devenir|rester|enfin|serez) sans douleur\b/i,
    /\bmiracle/i,
    /\b(tr[èe]s )?efficace/i,
    /\bprouv[ée]e?s? (de|que|pour)\b/i,
    /\b(totalement|compl[èe]tement|parfaitement) s[ûu]re?\b/i,
    /\bsans (risque|effet secondaire)/i,
    /\bcomme avant\b/i,
  ];
  it('the check catches a French promise', () => {
    for (const text of ["L'IMS va vous aider.", 'Elle guérit le coude.', 'Un traitement très efficace.'])
      expect(
        PROMESSES.some((p) => p.test(text)),
        text,
      ).toBe(true);
    expect(PROMESSES.some((p) => p.test("Certaines personnes ont moins mal, d'autres non."))).toBe(false);
  });
  it('never appear in the French words', () => {
    const found = FRENCH_FILES.flatMap((file) =>
      Object.entries(JSON.parse(read(file)) as Record<string, string>).flatMap(([key, text]) => {
        const hit = PROMESSES.find((p) => p.test(text));
        return hit ? [`${file} ${key.slice(0, 40)}: ${text} (${hit})`] : [];
      }),
    );
    expect(found).toEqual([]);
  });
});

describe('facts, proposals and this model kept apart', () => {
  const home = content.general.whatIsIms.map((s) => s.text);

  it('says what Cannon showed and what Gunn proposed, in separate statements', () => {
    const cannon = home.find((t) => /Cannon showed/.test(t));
    const gunn = home.find((t) => /Gunn proposed/.test(t));
    expect(cannon).toBeDefined();
    expect(gunn).toBeDefined();
    expect(cannon).not.toMatch(/Gunn/);
    expect(content.general.whatIsIms.find((s) => s.text === cannon)?.sources).toContain('cannon-1939');
  });

  it('marks pressure on the nerve root as thought to, and "the usual cause" as the model\'s', () => {
    for (const { at, text } of READ_STRINGS) {
      if (/press(es)? on the nerve root/i.test(text)) expect(text, at).toMatch(/thought to|in this model/i);
      if (/usual cause|most common (cause|reason)/i.test(text))
        expect(text, at).toMatch(/Gunn model|this model|in the model/i);
    }
  });

  it('words the headache mechanism as Bogduk does', () => {
    const headaches = getCondition('headaches');
    const mechanism = headaches?.whatItIs.find((s) => /upper spinal cord/.test(s.text));
    expect(mechanism?.text).toMatch(
      /neck and nerves from the face meet in the same part of the upper spinal cord/,
    );
    expect(mechanism?.sources).toEqual(['bogduk-2001']);
  });
});

describe("the audit's fixes stay fixed", () => {
  const text = (id: string) => {
    const c = getCondition(id);
    // What the page shows: everything but the search words people may type.
    return c
      ? allStrings(c, id)
          .filter(({ at }) => !at.includes('.searchTerms'))
          .map((s) => s.text)
          .join(' ')
      : '';
  };
  /** The sources of the statements of a condition whose text matches. */
  const cites = (id: string, statementText: RegExp) => {
    const c = getCondition(id);
    const statements = c ? [...c.whatItIs, ...c.whereFelt, ...c.imsApproach, ...c.evidence.statements] : [];
    return statements.filter((s) => statementText.test(s.text)).flatMap((s) => s.sources);
  };

  it('shin splints: the running-injury figure comes from Lopes 2012, not from naval recruits', () => {
    expect(cites('shin-splints', /most common running injury/)).toEqual(['lopes-2012']);
    expect(text('shin-splints')).toMatch(/14 to 20 in every 100 runners/);
    expect(text('shin-splints')).not.toMatch(/1 in 6/);
    expect(sourcesFor(['yates-white-2004'])[0]?.citation).toMatch(/naval recruits/);
  });

  it("tennis elbow is about 3 times as common as golfer's elbow (Shiri 2006)", () => {
    expect(cites('tennis-elbow', /3 times as common/)).toEqual(['shiri-2006']);
    expect(text('tennis-elbow')).not.toMatch(/five times|5 times|outer elbow pain/i);
    expect(getCondition('tennis-elbow')?.otherNames).not.toContain('outer elbow pain');
  });

  it('carpal tunnel: the index and middle fingers, and no pronator teres among its muscles', () => {
    expect(text('carpal-tunnel-syndrome')).toMatch(/index and middle fingers/);
    expect(READ_STRINGS.some(({ text: t }) => /first two fingers|first fingers/.test(t))).toBe(false);
    expect(getCondition('carpal-tunnel-syndrome')?.muscles.map((m) => m.name)).not.toContain(
      'Pronator teres',
    );
  });

  it('nerve supplies: trapezius by the accessory nerve (C3–C4), neck multifidus C3–C8, jaw by V3', () => {
    const muscles = content.conditions.flatMap((c) => c.muscles);
    for (const m of muscles.filter((m) => m.name === 'Upper trapezius')) {
      expect(m.nerveRoots).toMatch(/accessory nerve/);
      expect(m.nerveRoots).toMatch(/C3–C4/);
    }
    expect(muscles.find((m) => m.name === 'Multifidus (neck)')?.nerveRoots).toBe('C3–C8');
    for (const m of muscles.filter((m) => ['Masseter', 'Temporalis', 'Pterygoids'].includes(m.name))) {
      expect(m.nerveRoots).toMatch(/trigeminal nerve \(its jaw branch, V3\)/);
    }
    expect(READ_STRINGS.some(({ text: t }) => /the jaw nerve/.test(t))).toBe(false);
  });

  it('T1 is the top of the back, never "low in the neck" on its own', () => {
    for (const { at, text: t } of READ_STRINGS) {
      if (/T1\b/.test(t) && /low in the neck/.test(t)) expect(t, at).toMatch(/top of the back/);
    }
    expect(content.general.spinalLevels[0]?.text).toMatch(/T1 is at the top of the back/);
  });

  it('names textbooks, not "clinical texts", and keeps Simons Vol. 1 to the upper body', () => {
    const ids = content.sources.map((s) => s.id);
    expect(ids).not.toContain('clinical-texts');
    expect(sourcesFor(['grays-anatomy'])[0]?.citation).toMatch(/Gray's Anatomy.*42nd edition.*2020/);
    expect(sourcesFor(['moore-anatomy'])[0]?.citation).toMatch(/Moore.*Dalley.*Agur.*Clinically Oriented/);
    expect(sourcesFor(['simons-1999'])[0]?.citation).toMatch(/Volume 1: Upper Half of Body/);
    expect(sourcesFor(['travell-simons-1992'])[0]?.citation).toMatch(/Volume 2: The Lower Extremities/);
    const lowerBody = getCondition('myofascial-trigger-points')?.whereFelt.find((s) =>
      /low back/.test(s.text),
    );
    expect(lowerBody?.sources).toContain('travell-simons-1992');
  });

  it('gives the evidence for dry needling as "very low to moderate", and the trial sizes right', () => {
    const all = READ_STRINGS.map((s) => s.text).join(' ');
    expect(all).toMatch(/very low to moderate/);
    expect(all).not.toMatch(/(?<!very )low to moderate/);
    expect(all).toMatch(/40 older people/);
    expect(all).toMatch(/78 women aged 20 to 40 were split into three groups/);
  });
});

describe('plain words', () => {
  it('spells out muscle abbreviations', () => {
    const ABBREVIATIONS = /\b(VMO|VL|TFL|FDL|FHL|FDB|FDS|FDP|FPL|ECRB|ECRL|EDC|FCR|FCU|SCM|PIN|QL)\b/;
    const found = READ_STRINGS.filter(({ text }) => ABBREVIATIONS.test(text)).map(
      ({ at, text }) => `${at}: ${text}`,
    );
    expect(found).toEqual([]);
  });

  it('explains C, T, L and S before the first level on a condition page', () => {
    const key = content.general.spinalLevels.map((s) => s.text).join(' ');
    for (const letter of ['C', 'T', 'L', 'S']) expect(key).toMatch(new RegExp(`\\b${letter} (is|the)\\b`));
    expect(key).toMatch(/C5 is the fifth nerve of the neck/);
    // The key is shown with the muscle list; nothing above it may name a level.
    const level = /\b[CTLS]\d{1,2}\b/;
    for (const c of content.conditions) {
      for (const t of [
        c.name,
        c.summary,
        ...c.otherNames,
        ...c.whatItIs.map((s) => s.text),
        ...c.whereFelt.map((s) => s.text),
      ])
        expect(t, c.id).not.toMatch(level);
    }
  });

  it('uses one apostrophe style: the straight one', () => {
    const curly = /[\u2018\u2019]/;
    expect(READ_STRINGS.filter(({ text }) => curly.test(text)).map(({ at }) => at)).toEqual([]);
    // search.ts and readability.ts accept both styles from what people type; nothing else has them.
    const allowed = new Set(['src/content/search.ts', 'src/content/readability.ts']);
    const files = [...SOURCE_FILES, ...ENGLISH_CATALOGS, ...FRENCH_FILES, 'index.html'].filter(
      (f) => !allowed.has(f) && curly.test(read(f)),
    );
    expect(files).toEqual([]);
  });
});

describe("the clinic page's misspellings", () => {
  const { misspellings } = misspellingData;
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`\\b(${misspellings.map((m) => literal(m.wrong)).join('|')})\\b`, 'i');
  const clinicPage = readFileSync(new URL('../data/clinic-ims-page.txt', import.meta.url), 'utf8');

  it('are all listed, and the check finds each one on the original page', () => {
    expect(misspellings.length).toBeGreaterThanOrEqual(8);
    for (const { wrong, right } of misspellings) {
      expect(clinicPage.toLowerCase(), wrong).toContain(wrong.toLowerCase());
      expect(right, wrong).not.toMatch(pattern);
    }
    expect('Repetitive strain syndrom').toMatch(pattern);
    expect('carpal tunnel syndrome').not.toMatch(pattern);
  });

  it('never come back in the content, the code or the README', () => {
    const found = READ_STRINGS.filter(({ text }) => pattern.test(text)).map(
      ({ at, text }) => `${at}: ${text}`,
    );
    expect(found).toEqual([]);
    const files = [...SOURCE_FILES, 'index.html', 'README.md'].filter((f) => pattern.test(read(f)));
    expect(files).toEqual([]);
  });
});

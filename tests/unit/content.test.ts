import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type Condition,
  conditionsByArea,
  conditionsForRegion,
  getCondition,
  getRegion,
  regionsByArea,
  type Statement,
} from '../../src/content';
import { CONDITION_ACUPUNCTURE } from '../../src/content/acupuncture';
import { CONDITION_IMS_SITES } from '../../src/content/imsSites';
import { REGION_IDS } from '../../src/content/regionIds';
import { contentSchema } from '../../src/content/schema';
import { segmentStatements } from '../../src/content/segments';
import { sourcesFor } from '../../src/content/sourceLookup';
import { CONDITION_STATEMENT_FIELDS, everyStatement } from '../../src/content/walk';
import { content } from './fullContent';

// This clinic's original IMS page, kept as test data: the app's words must be its own.
const CLINIC_PAGE = new URL('../data/clinic-ims-page.txt', import.meta.url);

const EXPECTED_CONDITION_IDS = [
  'chronic-whiplash-pain',
  'repetitive-strain',
  'carpal-tunnel-syndrome',
  'myofascial-trigger-points',
  'patellofemoral-pain',
  'spinal-pain',
  'headaches',
  'jaw-pain',
  'shin-splints',
  'plantar-fasciitis',
  'tennis-elbow',
  'golfers-elbow',
  'trigger-finger',
  'iliotibial-band-syndrome',
  'piriformis-syndrome',
  'achilles-tendinopathy',
];

/** Every statement in the bundle, with where it sits (for failure messages). */
function allStatements(): { where: string; statement: Statement }[] {
  return everyStatement(content).map(({ path, statement }) => ({ where: path.join('.'), statement }));
}

/** Every string anywhere in the bundle, with its path. */
function allStrings(value: unknown = content, at = 'content'): { at: string; text: string }[] {
  if (typeof value === 'string') return [{ at, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => allStrings(v, `${at}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => allStrings(v, `${at}.${k}`));
  }
  return [];
}

const sides = (stem: string) => [`${stem}-left`, `${stem}-right`];

describe('content bundle', () => {
  it('passes the schema, including the cross-reference checks', () => {
    const result = contentSchema.safeParse(content);
    expect(result.success, result.success ? '' : JSON.stringify(result.error.issues, null, 2)).toBe(true);
  });

  it('rejects a statement without sources, an unknown source id and an unknown region', () => {
    const noSources = structuredClone(content);
    (noSources.conditions[0] as Condition).whatItIs[0] = { text: 'A claim.', sources: [] };
    expect(contentSchema.safeParse(noSources).success).toBe(false);

    const unknownSource = structuredClone(content);
    unknownSource.general.evidence[0] = { text: 'A claim.', sources: ['no-such-source'] };
    const result = contentSchema.safeParse(unknownSource);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('no-such-source');

    const unknownRegion = structuredClone(content) as unknown as { conditions: { regions: string[] }[] };
    unknownRegion.conditions[0]?.regions.push('left-ear');
    expect(contentSchema.safeParse(unknownRegion).success).toBe(false);
  });

  it('has the 16 conditions, with unique kebab-case ids', () => {
    const ids = content.conditions.map((c) => c.id);
    expect(ids).toHaveLength(16);
    expect(new Set(ids).size).toBe(16);
    expect([...ids].sort()).toEqual([...EXPECTED_CONDITION_IDS].sort());
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every condition at least one region, a summary, muscles and search terms', () => {
    for (const c of content.conditions) {
      expect(c.regions.length, c.id).toBeGreaterThan(0);
      expect(c.summary.trim().length, c.id).toBeGreaterThan(10);
      expect(c.muscles.length, c.id).toBeGreaterThan(0);
      expect(c.searchTerms.length, c.id).toBeGreaterThan(0);
      for (const field of CONDITION_STATEMENT_FIELDS)
        expect(c[field].length, `${c.id}.${field}`).toBeGreaterThan(0);
      expect(c.evidence.statements.length, `${c.id}.evidence`).toBeGreaterThan(0);
    }
  });

  it('maps conditions to the expected places, on both sides where a side applies', () => {
    const expectations: Record<string, string[]> = {
      'tennis-elbow': [...sides('elbow-outer'), ...sides('forearm')],
      'golfers-elbow': sides('elbow-inner'),
      headaches: ['head', 'neck'],
      'jaw-pain': [...sides('jaw'), 'head'],
      'plantar-fasciitis': [...sides('sole'), ...sides('heel')],
      'achilles-tendinopathy': [...sides('heel'), ...sides('calf')],
      'piriformis-syndrome': [...sides('hip'), ...sides('thigh-back')],
      'iliotibial-band-syndrome': [...sides('thigh-outer'), ...sides('knee')],
      'patellofemoral-pain': [...sides('knee'), ...sides('thigh-front')],
      'shin-splints': [...sides('shin'), ...sides('calf')],
      'carpal-tunnel-syndrome': [...sides('wrist'), ...sides('hand')],
      'trigger-finger': sides('hand'),
      'spinal-pain': ['neck', 'upper-back', 'mid-back', 'lower-back'],
      'chronic-whiplash-pain': ['neck', ...sides('shoulder'), 'upper-back', 'head'],
    };
    for (const [id, regions] of Object.entries(expectations)) {
      expect(getCondition(id)?.regions, id).toEqual(expect.arrayContaining(regions));
    }
    for (const c of content.conditions) {
      for (const r of c.regions) {
        const twin = r.endsWith('-left') ? r.replace(/-left$/, '-right') : r.replace(/-right$/, '-left');
        expect(c.regions, `${c.id} has ${r} but not ${twin}`).toContain(twin);
      }
    }
  });

  it('has exactly one region entry per REGION_ID, and no region outside REGION_IDS', () => {
    const ids = content.regions.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...REGION_IDS].sort());
    const known = new Set<string>(REGION_IDS);
    for (const c of content.conditions)
      for (const r of c.regions) expect(known.has(r), `${c.id}: ${r}`).toBe(true);
  });

  it('names regions plainly, with the side matching the id', () => {
    for (const r of content.regions) {
      if (r.id.endsWith('-left')) {
        expect(r.side, r.id).toBe('left');
        expect(r.name, r.id).toMatch(/^Left /);
      } else if (r.id.endsWith('-right')) {
        expect(r.side, r.id).toBe('right');
        expect(r.name, r.id).toMatch(/^Right /);
      } else {
        expect(r.side, r.id).toBe('centre');
        expect(r.name, r.id).toBe(r.shortName);
      }
      expect(r.name.toLowerCase(), r.id).toContain(r.shortName.toLowerCase());
      expect(r.aliases.length, r.id).toBeGreaterThan(0);
    }
    expect(getRegion('elbow-inner-left')?.aliases).toContain('funny bone');
    expect(getRegion('hip-right')?.aliases).toContain('bum');
    expect(getRegion('shin-left')?.aliases).toContain('shin bone');
    expect(getRegion('head')?.aliases).toContain('temple');
  });

  it('cites at least one existing source for every statement and every muscle', () => {
    const sourceIds = new Set(content.sources.map((s) => s.id));
    for (const { where, statement } of allStatements()) {
      expect(statement.sources.length, `${where}: "${statement.text}"`).toBeGreaterThan(0);
      for (const id of statement.sources)
        expect(sourceIds.has(id), `${where}: unknown source ${id}`).toBe(true);
    }
    for (const c of content.conditions) {
      for (const m of c.muscles) {
        expect(m.sources.length, `${c.id}: ${m.name}`).toBeGreaterThan(0);
        for (const id of m.sources) expect(sourceIds.has(id), `${c.id}: ${m.name}: ${id}`).toBe(true);
      }
    }
  });

  it('uses every source it lists, and each has a readable citation', () => {
    const used = new Set([
      ...allStatements().flatMap(({ statement }) => statement.sources),
      ...content.conditions.flatMap((c) => c.muscles.flatMap((m) => m.sources)),
      ...content.safety.sideEffects.mild.rates.flatMap((r) => r.sources),
      ...content.safety.warningSigns.signs.flatMap((s) => s.sources),
      // the comparison with acupuncture (acupuncture.ts, imsSites.ts)
      ...CONDITION_ACUPUNCTURE.flatMap((c) => [
        ...c.pointSets.map((p) => p.basis),
        ...(c.localNote ? [c.localNote] : []),
      ]).flatMap((st) => st.sources),
      ...CONDITION_IMS_SITES.flatMap((c) => c.why.sources),
      // the segmental view (content/segments)
      ...segmentStatements().flatMap((st) => st.sources),
    ]);
    for (const s of content.sources) {
      expect(used.has(s.id), `source ${s.id} is never cited`).toBe(true);
      expect(s.citation.length, s.id).toBeGreaterThan(15);
      if (s.url) expect(s.url, s.id).toMatch(/^https:\/\//);
    }
  });

  it('gives the address of every web source, and a clinic page by its exact page, not its home page', () => {
    const withUrl = [
      'istop',
      'gunn-prespondylosis',
      'istop-knee',
      'gunn-1980',
      'gunn-milbrandt-1976',
      'goodman-choma-ims',
      'focus-physio',
      'apc-pain',
      'elite-physiocare',
      'nidcr-tmd',
      'lopes-2012',
      'brady-2014',
    ];
    for (const id of withUrl) expect(sourcesFor([id])[0]?.url, id).toBeTruthy();
    expect(sourcesFor(['istop-knee'])[0]?.url).toBe('https://www.istop.org/kneepain.html');
    expect(sourcesFor(['gunn-milbrandt-1976'])[0]?.url).toBe('https://www.istop.org/tenniselbow.html');
    for (const id of ['goodman-choma-ims', 'focus-physio', 'apc-pain', 'elite-physiocare', 'nidcr-tmd']) {
      const url = new URL(sourcesFor([id])[0]?.url ?? 'https://x');
      expect(url.pathname.length, `${id} should cite a page, not the site`).toBeGreaterThan(1);
    }
  });

  it("presents the clinic's own claims as the clinic's", () => {
    // A statement resting only on the practitioner's page ([P] in FACTS.md) must say whose words they are.
    const clinicOnly = allStatements().filter(
      ({ statement }) => statement.sources.length === 1 && statement.sources[0] === 'clinic-ims-page',
    );
    expect(clinicOnly.length).toBeGreaterThan(0);
    for (const { where, statement } of clinicOnly) {
      expect(statement.text, where).toMatch(/this clinic|your (IMS )?practitioner/i);
    }
  });

  it("ties each condition to the Gunn model and to this clinic's course of treatment", () => {
    for (const c of content.conditions) {
      const helpSources = c.imsApproach.flatMap((s) => s.sources);
      expect(helpSources, c.id).toContain('istop');
      expect(
        c.imsApproach.some((s) => /proposed/i.test(s.text)),
        c.id,
      ).toBe(true);
      expect(
        c.imsApproach.some((s) => /not been proven/i.test(s.text)),
        c.id,
      ).toBe(true);
      expect(
        c.treatmentCourse.flatMap((s) => s.sources),
        c.id,
      ).toContain('clinic-ims-page');
      expect(
        c.treatmentCourse.some((s) => s.text.includes('2–3 sessions')),
        c.id,
      ).toBe(true);
    }
    const cited = (id: string) => getCondition(id)?.imsApproach.flatMap((s) => s.sources) ?? [];
    expect(cited('tennis-elbow')).toContain('gunn-milbrandt-1976');
    expect(cited('patellofemoral-pain')).toContain('istop-knee');
    expect(cited('iliotibial-band-syndrome')).toContain('istop-knee');
    expect(getCondition('spinal-pain')?.evidence.statements.flatMap((s) => s.sources)).toContain('gunn-1980');
    expect(
      getCondition('patellofemoral-pain')
        ?.imsApproach.map((s) => s.text)
        .join(' '),
    ).toMatch(/L2.*L5/);
  });

  describe("wording is the app's own, not copied from the clinic's page", () => {
    const RUN = 8;
    const wordsOf = (text: string) =>
      text
        .toLowerCase()
        .replace(/[’‘']/g, '')
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
    const runsOf = (text: string): string[] => {
      const w = wordsOf(text);
      const runs: string[] = [];
      for (let i = 0; i + RUN <= w.length; i++) runs.push(w.slice(i, i + RUN).join(' '));
      return runs;
    };
    const seed = readFileSync(CLINIC_PAGE, 'utf8');
    const seedRuns = new Set(runsOf(seed));
    const copied = (text: string) => runsOf(text).filter((run) => seedRuns.has(run));

    it('reads the clinic page and can spot a copied sentence', () => {
      expect(seedRuns.size).toBeGreaterThan(500);
      expect(copied('Penetration of a normal muscle is painless; however, a shortened muscle')).not.toEqual(
        [],
      );
    });

    it('shares no run of 8 words with the clinic page', () => {
      for (const { at, text } of allStrings()) expect(copied(text), at).toEqual([]);
    });
  });
});

describe('content API', () => {
  it('looks up conditions and regions by id', () => {
    expect(getCondition('tennis-elbow')?.name).toBe('Tennis elbow');
    expect(getCondition('nope')).toBeUndefined();
    expect(getCondition('')).toBeUndefined();
    expect(getRegion('elbow-outer-left')?.name).toBe('Left outer elbow');
    expect(getRegion('elbow-outer-left')?.shortName).toBe('Outer elbow');
    expect(getRegion('tennis-elbow')).toBeUndefined();
  });

  it('lists the conditions shown on a region', () => {
    const heel = conditionsForRegion('heel-left').map((c) => c.id);
    expect(heel).toEqual(expect.arrayContaining(['plantar-fasciitis', 'achilles-tendinopathy']));
    expect(conditionsForRegion('elbow-outer-right').map((c) => c.id)).toContain('tennis-elbow');
    expect(conditionsForRegion('elbow-outer-right').map((c) => c.id)).not.toContain('golfers-elbow');
    expect(conditionsForRegion('lower-back').map((c) => c.id)).toContain('spinal-pain');
    for (const empty of ['chest', 'abdomen', 'upper-arm-left', 'foot-right'] as const) {
      expect(conditionsForRegion(empty), empty).toEqual([]);
    }
  });

  it('groups every condition once under its area, areas in order', () => {
    const groups = conditionsByArea();
    const orders = groups.map((g) => g.area.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    const ids = groups.flatMap((g) => g.conditions.map((c) => c.id));
    expect([...ids].sort()).toEqual([...EXPECTED_CONDITION_IDS].sort());
    for (const g of groups) for (const c of g.conditions) expect(c.areaId).toBe(g.area.id);
    expect(
      groups
        .find((g) => g.area.id === 'feet')
        ?.conditions.map((c) => c.id)
        .sort(),
    ).toEqual(['achilles-tendinopathy', 'plantar-fasciitis']);
  });

  it('groups every region once under its area', () => {
    const groups = regionsByArea();
    const ids = groups.flatMap((g) => g.regions.map((r) => r.id));
    expect([...ids].sort()).toEqual([...REGION_IDS].sort());
    for (const g of groups) for (const r of g.regions) expect(r.areaId).toBe(g.area.id);
    expect(groups.every((g) => g.regions.length > 0)).toBe(true);
  });

  it('returns sources once each, in the order asked, skipping unknown ids', () => {
    const found = sourcesFor(['gunn-1980', 'istop', 'gunn-1980', 'missing']);
    expect(found.map((s) => s.id)).toEqual(['gunn-1980', 'istop']);
    expect(sourcesFor([])).toEqual([]);
  });

  it('has the general texts the app shows outside conditions', () => {
    const g = content.general;
    expect(g.whatIsIms.map((s) => s.text).join(' ')).toMatch(/acupuncture/i);
    expect(g.whatIsIms.map((s) => s.text).join(' ')).toMatch(/nothing is injected/i);
    expect(g.whoIsItFor.map((s) => s.text).join(' ')).toMatch(/6 weeks/);
    expect(g.whatItFeelsLike.map((s) => s.text).join(' ')).toMatch(/cramp/);
    expect(g.course.map((s) => s.text).join(' ')).toMatch(/30–45 minutes/);
    expect(g.evidence.map((s) => s.text).join(' ')).toMatch(/small/);
    expect(g.spinalLevels.map((s) => s.text).join(' ')).toMatch(/C5 is the fifth nerve of the neck/);
    expect(g.disclaimer).toMatch(/not a diagnosis/i);
    expect(g.noConditionHere).toMatch(/physiotherapist/i);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getMuscle } from '../../src/content/anatomy';
import { BONE_IDS, MUSCLE_IDS, NERVE_IDS } from '../../src/content/anatomyIdList.mjs';
import { CONDITIONS } from '../../src/content/conditions';
import { fleschKincaidGrade, readabilityCounts } from '../../src/content/readability';
import {
  ALL_CONDITION_SEGMENTS,
  levelInfo,
  levelOfBone,
  levelRanges,
  SPINAL_LEVELS,
  type SpinalLevel,
  segmentStatements,
  segmentsFor,
  stepLevel,
  vertebraOf,
} from '../../src/content/segments';
import { SOURCES } from '../../src/content/sources';

// The segmental view's content: every condition's levels, roots, nerves, muscles and needle sites
// exist in the model files and agree with each muscle's nerve supply; each level's skin, muscles
// and conditions; the words are honest about where a level comes from.

const needling = JSON.parse(readFileSync('public/models/needling.json', 'utf8')) as {
  imsSites: Record<string, unknown[]>;
};
const ROOT_ORDER = [...SPINAL_LEVELS, 'S3', 'S4', 'S5'] as string[];
const spanOf = (from: string, to: string) =>
  ROOT_ORDER.slice(ROOT_ORDER.indexOf(from), ROOT_ORDER.indexOf(to) + 1);
const cites = (statements: { sources: readonly string[] }[], id: string) =>
  statements.some((s) => s.sources.includes(id));

describe("a condition's spinal levels", () => {
  it('exist for every condition, with parts that exist in the model', () => {
    expect(ALL_CONDITION_SEGMENTS.map((c) => c.conditionId)).toEqual(CONDITIONS.map((c) => c.id));
    for (const c of ALL_CONDITION_SEGMENTS) {
      expect(c.muscles.length, c.conditionId).toBeGreaterThan(0);
      expect(c.words.length, c.conditionId).toBeGreaterThan(0);
      for (const id of c.muscles) expect(MUSCLE_IDS, c.conditionId).toContain(id);
      for (const id of [...c.roots, ...c.nerves]) expect(NERVE_IDS, c.conditionId).toContain(id);
      for (const id of c.vertebrae) expect(BONE_IDS, c.conditionId).toContain(id);
      for (const site of c.needleSites) {
        expect(needling.imsSites[site]?.length ?? 0, `${c.conditionId}: ${site}`).toBeGreaterThan(0);
      }
      if (c.conditionId === 'jaw-pain') continue;
      expect(c.levels.length, c.conditionId).toBeGreaterThan(0);
      expect(c.roots).toEqual(c.levels.map((l) => `root-${l}`));
      // a needle site beside the spine at every level, and at least one in a muscle
      for (const level of c.levels) expect(c.needleSites).toContain(`paraspinal-${level}`);
      expect(
        c.needleSites.some((s) => !s.startsWith('paraspinal-')),
        c.conditionId,
      ).toBe(true);
    }
  });

  it('cover the root levels of every muscle the condition names', () => {
    for (const c of ALL_CONDITION_SEGMENTS) {
      for (const id of c.muscles) {
        const roots = getMuscle(id)?.roots;
        if (!roots) continue;
        for (const level of spanOf(roots.from, roots.to)) {
          expect(c.levels, `${c.conditionId}: ${id} (${roots.from}–${roots.to})`).toContain(level);
        }
      }
    }
  });

  it('name the levels the issue checks, top to bottom', () => {
    expect(segmentsFor('tennis-elbow')?.levels).toEqual(['C5', 'C6', 'C7', 'C8']);
    expect(segmentsFor('plantar-fasciitis')?.levels).toEqual(['S1', 'S2']);
    expect(segmentsFor('shin-splints')?.levels).toEqual(['L4', 'L5', 'S1', 'S2']);
    expect(segmentsFor('shin-splints')?.rangeLabel).toBe('L4–S2');
    expect(segmentsFor('tennis-elbow')?.vertebrae).toEqual(['C5', 'C6', 'C7']);
    expect(segmentsFor('plantar-fasciitis')?.vertebrae).toEqual(['sacrum']);
    expect(segmentsFor('tennis-elbow')?.nerves).toEqual(['radial', 'posterior-interosseous']);
    expect(segmentsFor('no-such-condition')).toBeUndefined();
  });

  it('light the nerves from the roots to the muscles', () => {
    expect(segmentsFor('plantar-fasciitis')?.nerves).toEqual(['tibial', 'sciatic']);
    expect(segmentsFor('piriformis-syndrome')?.nerves).toContain('sciatic');
    expect(segmentsFor('carpal-tunnel-syndrome')?.nerves).toContain('median');
  });

  it('say honestly where each link to the spine comes from', () => {
    for (const c of ALL_CONDITION_SEGMENTS) {
      const text = c.words.map((w) => w.text).join(' ');
      if (c.gunnLinked)
        expect(cites(c.words, 'gunn-milbrandt-1976') || cites(c.words, 'istop-knee')).toBe(true);
      else
        expect(cites(c.words, 'gunn-milbrandt-1976') || cites(c.words, 'istop-knee'), c.conditionId).toBe(
          false,
        );
      // textbook levels say "about" (books differ by about one level)
      if (cites(c.words, 'grays-anatomy') && c.levels.length > 0)
        expect(text, c.conditionId).toMatch(/\babout\b/);
    }
    expect(segmentsFor('tennis-elbow')?.gunnLinked).toBe(true);
    expect(cites(segmentsFor('tennis-elbow')?.words ?? [], 'gunn-milbrandt-1976')).toBe(true);
    expect(cites(segmentsFor('patellofemoral-pain')?.words ?? [], 'istop-knee')).toBe(true);
    expect(segmentsFor('plantar-fasciitis')?.words[0]?.text).toMatch(/leave the spine at about S1–S2/);
    const jaw = segmentsFor('jaw-pain');
    expect(jaw?.levels).toEqual([]);
    expect(jaw?.nerves).toEqual(['mandibular']);
    expect(jaw?.words.map((w) => w.text).join(' ')).toMatch(/cranial nerve.*not the spine/);
  });
});

describe('one spinal level', () => {
  it('has its skin, muscles, needle site and conditions', () => {
    for (const level of SPINAL_LEVELS) {
      const info = levelInfo(level);
      expect(info.paraspinalSite).toBe(`paraspinal-${level}`);
      expect(needling.imsSites[info.paraspinalSite]?.length ?? 0, level).toBeGreaterThan(0);
      // C1 serves no skin; every other level has a band and a key point
      expect(info.dermatome === null, level).toBe(level === 'C1');
      expect(info.keyPoint === null, level).toBe(level === 'C1');
      for (const id of info.myotome) {
        const roots = getMuscle(id)?.roots;
        expect(roots && spanOf(roots.from, roots.to), `${level}: ${id}`).toContain(level);
      }
      for (const id of info.conditionIds) expect(segmentsFor(id)?.levels).toContain(level);
    }
    const c6 = levelInfo('C6');
    expect(c6.title).toBe('C6, the sixth level of the neck');
    expect(c6.keyPoint).toMatch(/thumb/);
    expect(c6.keyMuscle?.text).toMatch(/wrist/);
    expect(c6.myotome).toContain('extensor-carpi-radialis-brevis');
    expect(c6.conditionIds).toContain('tennis-elbow');
    expect(levelInfo('L5').keyPoint).toMatch(/top of the foot/);
    expect(levelInfo('S1').conditionIds).toEqual(
      expect.arrayContaining(['plantar-fasciitis', 'shin-splints', 'achilles-tendinopathy']),
    );
  });

  it('has the ASIA key muscle test where the exam has one', () => {
    const tested = SPINAL_LEVELS.filter((l) => levelInfo(l).keyMuscle !== null);
    expect(tested).toEqual(['C5', 'C6', 'C7', 'C8', 'T1', 'L2', 'L3', 'L4', 'L5', 'S1']);
  });

  it('maps to its vertebra and back', () => {
    expect(vertebraOf('C8')).toBeNull();
    expect(vertebraOf('S2')).toBe('sacrum');
    for (const level of SPINAL_LEVELS) {
      const bone = vertebraOf(level);
      if (bone && bone !== 'sacrum') expect(levelOfBone(bone)).toBe(level);
    }
    expect(levelOfBone('sacrum')).toBe('S1');
    expect(levelOfBone('femur')).toBeNull();
  });

  it('steps up and down the spine and stops at the ends', () => {
    expect(stepLevel('C7', 1)).toBe('C8');
    expect(stepLevel('C8', 1)).toBe('T1');
    expect(stepLevel('C1', -1)).toBe('C1');
    expect(stepLevel('S2', 1)).toBe('S2');
  });

  it('writes levels as ranges', () => {
    const l = (...ids: SpinalLevel[]) => ids;
    expect(levelRanges(l('C5', 'C6', 'C7', 'C8'))).toBe('C5–C8');
    expect(levelRanges(l('C5'))).toBe('C5');
    expect(levelRanges(l('C4', 'C5', 'T3', 'L2', 'L3'))).toBe('C4–C5, T3 and L2–L3');
    expect(levelRanges([])).toBe('');
  });
});

describe("the segmental view's words", () => {
  it('cite sources that exist, at reading grade 8 or below', () => {
    const ids = new Set<string>(SOURCES.map((s) => s.id));
    const tooHard: string[] = [];
    for (const statement of segmentStatements()) {
      expect(statement.sources.length).toBeGreaterThan(0);
      for (const id of statement.sources) expect(ids.has(id), id).toBe(true);
      // as in readability.test.ts: shorter texts are too short for a grade to mean much
      if (fleschKincaidGrade(statement.text) > 8 && readabilityCounts(statement.text).word >= 6)
        tooHard.push(statement.text);
    }
    expect(tooHard).toEqual([]);
  });

  it("call the Gunn model's idea proposed, not proven", () => {
    const all = segmentStatements()
      .map((s) => s.text)
      .join(' ');
    expect(all).toMatch(/proposes/);
    expect(all).toMatch(/not been proven/);
  });
});

// The needling data (public/models/needling.json, made by scripts/model/needling) and the content
// that names it: every point, line and IMS site the content names exists in the file and back, every
// marker and line lies on the skin, lines are smooth, and the summaries are plain.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSkin } from '../../scripts/model/anatomy.mjs';
import { buildNeedling, needlingJson } from '../../scripts/model/needling/build-needling.mjs';
import { largestTurn, longestStep } from '../../scripts/model/needling/on-skin.mjs';
import { ACUPOINTS, CONDITION_ACUPUNCTURE, MERIDIANS } from '../../src/content/acupuncture';
import { COMPARE_SUMMARIES, CONDITION_IMS_SITES, paraspinalId } from '../../src/content/imsSites';
import { ACUPOINT_CODES, IMS_SITE_IDS, MERIDIAN_CODES } from '../../src/content/needleIdList.mjs';
import { fleschKincaidGrade, readabilityCounts } from '../../src/content/readability';
import { content } from './fullContent';

type Vec3 = [number, number, number];
interface Marker {
  side: 'left' | 'right' | 'middle';
  position: Vec3;
  normal: Vec3;
}
interface Needling {
  points: Record<string, Marker[]>;
  meridians: Record<string, { side: string; path: Vec3[] }[]>;
  imsSites: Record<string, Marker[]>;
}

const FILE = fileURLToPath(new URL('../../public/models/needling.json', import.meta.url));
const committedText = readFileSync(FILE, 'utf8');
const data = JSON.parse(committedText) as Needling;
const field = buildSkin().sdf.dist;
const sourceIds = new Set(content.sources.map((s) => s.id));
const sorted = (xs: Iterable<string>) => [...xs].sort();

describe('needling.json', () => {
  let generated = '';
  beforeAll(() => {
    generated = needlingJson(buildNeedling({ field }));
  }, 120_000);

  it('is what the generator makes', () => {
    expect(committedText === generated, 'run `npm run needling` and commit the result').toBe(true);
  });

  it('holds exactly the ids of the id list', () => {
    expect(sorted(Object.keys(data.points))).toEqual(sorted(ACUPOINT_CODES));
    expect(sorted(Object.keys(data.meridians))).toEqual(sorted(MERIDIAN_CODES));
    expect(sorted(Object.keys(data.imsSites))).toEqual(sorted(IMS_SITE_IDS));
  });

  it('has a left and a right marker for paired things and one middle one for the midline', () => {
    for (const [code, list] of [...Object.entries(data.points), ...Object.entries(data.imsSites)]) {
      const sides = new Set(list.map((m) => m.side));
      if (code.startsWith('GV')) expect(sides, code).toEqual(new Set(['middle']));
      else expect(sides, code).toEqual(new Set(['left', 'right']));
    }
  });

  it('puts every marker on the skin (within 2 mm) with a unit outward normal', () => {
    for (const list of [...Object.values(data.points), ...Object.values(data.imsSites)])
      for (const { position: p, normal: n } of list) {
        expect(Math.abs(field(...p))).toBeLessThan(0.002);
        expect(Math.hypot(...n)).toBeCloseTo(1, 3);
        // a step outwards along the normal leaves the body
        expect(field(p[0] + n[0] * 0.003, p[1] + n[1] * 0.003, p[2] + n[2] * 0.003)).toBeGreaterThan(0);
      }
  });

  it('draws every meridian as a smooth line on the skin, a sample at most 1.5 cm from the next', () => {
    for (const [code, lines] of Object.entries(data.meridians)) {
      expect(lines.length, code).toBeGreaterThan(0);
      for (const { path } of lines) {
        expect(path.length, code).toBeGreaterThan(10);
        for (const p of path) expect(Math.abs(field(...p)), code).toBeLessThan(0.002);
        expect(longestStep(path), code).toBeLessThanOrEqual(0.015);
        expect(largestTurn(path), code).toBeLessThanOrEqual(65);
      }
    }
  });

  it('puts each point of a meridian on its line', () => {
    for (const point of ACUPOINTS) {
      if (!point.meridianCode) continue;
      const lines = data.meridians[point.meridianCode] ?? [];
      for (const m of data.points[point.code] ?? []) {
        const onLine = lines
          .filter((l) => l.side === m.side)
          .some((l) =>
            l.path.some(
              (q) => Math.hypot(q[0] - m.position[0], q[1] - m.position[1], q[2] - m.position[2]) < 0.001,
            ),
          );
        expect(onLine, `${point.code} on ${point.meridianCode} (${m.side})`).toBe(true);
      }
    }
  });

  it('places points where the anatomy says', () => {
    const left = (code: string) => (data.points[code] ?? []).find((m) => m.side === 'left') as Marker;
    // LI4 on the back of the hand (faces out, away from the thigh); BL40 at the back of the knee
    expect(left('LI4').normal[0]).toBeGreaterThan(0.5);
    expect(left('BL40').normal[2]).toBeLessThan(-0.8);
    expect(Math.abs(left('BL40').position[1] - 0.5)).toBeLessThan(0.02);
    // GB20 below the skull at the back; KI1 on the sole; GV20 at the top of the head
    expect(left('GB20').normal[2]).toBeLessThan(-0.5);
    expect(left('KI1').normal[1]).toBeLessThan(-0.8);
    expect(data.points.GV20?.[0]?.position[1]).toBeGreaterThan(1.73);
  });
});

describe('acupuncture and IMS sites in the content', () => {
  const conditionIds = content.conditions.map((c) => c.id);

  it('covers every condition once, in both', () => {
    expect(sorted(CONDITION_ACUPUNCTURE.map((c) => c.conditionId))).toEqual(sorted(conditionIds));
    expect(sorted(CONDITION_IMS_SITES.map((c) => c.conditionId))).toEqual(sorted(conditionIds));
    expect(sorted(Object.keys(COMPARE_SUMMARIES))).toEqual(sorted(conditionIds));
  });

  it('gives each condition 3–5 classic points, or the note on local needling', () => {
    for (const c of CONDITION_ACUPUNCTURE) {
      const n = c.pointSets.reduce((sum, s) => sum + s.points.length, 0);
      if (c.localNote) expect(n, c.conditionId).toBeLessThanOrEqual(5);
      else expect(n, c.conditionId).toBeGreaterThanOrEqual(3);
      expect(n, c.conditionId).toBeLessThanOrEqual(5);
    }
  });

  it('sources every point set and note, and says "practitioner pages only" where that is all there is', () => {
    for (const c of CONDITION_ACUPUNCTURE) {
      for (const s of [...c.pointSets.map((p) => p.basis), ...(c.localNote ? [c.localNote] : [])])
        for (const id of s.sources) expect(sourceIds.has(id), `${c.conditionId}: ${id}`).toBe(true);
      for (const s of c.pointSets)
        if (s.practitionerPagesOnly) expect(s.basis.text, c.conditionId).toMatch(/practitioner pages only/);
    }
    for (const c of CONDITION_IMS_SITES)
      for (const id of c.why.sources) expect(sourceIds.has(id), `${c.conditionId}: ${id}`).toBe(true);
  });

  it('gives each condition IMS muscle sites, and spinal levels except for the jaw', () => {
    for (const c of CONDITION_IMS_SITES) {
      expect(c.muscles.length, c.conditionId).toBeGreaterThan(0);
      if (c.conditionId === 'jaw-pain') {
        expect(c.levels).toEqual([]);
        expect(c.why.text).toMatch(/trigeminal/);
        expect(c.why.text).toMatch(/not the spine/);
      } else expect(c.levels.length, c.conditionId).toBeGreaterThan(0);
    }
  });

  it('names only ids that are in needling.json, and every id there is named', () => {
    const points = new Set(ACUPOINTS.map((p) => p.code));
    expect(sorted(points)).toEqual(sorted(Object.keys(data.points)));
    const used = new Set(
      CONDITION_ACUPUNCTURE.flatMap((c) => c.pointSets.flatMap((s) => s.points.map((p) => p.code))),
    );
    for (const code of used) expect(points.has(code), code).toBe(true);
    expect(sorted(used)).toEqual(sorted(points));
    const sites = new Set(
      CONDITION_IMS_SITES.flatMap((c) => [...c.muscles, ...c.levels.map(paraspinalId)] as string[]),
    );
    for (const id of sites) expect(data.imsSites[id], id).toBeDefined();
    const muscleIdsInFile = Object.keys(data.imsSites).filter((id) => !id.startsWith('paraspinal-'));
    for (const id of muscleIdsInFile) expect(sites.has(id), `${id} is used by a condition`).toBe(true);
  });

  it('puts every point on a meridian that exists (extra points on none)', () => {
    const meridians = new Set(MERIDIANS.map((m) => m.code));
    expect(sorted(meridians)).toEqual(sorted(MERIDIAN_CODES));
    for (const p of ACUPOINTS) {
      if (p.code.startsWith('EX-')) expect(p.meridianCode, p.code).toBeNull();
      else {
        expect(meridians.has(p.meridianCode as never), p.code).toBe(true);
        expect(p.code.startsWith(p.meridianCode as string), p.code).toBe(true);
      }
    }
  });

  // as in readability.test.ts: shorter texts are too short for a grade to mean much
  it('keeps the summaries, notes and reasons at reading grade 8 or below', () => {
    const texts = [
      ...Object.values(COMPARE_SUMMARIES),
      ...CONDITION_ACUPUNCTURE.flatMap((c) => [
        ...c.pointSets.map((s) => s.basis.text),
        ...(c.localNote ? [c.localNote.text] : []),
      ]),
      ...CONDITION_IMS_SITES.map((c) => c.why.text),
      ...ACUPOINTS.map((p) => p.where),
    ];
    const tooHard = texts
      .map((t) => ({ t, g: fleschKincaidGrade(t) }))
      .filter(({ t, g }) => g > 8 && readabilityCounts(t).word >= 6);
    expect(tooHard).toEqual([]);
  });
});

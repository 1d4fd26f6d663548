import { describe, expect, it } from 'vitest';
import { EVIDENCE, isFactId } from '../../src/content/evidence';
import { fleschKincaidGrade } from '../../src/content/readability';
import { SOURCES } from '../../src/content/sources';
import { cycleSourcesFor } from '../../src/cycle/sources';
import { CYCLE_STAGE_IDS, isCycleStageId } from '../../src/cycle/stageIds';
import { CYCLE_NOTES, CYCLE_STAGES, getStage } from '../../src/cycle/stages';
import {
  advance,
  buildTimeline,
  clampTime,
  fireDistance,
  flowDistance,
  settledVisual,
  stageIndexAt,
  stageProgress,
  stageSettleTime,
  stageStart,
  TIMELINE,
  visualAt,
} from '../../src/cycle/timeline';
import { HEALTHY, VISUAL_KEYS } from '../../src/cycle/visual';

describe('stage data', () => {
  it('has one stage per id, in the same order', () => {
    expect(CYCLE_STAGES.map((s) => s.id)).toEqual([...CYCLE_STAGE_IDS]);
    expect(new Set(CYCLE_STAGE_IDS).size).toBe(CYCLE_STAGE_IDS.length);
    for (const id of CYCLE_STAGE_IDS) expect(getStage(id).id).toBe(id);
  });

  it('tells the cycle first, then the needle part', () => {
    const parts = CYCLE_STAGES.map((s) => s.part);
    const firstNeedle = parts.indexOf('needle');
    expect(firstNeedle).toBeGreaterThan(0);
    expect(parts.slice(0, firstNeedle).every((p) => p === 'cycle')).toBe(true);
    expect(parts.slice(firstNeedle).every((p) => p === 'needle')).toBe(true);
    expect(CYCLE_STAGE_IDS.slice(0, firstNeedle)).toEqual([
      'spine-wear',
      'nerve-root',
      'supersensitive',
      'muscle-tightens',
      'pull-and-pressure',
      'less-blood-flow',
      'pain-signals',
      'guarding',
    ]);
  });

  it('ids are kebab-case (they are the `cycle` link parameter)', () => {
    for (const id of CYCLE_STAGE_IDS) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(isCycleStageId('nerve-root')).toBe(true);
    expect(isCycleStageId('Nerve-Root')).toBe(false);
    expect(isCycleStageId(3)).toBe(false);
  });

  it("every stage cites facts from the project's evidence register, and only those facts' sources", () => {
    const sourceIds = new Set<string>(SOURCES.map((s) => s.id));
    for (const stage of CYCLE_STAGES) {
      expect(stage.facts.length, stage.id).toBeGreaterThan(0);
      expect(stage.sources.length, stage.id).toBeGreaterThan(0);
      for (const fact of stage.facts) expect(isFactId(fact), `${stage.id} cites ${fact}`).toBe(true);
      const factSources = new Set<string>(stage.facts.flatMap((fact) => EVIDENCE[fact].sources));
      for (const source of stage.sources) {
        expect(sourceIds.has(source), `${stage.id}: unknown source ${source}`).toBe(true);
        expect(factSources.has(source), `${stage.id}: ${source} backs none of its facts`).toBe(true);
      }
      expect(cycleSourcesFor(stage.sources).map((s) => s.id)).toEqual([...new Set(stage.sources)]);
    }
  });

  it('the register is complete: every fact has a known kind and existing sources', () => {
    const sourceIds = new Set<string>(SOURCES.map((s) => s.id));
    expect(isFactId('A3')).toBe(false);
    expect(isFactId('toString')).toBe(false);
    for (const [id, fact] of Object.entries(EVIDENCE)) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['established', 'model', 'hypothesis', 'clinic']).toContain(fact.kind);
      expect(fact.sources.length, id).toBeGreaterThan(0);
      for (const source of fact.sources) expect(sourceIds.has(source), `${id}: ${source}`).toBe(true);
    }
  });

  it("says which words rest on a proposal, and marks the clinic's own words as the clinic's", () => {
    for (const stage of CYCLE_STAGES) {
      const kinds = new Set(stage.facts.map((fact) => EVIDENCE[fact].kind));
      const words = [stage.caption, ...stage.detail].join(' ');
      if (kinds.has('hypothesis')) expect(words, stage.id).toMatch(/proposed|thought to|not been proven/i);
      expect(stage.clinic === true, stage.id).toBe(kinds.has('clinic'));
    }
  });

  it("keeps Cannon's finding apart from Gunn's proposal, and says what becomes more sensitive", () => {
    const stage = getStage('supersensitive');
    expect(stage.caption).toMatch(/Cannon showed/);
    expect(stage.caption).toMatch(/Gunn proposed/);
    expect(stage.facts).toEqual(['cannon-denervation-law', 'gunn-poor-nerve-function']);
    expect(EVIDENCE['cannon-denervation-law'].kind).toBe('established');
    expect(EVIDENCE['gunn-poor-nerve-function'].kind).toBe('hypothesis');
    const everything = CYCLE_STAGES.flatMap((s) => [s.title, s.label, s.caption, ...s.detail]).join(' ');
    expect(everything).not.toMatch(/fires far too easily/i);
    expect(getStage('pull-and-pressure').caption).toMatch(/thought to press on the nerve root/);
  });

  it('the last step hopes, says results vary, and does not show everything back to normal', () => {
    const last = CYCLE_STAGES[CYCLE_STAGES.length - 1];
    const words = [last?.caption, ...(last?.detail ?? [])].join(' ');
    expect(words).toMatch(/hope/i);
    expect(words).toMatch(/results vary/i);
    expect(words).not.toMatch(/back to normal|for good|cured|gone for good/i);
    const end = TIMELINE.ends[TIMELINE.ends.length - 1] ?? HEALTHY;
    const distance = VISUAL_KEYS.reduce((sum, key) => sum + Math.abs(end[key] - HEALTHY[key]), 0);
    expect(distance, 'the last picture must not be the healthy start').toBeGreaterThan(0.75);
    expect(end.tightness).toBeGreaterThanOrEqual(0.2);
    expect(end.sensitivity).toBeGreaterThanOrEqual(0.2);
  });

  it("marks this clinic's own statements [P] as the clinic's, and cites its page", () => {
    for (const id of ['less-blood-flow', 'pain-signals', 'what-to-expect'] as const) {
      const stage = getStage(id);
      expect(stage.clinic, id).toBe(true);
      expect(stage.sources).toContain('clinic-ims-page');
    }
    expect(getStage('what-to-expect').caption).toMatch(/this clinic/i);
  });

  it('the needle part says the three effects are proposed, not proven', () => {
    for (const id of ['stretch-reflex', 'healing-blood', 'nerve-current'] as const) {
      expect(getStage(id).caption).toMatch(/proposed/i);
      expect(getStage(id).facts).toContain('proposed-needle-effects');
    }
    expect(CYCLE_NOTES.needleHonesty).toMatch(/proposed/i);
    expect(CYCLE_NOTES.needleHonesty).toMatch(/not yet shown/i);
  });

  it("what to expect gives the clinic's numbers and the gentler start for nervous people", () => {
    const stage = getStage('what-to-expect');
    const text = [stage.caption, ...stage.detail].join(' ');
    for (const phrase of [
      /2 to 3 sessions/,
      /just one/,
      /8 to 10/,
      /once or twice a week/,
      /30 to 45 minutes/,
    ])
      expect(text).toMatch(phrase);
    expect(text).toMatch(/needles worry you/i);
    expect(text).toMatch(/more gently/i);
  });

  it('captions are short and plain: grade 8 or below, at most 3 sentences', () => {
    for (const stage of CYCLE_STAGES) {
      const grade = fleschKincaidGrade(stage.caption);
      expect(grade, `${stage.id}: "${stage.caption}" reads at grade ${grade.toFixed(1)}`).toBeLessThanOrEqual(
        8,
      );
      expect(
        stage.caption.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 1).length,
      ).toBeLessThanOrEqual(3);
      expect(stage.caption.length, stage.id).toBeLessThanOrEqual(170);
    }
  });

  it('the longer words are plain too (grade 8 or below)', () => {
    // Titles are a few words: too short for a grade, so they are only kept short.
    for (const stage of CYCLE_STAGES) expect(stage.title.split(' ').length, stage.id).toBeLessThanOrEqual(8);
    const texts = [CYCLE_NOTES.intro, CYCLE_NOTES.needleHonesty, ...CYCLE_STAGES.flatMap((s) => s.detail)];
    for (const text of texts) {
      const grade = fleschKincaidGrade(text);
      expect(grade, `"${text}" reads at grade ${grade.toFixed(1)}`).toBeLessThanOrEqual(8);
    }
  });

  it('phases stay inside their stage and only name known visual values', () => {
    for (const stage of CYCLE_STAGES) {
      expect(stage.duration).toBeGreaterThanOrEqual(5);
      for (const phase of stage.phases) {
        expect(phase.at).toBeGreaterThanOrEqual(0);
        expect(phase.to).toBeGreaterThan(phase.at);
        expect(phase.to, stage.id).toBeLessThan(stage.duration);
        for (const [key, value] of Object.entries(phase.set)) {
          expect(VISUAL_KEYS as readonly string[]).toContain(key);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('every stage looks different from the one before it', () => {
    for (let i = 1; i < TIMELINE.ends.length; i++) {
      const a = TIMELINE.ends[i - 1] ?? HEALTHY;
      const b = TIMELINE.ends[i] ?? HEALTHY;
      const difference = VISUAL_KEYS.reduce((sum, key) => sum + Math.abs(a[key] - b[key]), 0);
      const viewChanged = CYCLE_STAGES[i - 1]?.view !== CYCLE_STAGES[i]?.view;
      expect(difference > 0.2 || viewChanged, CYCLE_STAGE_IDS[i]).toBe(true);
    }
  });
});

describe('timeline maths', () => {
  const tl = TIMELINE;

  it('lays the stages end to end', () => {
    expect(tl.starts[0]).toBe(0);
    const sum = CYCLE_STAGES.reduce((s, st) => s + st.duration, 0);
    expect(tl.total).toBeCloseTo(sum, 9);
    for (let i = 1; i < tl.starts.length; i++)
      expect(tl.starts[i]).toBeCloseTo((tl.starts[i - 1] ?? 0) + (CYCLE_STAGES[i - 1]?.duration ?? 0), 9);
  });

  it('finds the stage at any time, with boundaries belonging to the later stage', () => {
    expect(stageIndexAt(tl, 0)).toBe(0);
    expect(stageIndexAt(tl, -5)).toBe(0);
    expect(stageIndexAt(tl, Number.NaN)).toBe(0);
    for (let i = 0; i < tl.starts.length; i++) {
      const start = stageStart(tl, i);
      expect(stageIndexAt(tl, start)).toBe(i);
      if (i > 0) expect(stageIndexAt(tl, start - 1e-6)).toBe(i - 1);
    }
    expect(stageIndexAt(tl, tl.total)).toBe(tl.starts.length - 1);
    expect(stageIndexAt(tl, tl.total + 100)).toBe(tl.starts.length - 1);
  });

  it('reports progress within a stage', () => {
    const start = stageStart(tl, 3);
    const duration = CYCLE_STAGES[3]?.duration ?? 1;
    const p = stageProgress(tl, start + duration / 2);
    expect(p.index).toBe(3);
    expect(p.local).toBeCloseTo(duration / 2, 9);
    expect(p.fraction).toBeCloseTo(0.5, 9);
  });

  it('settles each stage inside it, after its changes', () => {
    for (let i = 0; i < tl.starts.length; i++) {
      const settle = stageSettleTime(tl, i);
      expect(stageIndexAt(tl, settle)).toBe(i);
      const shown = visualAt(tl, settle);
      const end = settledVisual(tl, i);
      for (const key of VISUAL_KEYS)
        expect(shown[key], `${CYCLE_STAGE_IDS[i]}.${key}`).toBeCloseTo(end[key], 6);
    }
  });

  it('is continuous: no jumps across stage boundaries or inside stages', () => {
    let previous = visualAt(tl, 0);
    for (let t = 0.02; t <= tl.total; t += 0.02) {
      const next = visualAt(tl, t);
      for (const key of VISUAL_KEYS)
        expect(Math.abs(next[key] - previous[key]), `${key} at ${t.toFixed(2)}s`).toBeLessThan(0.05);
      previous = next;
    }
  });

  it('starts healthy and keeps every value between 0 and 1', () => {
    expect(visualAt(tl, 0)).toEqual({ ...HEALTHY });
    for (let t = 0; t <= tl.total; t += 0.25) {
      const v = visualAt(tl, t);
      for (const key of VISUAL_KEYS) {
        expect(v[key]).toBeGreaterThanOrEqual(-1e-9);
        expect(v[key]).toBeLessThanOrEqual(1 + 1e-9);
      }
    }
  });

  it('shows what each stage is about once it has settled', () => {
    const at = (id: (typeof CYCLE_STAGE_IDS)[number]) => settledVisual(tl, CYCLE_STAGE_IDS.indexOf(id));
    expect(at('spine-wear').wear).toBe(1);
    expect(at('nerve-root').root).toBe(1);
    expect(at('supersensitive').sensitivity).toBe(1);
    expect(at('muscle-tightens').tightness).toBeGreaterThan(0.5);
    expect(at('pull-and-pressure').strain).toBe(1);
    expect(at('pull-and-pressure').jointPressure).toBe(1);
    expect(at('less-blood-flow').flow).toBeLessThan(0.5);
    expect(at('pain-signals').pain).toBe(1);
    expect(at('guarding').tightness).toBeGreaterThan(at('muscle-tightens').tightness);
    expect(at('needle-normal').needle).toBe(1);
    expect(at('needle-normal').tightness).toBe(0);
    expect(at('needle-grasp').grasp).toBe(1);
    expect(at('stretch-reflex').tightness).toBeLessThan(at('needle-grasp').tightness);
    expect(at('healing-blood').healing).toBe(1);
    expect(at('nerve-current').current).toBe(1);
    expect(at('nerve-current').sensitivity).toBeLessThan(0.5);
    expect(at('what-to-expect').needle).toBe(0);
  });

  it('blood moves slower when flow is low, nerve impulses faster when the nerve is supersensitive', () => {
    const rate = (f: (t: number) => number, id: (typeof CYCLE_STAGE_IDS)[number]) => {
      const t = stageSettleTime(tl, CYCLE_STAGE_IDS.indexOf(id)) + 0.1;
      return (f(t + 1) - f(t)) / 1;
    };
    const flow = (t: number) => flowDistance(tl, t);
    const fire = (t: number) => fireDistance(tl, t);
    expect(rate(flow, 'less-blood-flow')).toBeLessThan(rate(flow, 'spine-wear') / 2);
    expect(rate(flow, 'healing-blood')).toBeGreaterThan(rate(flow, 'spine-wear'));
    expect(rate(fire, 'supersensitive')).toBeGreaterThan(rate(fire, 'spine-wear') * 3);
    // Distances never go backwards.
    for (let t = 0.1; t < tl.total; t += 0.5) expect(flow(t)).toBeGreaterThan(flow(t - 0.1));
  });

  it('advances by speed, clamps long pauses and stops at the end', () => {
    expect(advance(tl, 10, 0.1, 1)).toEqual({ time: 10.1, ended: false });
    expect(advance(tl, 10, 0.1, 2).time).toBeCloseTo(10.2, 9);
    expect(advance(tl, 10, 0.1, 0.5).time).toBeCloseTo(10.05, 9);
    // A tab left in the background for a minute moves on by a quarter second, not a minute.
    expect(advance(tl, 10, 60, 1).time).toBeCloseTo(10.25, 9);
    expect(advance(tl, 10, -1, 1).time).toBe(10);
    expect(advance(tl, tl.total - 0.05, 0.1, 1)).toEqual({ time: tl.total, ended: true });
    expect(clampTime(tl, tl.total + 5)).toBe(tl.total);
    expect(clampTime(tl, Number.POSITIVE_INFINITY)).toBe(0);
  });

  it('builds the same timeline every time', () => {
    const again = buildTimeline();
    expect(again.starts).toEqual(tl.starts);
    expect(again.ends).toEqual(tl.ends);
    for (const t of [0, 7.3, 50, tl.total]) {
      expect(flowDistance(again, t)).toBe(flowDistance(tl, t));
      expect(fireDistance(again, t)).toBe(fireDistance(tl, t));
    }
  });
});

import type { CycleStageId } from './stageIds';
import { MOTION_STAGES, type StageMotion } from './stageMotion';
import { copyVisual, easeInOut, HEALTHY, mixVisual, type Visual } from './visual';

// The explainer's one timeline: the steps laid end to end, in seconds at normal speed. Everything
// here is pure maths on that timeline, so the DOM, the scene, the tests and the benchmark agree.

export const SPEEDS = [0.5, 0.75, 1, 1.5, 2] as const;
export type CycleSpeed = (typeof SPEEDS)[number];

export function isCycleSpeed(value: unknown): value is CycleSpeed {
  return typeof value === 'number' && (SPEEDS as readonly number[]).includes(value);
}

/** Step length for the pre-computed flow and nerve-firing distances (seconds). */
const TABLE_STEP = 1 / 30;

export interface Timeline {
  stages: readonly StageMotion[];
  /** Start time of each step. */
  starts: number[];
  total: number;
  /** What the scene shows when each step has finished its changes. */
  ends: Visual[];
  /**
   * Distance travelled by blood particles and by nerve impulses up to each table step. Worked out
   * on first use (by the scene), so opening the page does not pay for it.
   */
  tables: { flow: Float64Array; fire: Float64Array } | null;
}

/** What a step shows `local` seconds after it starts, coming from `from`. */
export function stageVisualAt(
  stage: StageMotion,
  from: Readonly<Visual>,
  local: number,
  out: Visual,
): Visual {
  copyVisual(from, out);
  for (const phase of stage.phases) {
    const span = Math.max(1e-6, phase.to - phase.at);
    const t = easeInOut((local - phase.at) / span);
    if (t > 0) mixVisual(out, phase.set, t, out);
  }
  return out;
}

/** Blood particles move faster with more flow; healing draws extra blood. */
export function flowRate(v: Readonly<Visual>): number {
  return 0.32 * (0.12 + v.flow) * (1 + 0.6 * v.healing);
}

/** A calm nerve fires now and then; a supersensitive one much more. */
export function fireRate(v: Readonly<Visual>): number {
  return 0.1 + 0.45 * v.sensitivity;
}

export function buildTimeline(stages: readonly StageMotion[] = MOTION_STAGES): Timeline {
  const starts: number[] = [];
  const ends: Visual[] = [];
  let total = 0;
  let from: Readonly<Visual> = HEALTHY;
  for (const stage of stages) {
    starts.push(total);
    total += stage.duration;
    const end = stageVisualAt(stage, from, Number.POSITIVE_INFINITY, { ...HEALTHY });
    ends.push(end);
    from = end;
  }
  return { stages, starts, total, ends, tables: null };
}

function tablesOf(tl: Timeline): { flow: Float64Array; fire: Float64Array } {
  if (tl.tables) return tl.tables;
  const steps = Math.ceil(tl.total / TABLE_STEP) + 1;
  const flow = new Float64Array(steps);
  const fire = new Float64Array(steps);
  const v = { ...HEALTHY };
  let lastFlow = flowRate(visualAt(tl, 0, v));
  let lastFire = fireRate(v);
  for (let k = 1; k < steps; k++) {
    visualAt(tl, k * TABLE_STEP, v);
    const f = flowRate(v);
    const n = fireRate(v);
    flow[k] = (flow[k - 1] ?? 0) + ((lastFlow + f) / 2) * TABLE_STEP;
    fire[k] = (fire[k - 1] ?? 0) + ((lastFire + n) / 2) * TABLE_STEP;
    lastFlow = f;
    lastFire = n;
  }
  tl.tables = { flow, fire };
  return tl.tables;
}

export function clampTime(tl: Timeline, time: number): number {
  return Number.isFinite(time) ? Math.min(tl.total, Math.max(0, time)) : 0;
}

/** Which step is on at `time` (the end of the timeline belongs to the last step). */
export function stageIndexAt(tl: Timeline, time: number): number {
  const t = clampTime(tl, time);
  let lo = 0;
  let hi = tl.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((tl.starts[mid] ?? 0) <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function stageStart(tl: Timeline, index: number): number {
  return tl.starts[Math.min(tl.starts.length - 1, Math.max(0, index))] ?? 0;
}

/**
 * The moment a step has finished its changes: where a paused jump comes to rest, and what a
 * reduced-motion view shows. Never past the step's end.
 */
export function stageSettleTime(tl: Timeline, index: number): number {
  const i = Math.min(tl.stages.length - 1, Math.max(0, index));
  const stage = tl.stages[i];
  if (!stage) return 0;
  const last = stage.phases.reduce((m, p) => Math.max(m, p.to), 0);
  return stageStart(tl, i) + Math.min(last, stage.duration - 0.25);
}

/** Seconds into the current step, and how far through it (0–1). */
export function stageProgress(
  tl: Timeline,
  time: number,
): { index: number; local: number; fraction: number } {
  const t = clampTime(tl, time);
  const index = stageIndexAt(tl, t);
  const local = t - stageStart(tl, index);
  const duration = tl.stages[index]?.duration ?? 1;
  return { index, local, fraction: Math.min(1, local / duration) };
}

/** What the scene shows at `time`. */
export function visualAt(tl: Timeline, time: number, out: Visual = { ...HEALTHY }): Visual {
  const { index, local } = stageProgress(tl, time);
  const stage = tl.stages[index];
  if (!stage) return copyVisual(HEALTHY, out);
  const from = index === 0 ? HEALTHY : (tl.ends[index - 1] ?? HEALTHY);
  return stageVisualAt(stage, from, local, out);
}

/** The settled look of a step, with no motion: what reduced motion shows. */
export function settledVisual(tl: Timeline, index: number): Readonly<Visual> {
  return tl.ends[Math.min(tl.ends.length - 1, Math.max(0, index))] ?? HEALTHY;
}

function fromTable(table: Float64Array, time: number): number {
  if (table.length === 0) return 0;
  const x = Math.max(0, time) / TABLE_STEP;
  const k = Math.min(table.length - 2, Math.floor(x));
  if (k < 0) return table[0] ?? 0;
  const a = table[k] ?? 0;
  const b = table[k + 1] ?? a;
  return a + (b - a) * Math.min(1, x - k);
}

/** How far blood particles have moved by `time` (in lengths of the vessel). */
export function flowDistance(tl: Timeline, time: number): number {
  return fromTable(tablesOf(tl).flow, clampTime(tl, time));
}

/** How far nerve impulses have moved by `time` (in lengths of the nerve). */
export function fireDistance(tl: Timeline, time: number): number {
  return fromTable(tablesOf(tl).fire, clampTime(tl, time));
}

/** One tick of playback: the new time, and whether the end was reached. */
export function advance(tl: Timeline, time: number, dtSeconds: number, speed: number) {
  const step = Math.max(0, Math.min(dtSeconds, 0.25)) * speed;
  const next = Math.min(tl.total, clampTime(tl, time) + step);
  return { time: next, ended: next >= tl.total };
}

export function stageIndexOf(tl: Timeline, id: CycleStageId): number {
  return tl.stages.findIndex((stage) => stage.id === id);
}

/** The one timeline the app uses. */
export const TIMELINE = buildTimeline();

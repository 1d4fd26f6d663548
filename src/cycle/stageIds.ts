// The pain-cycle explainer's steps, in order. Each id is also the value of the `cycle` link parameter.
export const CYCLE_STAGE_IDS = [
  'spine-wear',
  'nerve-root',
  'supersensitive',
  'muscle-tightens',
  'pull-and-pressure',
  'less-blood-flow',
  'pain-signals',
  'guarding',
  'needle-normal',
  'needle-grasp',
  'stretch-reflex',
  'healing-blood',
  'nerve-current',
  'what-to-expect',
] as const;

export type CycleStageId = (typeof CYCLE_STAGE_IDS)[number];

export function isCycleStageId(value: unknown): value is CycleStageId {
  return typeof value === 'string' && (CYCLE_STAGE_IDS as readonly string[]).includes(value);
}

import { CONDITIONS } from '../conditions';
import type { Condition } from '../schema';
import { BONES } from './bones';
import { MUSCLES } from './muscles';
import { NERVES } from './nerves';
import {
  BODY_GROUPS,
  type BodyGroupId,
  type BoneId,
  type BoneInfo,
  type MuscleId,
  type MuscleInfo,
  type NerveId,
  type NerveInfo,
} from './types';

// The public API of the anatomy content: the lists, look-ups by id, the muscle list grouped by body
// area, and the conditions a muscle takes part in (from each condition's muscle ids).

export { REFERRAL_MUSCLE_IDS, REFERRAL_NOTE } from './muscles';
export { levelWords, rootWords } from './rootWords';
export * from './types';
export { BONES, MUSCLES, NERVES };

const muscleById = new Map<string, MuscleInfo>(MUSCLES.map((m) => [m.id, m]));
const boneById = new Map<string, BoneInfo>(BONES.map((b) => [b.id, b]));
const nerveById = new Map<string, NerveInfo>(NERVES.map((n) => [n.id, n]));

export function getMuscle(id: MuscleId | string): MuscleInfo | undefined {
  return muscleById.get(id);
}

export function getBone(id: BoneId | string): BoneInfo | undefined {
  return boneById.get(id);
}

export function getNerve(id: NerveId | string): NerveInfo | undefined {
  return nerveById.get(id);
}

export interface Grouped<T> {
  id: BodyGroupId;
  name: string;
  items: T[];
}

/** Parts grouped by body area, top to bottom, in list order within each group; empty groups left out. */
function byGroup<T extends { group: BodyGroupId }>(list: readonly T[]): Grouped<T>[] {
  return BODY_GROUPS.map((g) => ({
    id: g.id,
    name: g.name,
    items: list.filter((p) => p.group === g.id),
  })).filter((g) => g.items.length > 0);
}

export const musclesByGroup = (): Grouped<MuscleInfo>[] => byGroup(MUSCLES);
export const bonesByGroup = (): Grouped<BoneInfo>[] => byGroup(BONES);
export const nervesByGroup = (): Grouped<NerveInfo>[] => byGroup(NERVES);

/** The conditions whose muscle list names this muscle (by id), in the conditions' order. */
export function conditionsForMuscle(id: MuscleId | string): Condition[] {
  return CONDITIONS.filter((c) => c.muscles.some((m) => (m.ids as readonly string[]).includes(id)));
}

/** The nerves (main nerves first, then roots) that supply this muscle. */
export function nervesForMuscle(id: MuscleId | string): NerveInfo[] {
  const supplying = NERVES.filter((n) => (n.muscles as readonly string[]).includes(id));
  return [
    ...supplying.filter((n) => !n.id.startsWith('root-')),
    ...supplying.filter((n) => n.id.startsWith('root-')),
  ];
}

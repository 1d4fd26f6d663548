import type { BONE_IDS, MUSCLE_IDS, NERVE_IDS, ROOT_LEVELS } from '../anatomyIdList.mjs';
import type { Statement } from '../schema';
import type { SourceId } from '../sources';

// The shape of the content for the layers beneath the skin. The ids come from anatomyIdList.mjs
// (shared with the model generator); the data lives in muscles.ts, bones.ts and nerves.ts.

export type MuscleId = (typeof MUSCLE_IDS)[number];
export type BoneId = (typeof BONE_IDS)[number];
export type NerveId = (typeof NERVE_IDS)[number];
export type RootLevel = (typeof ROOT_LEVELS)[number];

/** Where a part is listed, top to bottom: the groups of the searchable lists. */
export const BODY_GROUPS = [
  { id: 'head-neck', name: 'Head and neck' },
  { id: 'shoulder-back', name: 'Shoulder and back' },
  { id: 'arm-hand', name: 'Arm and hand' },
  { id: 'hip-thigh', name: 'Hip and thigh' },
  { id: 'leg-foot', name: 'Leg and foot' },
] as const;
export type BodyGroupId = (typeof BODY_GROUPS)[number]['id'];

/** A range of spinal root levels, top to bottom ('C5' to 'C6'); one level: from === to. */
export interface RootRange {
  from: RootLevel;
  to: RootLevel;
}

/** Where a muscle sends pain (a typical map, not a diagnosis), as the generator paints it. */
export interface Referral {
  /** The main zone, in plain words. */
  main: string;
  /** The spill-over zone (fainter), in plain words. */
  spill: string;
  sources: [SourceId, ...SourceId[]];
  /** Where in the book the pattern is drawn ('Vol. 1, p. 279–281'), when known. */
  where?: string;
}

export interface MuscleInfo {
  id: MuscleId;
  /** Its anatomical name, as a physiotherapist says it: 'Upper trapezius'. */
  name: string;
  /** Where it is, in plain words: 'Top of the shoulder'. */
  plainName: string;
  group: BodyGroupId;
  /** What it does, in plain words (grade ≤ 8), with sources. */
  does: Statement;
  /** The nerve that supplies it: 'Accessory nerve (a cranial nerve), with branches from C3–C4'. */
  nerve: string;
  /** The spinal root levels of its nerve supply; null when only a cranial nerve supplies it. */
  roots: RootRange | null;
  /** Sources of the nerve and roots. */
  nerveSources: [SourceId, ...SourceId[]];
  /** Lies deep, under other muscles: seen when those are hidden or the view is isolated. */
  deep: boolean;
  referral?: Referral;
}

export interface BoneInfo {
  id: BoneId;
  name: string;
  plainName: string;
  group: BodyGroupId;
  /** One plain sentence, with sources. */
  about: Statement;
}

export interface NerveInfo {
  id: NerveId;
  name: string;
  plainName: string;
  group: BodyGroupId;
  /** Root levels it comes from; null for a cranial nerve. */
  roots: RootRange | null;
  /** Its course and what it supplies, in plain words. */
  about: Statement;
  /** Muscles it supplies (ids), for links. */
  muscles: MuscleId[];
}

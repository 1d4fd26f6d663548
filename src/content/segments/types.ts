import type { BoneId, MuscleId, NerveId } from '../anatomy/types';
import type { ImsSiteId, SpinalLevel } from '../imsSites';
import type { Statement } from '../schema';

// The shape of the segmental view's content (issue 11): for each condition, the spinal levels
// involved, the roots, nerves and muscles to light, the needle sites; for each level, the skin it
// serves (dermatome), the muscles it supplies (myotome), its needle site and its conditions.

export type { SpinalLevel };

/** Everything the segmental view shows for one condition. */
export interface ConditionSegments {
  conditionId: string;
  /** The levels involved, top to bottom (empty for the jaw: its nerve comes from the brain). */
  levels: SpinalLevel[];
  /** The levels as ranges: "C5–C8"; several ranges: "C4–C7, T3–T7 and L2–S1"; none: "". */
  rangeLabel: string;
  /** The honest words: which source links the condition to these levels, or "about" (textbooks). */
  words: Statement[];
  /** A Gunn source (Gunn & Milbrandt 1976, iSTOP) links this condition to its levels. */
  gunnLinked: boolean;
  /** The condition's muscles (muscle layer ids), as its muscle list names them. */
  muscles: MuscleId[];
  /** The roots at those levels ('root-C5'…), lit on both sides. */
  roots: NerveId[];
  /** The main nerves from those roots to the muscles (radial…), or the cranial nerve (mandibular). */
  nerves: NerveId[];
  /** The vertebrae (and the sacrum) that glow, top to bottom, without repeats. */
  vertebrae: BoneId[];
  /** Needle sites: in the tight bands of the muscles, then beside the spine at each level. */
  needleSites: ImsSiteId[];
}

/** Everything the segmental view shows for one level, C1–S2. */
export interface LevelInfo {
  level: SpinalLevel;
  /** "C6, the sixth level of the neck". */
  title: string;
  /** The bone part that glows for it and that a click on picks it; null for C8 (no C8 vertebra). */
  vertebra: BoneId | null;
  /** Where its nerve root leaves the spine, in plain words. */
  exit: string;
  /** The skin it serves, in plain words with sources; null for C1 (it serves no skin). */
  dermatome: Statement | null;
  /** Its key sensory point (ASIA), e.g. "the back of the thumb"; null for C1. */
  keyPoint: string | null;
  /** The ASIA key muscle test for this level, in plain words, when it has one. */
  keyMuscle: Statement | null;
  /** The muscles in the app whose nerve supply includes this level (its myotome), list order. */
  myotome: MuscleId[];
  /** Its needle site beside the spine. */
  paraspinalSite: ImsSiteId;
  /** The conditions in this app whose levels include it, in the conditions' order. */
  conditionIds: string[];
}

import { NERVES } from '../../content/anatomy';
import { levelIndex } from '../../content/anatomy/rootWords';
import { BONE_IDS } from '../../content/anatomyIdList.mjs';
import type { ImsSiteId } from '../../content/imsSites';
import { levelInfo, type SpinalLevel, segmentsFor } from '../../content/segments';
import type { DeepLayer, PartRef } from '../../state/anatomySlice';
import type { SegmentView } from '../../state/segmentSlice';
import type { Spotlight } from './segmentBridge';

// Pure: what the segmental view shows on the body, from the store's view and the content
// (content/segments). A condition's levels: its vertebrae glow, the roots at those levels and the
// nerves to its muscles light up, its muscles are lit, and its needle sites show. A chosen level:
// its vertebra, its root and the main nerves that carry it, the muscles it supplies (myotome) and
// its needle site beside the spine. The rest of the spine stays solid (a column to read the levels
// on); every other part is a ghost.

/** The bones of the spinal column: every vertebra, the sacrum and the coccyx. */
const SPINE: readonly string[] = BONE_IDS.slice(0, BONE_IDS.indexOf('coccyx') + 1);

/** With no condition and no level (the picker alone), the first level of each part of the spine. */
const LANDMARK_LEVELS: readonly SpinalLevel[] = ['C1', 'T1', 'L1', 'S1'];

export interface SegmentScene {
  /** The levels labelled beside the spine, top to bottom. */
  labelLevels: SpinalLevel[];
  /** The chosen level, labelled larger; null: a condition's levels. */
  chosen: SpinalLevel | null;
  spotlight: Spotlight;
  /** The needle sites drawn as markers: muscle bands, then beside the spine. */
  needleSites: ImsSiteId[];
  /** The parts the camera frames together (spine levels first, then the limb). */
  focus: PartRef[];
  /** The level whose dermatome the skin shows, or null. */
  dermatome: SpinalLevel | null;
  /** A condition with no spinal level (the jaw): the cranial nerve labelled instead. */
  cranialNerve: string | null;
}

const key = (layer: DeepLayer, id: string) => `${layer}:${id}`;
const refs = (layer: DeepLayer, ids: readonly string[]): PartRef[] => ids.map((id) => ({ layer, id }));

/** The main nerves (not the roots) whose root range includes a level. */
function nervesCarrying(level: SpinalLevel): string[] {
  const at = levelIndex(level);
  return NERVES.filter(
    (n) =>
      !n.id.startsWith('root-') && n.roots && levelIndex(n.roots.from) <= at && at <= levelIndex(n.roots.to),
  ).map((n) => n.id);
}

/** The vertebrae that stand for a level: its own, C8's two neighbours (it has none). */
function vertebraeOf(level: SpinalLevel): string[] {
  const bone = levelInfo(level).vertebra;
  return bone ? [bone] : ['C7', 'T1'];
}

/** Lit parts glow; the spine and the `shown` parts stay solid and unlit. */
function spotlightOf(lit: PartRef[], shown: PartRef[] = []): Spotlight {
  const litKeys = new Set(lit.map((p) => key(p.layer, p.id)));
  const kept = new Set(
    [...SPINE.map((id) => key('skeleton', id)), ...shown.map((p) => key(p.layer, p.id))].filter(
      (k) => !litKeys.has(k),
    ),
  );
  return { lit: litKeys, kept };
}

function levelScene(level: SpinalLevel): SegmentScene {
  const info = levelInfo(level);
  const vertebrae = refs('skeleton', vertebraeOf(level));
  const muscles = refs('muscles', info.myotome);
  const lit = [
    ...(info.vertebra ? refs('skeleton', [info.vertebra]) : []),
    ...refs('nerves', [`root-${level}`, ...nervesCarrying(level)]),
  ];
  return {
    labelLevels: [level],
    chosen: level,
    // Its muscles show in their own colour, so the blue of its skin band reads apart from them.
    spotlight: spotlightOf(lit, muscles),
    needleSites: [info.paraspinalSite],
    focus: [...vertebrae, ...muscles],
    dermatome: info.dermatome ? level : null,
    cranialNerve: null,
  };
}

function conditionScene(conditionId: string): SegmentScene | null {
  const segments = segmentsFor(conditionId);
  if (!segments) return null;
  const vertebrae = refs('skeleton', segments.vertebrae);
  const muscles = refs('muscles', segments.muscles);
  const nerves = refs('nerves', [...segments.roots, ...segments.nerves]);
  return {
    labelLevels: segments.levels,
    chosen: null,
    spotlight: spotlightOf([...vertebrae, ...nerves, ...muscles]),
    needleSites: segments.needleSites,
    // The jaw has no spinal level: its muscles and its cranial nerve are framed instead.
    focus: [...vertebrae, ...muscles, ...(vertebrae.length === 0 ? nerves : [])],
    dermatome: null,
    cranialNerve: segments.levels.length === 0 ? (segments.nerves[0] ?? null) : null,
  };
}

/** What the view shows for the store's segmental view. */
export function segmentScene(view: SegmentView): SegmentScene {
  if (view.level) return levelScene(view.level);
  const condition = view.conditionId ? conditionScene(view.conditionId) : null;
  if (condition) return condition;
  // The picker alone: the spine, labelled at the start of each of its parts.
  return {
    labelLevels: [...LANDMARK_LEVELS],
    chosen: null,
    spotlight: spotlightOf([]),
    needleSites: [],
    focus: refs('skeleton', SPINE),
    dermatome: null,
    cranialNerve: null,
  };
}

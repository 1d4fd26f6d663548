import { type Box3, Vector3 } from 'three';
import type { SpinalLevel } from '../../content/segments';
import type { RegionSkin } from '../skin/regionSkin';

// Where each level's label hangs: a point a little behind the spine at that level (`label`), and
// the middle of the vertebra (`centre`). From the generator's segments.json when it has arrived;
// until then worked out from the skeleton layer's vertebrae (the sacrum split for S1 and S2, C8
// between C7 and T1).

export interface LevelAnchor {
  centre: Vector3;
  label: Vector3;
}

export type LevelAnchors = ReadonlyMap<SpinalLevel, LevelAnchor>;

/** How far behind the back of a vertebra its label hangs (metres; the back is -z). */
const LABEL_BEHIND = 0.04;
/** Heights on the sacrum (share of its height from the bottom) of the S1 and S2 foramina. */
const SACRAL_HEIGHT: Partial<Record<SpinalLevel, number>> = { S1: 0.72, S2: 0.5 };

/** From the generator's points ([x, y, z] each). */
export function anchorsFromPoints(
  levels: ReadonlyMap<SpinalLevel, { centre: readonly number[]; label: readonly number[] }>,
): LevelAnchors {
  const anchors = new Map<SpinalLevel, LevelAnchor>();
  for (const [level, { centre, label }] of levels)
    anchors.set(level, { centre: new Vector3().fromArray(centre), label: new Vector3().fromArray(label) });
  return anchors;
}

function boneBox(skeleton: RegionSkin<string>, id: string): Box3 | null {
  const box = skeleton.box([id]);
  return box.isEmpty() ? null : box;
}

const anchorOf = (box: Box3, height?: number): LevelAnchor => {
  const centre = box.getCenter(new Vector3());
  if (height !== undefined) centre.y = box.min.y + (box.max.y - box.min.y) * height;
  return { centre, label: new Vector3(centre.x, centre.y, box.min.z - LABEL_BEHIND) };
};

/** From the skeleton layer's vertebrae (the stand-in until segments.json arrives). */
export function anchorsFromSkeleton(
  skeleton: RegionSkin<string>,
  levels: readonly SpinalLevel[],
): LevelAnchors {
  const anchors = new Map<SpinalLevel, LevelAnchor>();
  for (const level of levels) {
    const sacral = SACRAL_HEIGHT[level];
    if (sacral !== undefined) {
      const box = boneBox(skeleton, 'sacrum');
      if (box) anchors.set(level, anchorOf(box, sacral));
      continue;
    }
    if (level === 'C8') {
      const above = boneBox(skeleton, 'C7');
      const below = boneBox(skeleton, 'T1');
      if (above && below) {
        const a = anchorOf(above);
        const b = anchorOf(below);
        anchors.set(level, { centre: a.centre.lerp(b.centre, 0.5), label: a.label.lerp(b.label, 0.5) });
      }
      continue;
    }
    const box = boneBox(skeleton, level);
    if (box) anchors.set(level, anchorOf(box));
  }
  return anchors;
}

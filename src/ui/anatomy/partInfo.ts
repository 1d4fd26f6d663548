import {
  type BoneInfo,
  getBone,
  getMuscle,
  getNerve,
  type MuscleInfo,
  type NerveInfo,
} from '../../content/anatomy';
import type { PartRef } from '../../state/anatomySlice';

/** One part's content, told apart by layer. */
export type PartInfo =
  | { layer: 'muscles'; info: MuscleInfo }
  | { layer: 'skeleton'; info: BoneInfo }
  | { layer: 'nerves'; info: NerveInfo };

export function partInfo(part: PartRef): PartInfo | undefined {
  if (part.layer === 'muscles') {
    const info = getMuscle(part.id);
    return info && { layer: 'muscles', info };
  }
  if (part.layer === 'skeleton') {
    const info = getBone(part.id);
    return info && { layer: 'skeleton', info };
  }
  const info = getNerve(part.id);
  return info && { layer: 'nerves', info };
}

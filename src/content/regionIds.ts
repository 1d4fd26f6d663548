// The body's regions, typed for the app. The list itself lives in regionIdList.mjs, which the
// model generator imports too; each id is also the name of one mesh in public/models/body.glb.
// "left" and "right" are the person's own left and right.
import { REGION_IDS } from './regionIdList.mjs';

export { REGION_IDS };

export type RegionId = (typeof REGION_IDS)[number];

export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && (REGION_IDS as readonly string[]).includes(value);
}

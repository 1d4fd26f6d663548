// The body's regions. Each id is also the name of one mesh in public/models/body.glb,
// so the scene, the content and the tests all share these strings.
// "left" and "right" are the person's own left and right.
export const REGION_IDS = [
  'head',
  'jaw-left',
  'jaw-right',
  'neck',
  'shoulder-left',
  'shoulder-right',
  'upper-back',
  'mid-back',
  'lower-back',
  'chest',
  'abdomen',
  'upper-arm-left',
  'upper-arm-right',
  'elbow-outer-left',
  'elbow-outer-right',
  'elbow-inner-left',
  'elbow-inner-right',
  'forearm-left',
  'forearm-right',
  'wrist-left',
  'wrist-right',
  'hand-left',
  'hand-right',
  'hip-left',
  'hip-right',
  'thigh-front-left',
  'thigh-front-right',
  'thigh-outer-left',
  'thigh-outer-right',
  'thigh-back-left',
  'thigh-back-right',
  'knee-left',
  'knee-right',
  'shin-left',
  'shin-right',
  'calf-left',
  'calf-right',
  'heel-left',
  'heel-right',
  'foot-left',
  'foot-right',
  'sole-left',
  'sole-right',
] as const;

export type RegionId = (typeof REGION_IDS)[number];

export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && (REGION_IDS as readonly string[]).includes(value);
}

// The acupuncture points, meridian lines and IMS sites placed on the skin by the model generator
// (scripts/model/needling, written to public/models/needling.json). Positions are in the body
// model's world space, in metres; +x is the person's left; normals are unit length and outward.

export type Vec3 = readonly [number, number, number];
export type Side = 'left' | 'right' | 'middle';

export interface PlacedSpot {
  side: Side;
  position: Vec3;
  normal: Vec3;
}

export interface MeridianPath {
  side: Side;
  path: Vec3[];
}

export interface NeedlingData {
  points: Record<string, PlacedSpot[]>;
  meridians: Record<string, MeridianPath[]>;
  imsSites: Record<string, PlacedSpot[]>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isSide = (value: unknown): value is Side => value === 'left' || value === 'right' || value === 'middle';

function isVec3(value: unknown): value is Vec3 {
  return Array.isArray(value) && value.length === 3 && value.every((n) => Number.isFinite(n));
}

function isSpot(value: unknown): value is PlacedSpot {
  return isRecord(value) && isSide(value.side) && isVec3(value.position) && isVec3(value.normal);
}

function isPath(value: unknown): value is MeridianPath {
  return isRecord(value) && isSide(value.side) && Array.isArray(value.path) && value.path.every(isVec3);
}

function isTable<T>(value: unknown, isItem: (item: unknown) => item is T): value is Record<string, T[]> {
  return isRecord(value) && Object.values(value).every((list) => Array.isArray(list) && list.every(isItem));
}

/**
 * Checks the file's shape by hand (no schema library in the app's bundle). A file that does not
 * fit is treated like one that did not arrive: better no markers than markers in the wrong place.
 */
export function parseNeedlingData(json: unknown): NeedlingData | null {
  if (!isRecord(json)) return null;
  const { points, meridians, imsSites } = json;
  if (!isTable(points, isSpot) || !isTable(meridians, isPath) || !isTable(imsSites, isSpot)) return null;
  return { points, meridians, imsSites };
}

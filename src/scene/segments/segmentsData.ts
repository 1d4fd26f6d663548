import { isSpinalLevel, type SpinalLevel } from '../../state/segmentSlice';
import { SEGMENTS_FILE } from '../layers/layerFormat.mjs';
import { decodeReferral } from '../layers/referral';
import type { SkinZone } from '../skin/skinLook';

// The segmental view's data (public/models/segments.json, made by the model generator from the
// committed skin; fetched the first time the view opens): each spinal level's vertebral centre,
// left root exit and label place; its dermatome on the skin (vertex indices ascending, delta-coded,
// strength 1–255: 255 on the band, fading beyond it); the ASIA key sensory points, left then right.

export const SEGMENTS_URL = `${import.meta.env.BASE_URL}models/${SEGMENTS_FILE}`;

export type Point3 = [number, number, number];

export interface LevelPlaces {
  centre: Point3;
  exit: Point3;
  label: Point3;
}

export interface SegmentsData {
  levels: ReadonlyMap<SpinalLevel, LevelPlaces>;
  dermatomes: ReadonlyMap<SpinalLevel, SkinZone>;
  keyPoints: ReadonlyMap<SpinalLevel, Point3[]>;
}

const isPoint = (value: unknown): value is Point3 =>
  Array.isArray(value) &&
  value.length === 3 &&
  value.every((v) => typeof v === 'number' && Number.isFinite(v));

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A parsed segments.json, decoded; null when it is not in the expected format or was made for a
 * skin with another vertex count. Entries for the sacral levels below S2 (the file's S3, S4-5) are
 * left out: the view's levels end at S2.
 */
export function decodeSegments(json: unknown, skinVertices: number): SegmentsData | null {
  if (!isRecord(json) || json.version !== 1 || json.skinVertices !== skinVertices) return null;
  const { levels, dermatomes, keyPoints } = json;
  if (!isRecord(levels) || !isRecord(dermatomes) || !isRecord(keyPoints)) return null;
  const places = new Map<SpinalLevel, LevelPlaces>();
  for (const [level, entry] of Object.entries(levels)) {
    if (!isSpinalLevel(level) || !isRecord(entry)) return null;
    const { centre, exit, label } = entry;
    if (!isPoint(centre) || !isPoint(exit) || !isPoint(label)) return null;
    places.set(level, { centre, exit, label });
  }
  // the bands are stored like referral zones: the same decoder reads them
  const zones = decodeReferral({ version: 1, skinVertices, muscles: dermatomes }, skinVertices);
  if (!zones) return null;
  const bands = new Map<SpinalLevel, SkinZone>();
  for (const [level, zone] of zones) if (isSpinalLevel(level)) bands.set(level, zone);
  const points = new Map<SpinalLevel, Point3[]>();
  for (const [level, list] of Object.entries(keyPoints)) {
    if (!Array.isArray(list) || !list.every(isPoint)) return null;
    if (isSpinalLevel(level)) points.set(level, list);
  }
  return { levels: places, dermatomes: bands, keyPoints: points };
}

/** Fetches and decodes the file; null if it is missing or does not fit this skin. */
export async function loadSegments(skinVertices: number): Promise<SegmentsData | null> {
  try {
    const response = await fetch(SEGMENTS_URL);
    if (!response.ok) return null;
    return decodeSegments(await response.json(), skinVertices);
  } catch {
    return null;
  }
}

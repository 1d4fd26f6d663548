import type { SkinZone } from '../skin/skinLook';
import { REFERRAL_FILE } from './layerFormat.mjs';

// Referred-pain zones (public/models/referral.json, fetched with the muscle layer): per muscle,
// the skin vertices it sends pain to (ascending, delta-coded) and a strength 1–255 each.

export const REFERRAL_URL = `${import.meta.env.BASE_URL}models/${REFERRAL_FILE}`;

export type ReferralZones = ReadonlyMap<string, SkinZone>;

/**
 * The zones of a parsed referral.json, decoded; null when it is not in the expected format or was
 * made for a skin with another vertex count (its indices would land on the wrong places).
 */
export function decodeReferral(json: unknown, skinVertices: number): ReferralZones | null {
  const file = json as { version?: unknown; skinVertices?: unknown; muscles?: unknown };
  if (file?.version !== 1 || file.skinVertices !== skinVertices) return null;
  if (typeof file.muscles !== 'object' || file.muscles === null) return null;
  const zones = new Map<string, SkinZone>();
  for (const [id, zone] of Object.entries(file.muscles as Record<string, { idx?: unknown; val?: unknown }>)) {
    const { idx, val } = zone ?? {};
    if (!Array.isArray(idx) || !Array.isArray(val) || idx.length !== val.length) return null;
    const vertices = new Uint32Array(idx.length);
    let vertex = 0;
    for (let i = 0; i < idx.length; i++) {
      vertex += Number(idx[i]);
      if (!Number.isInteger(vertex) || vertex < 0 || vertex >= skinVertices) return null;
      vertices[i] = vertex;
    }
    zones.set(id, { idx: vertices, val: Uint8Array.from(val as number[]) });
  }
  return zones;
}

/** Fetches and decodes the zones; null if the file is missing or does not fit this skin. */
export async function loadReferral(skinVertices: number): Promise<ReferralZones | null> {
  try {
    const response = await fetch(REFERRAL_URL);
    if (!response.ok) return null;
    return decodeReferral(await response.json(), skinVertices);
  } catch {
    return null;
  }
}

// Each level's dermatome as a soft band on the skin: full strength (255) on the skin the rules give
// that level, fading to nothing over FADE metres beyond its border (measured along the skin, so a
// band never jumps a gap such as arm to thigh), stored like a referral zone (../referral/paint.mjs).
import { encodeZone } from '../referral/paint.mjs';
import { skinDistances } from '../referral/surface.mjs';
import { DERMATOME_LEVELS, dermatomeAt } from './rules.mjs';

/** @typedef {import('../referral/skin.mjs').Skin} Skin */

/** How far (metres) a band fades out beyond its border. */
export const FADE = 0.015;

const smoothstep = (/** @type {number} */ t) => (t <= 0 ? 0 : t >= 1 ? 1 : t * t * (3 - 2 * t));

/**
 * The level of every welded skin vertex (null: the face), read at its first stored copy: copies
 * of one place on a region border then never disagree.
 * @param {Skin} skin @returns {(string | null)[]}
 */
export function labelSkin(skin) {
  /** @type {(string | null | undefined)[]} */
  const labels = new Array(skin.welded);
  for (let i = 0; i < skin.count; i++) {
    const w = skin.weld[i];
    if (labels[w] !== undefined) continue;
    const p = skin.positions;
    labels[w] = dermatomeAt([p[i * 3], p[i * 3 + 1], p[i * 3 + 2]], skin.region[i]);
  }
  return /** @type {(string | null)[]} */ (labels);
}

/**
 * Every level's band, encoded for the file (levels with no skin are left out).
 * @param {Skin} skin @param {(string | null)[]} labels per welded vertex
 * @returns {Record<string, { idx: number[], val: number[] }>}
 */
export function paintDermatomes(skin, labels) {
  /** @type {Record<string, { idx: number[], val: number[] }>} */
  const out = {};
  for (const level of DERMATOME_LEVELS) {
    /** @type {Map<number, number>} */
    const seeds = new Map();
    labels.forEach((l, w) => {
      if (l === level) seeds.set(w, 0);
    });
    if (seeds.size === 0) continue;
    const strength = new Float32Array(skin.welded);
    // 255 only on the band itself (so each vertex has one full band), at most 254 beyond it
    for (const [w, d] of skinDistances(skin, seeds, FADE))
      strength[w] = d === 0 ? 255 : Math.min(254, 255 * (1 - smoothstep(d / FADE)));
    out[level] = encodeZone(skin, strength);
  }
  return out;
}

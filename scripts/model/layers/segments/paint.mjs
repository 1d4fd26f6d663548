// Each level's dermatome as a soft band on the skin: full strength (255) on the skin the rules give
// that level, fading to nothing over FADE metres beyond its border (measured along the skin, so a
// band never jumps a gap such as arm to thigh), stored like a referral zone (../referral/paint.mjs).
import { encodeZone } from '../referral/paint.mjs';
import { skinDistances } from '../referral/surface.mjs';
import { bandGap, DERMATOME_LEVELS, dermatomeAt, TRUNK_BAND_LEVELS } from './rules.mjs';

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
  const p = skin.positions;
  const labels = Array.from(firstCopies(skin), (i) =>
    dermatomeAt([p[i * 3], p[i * 3 + 1], p[i * 3 + 2]], skin.region[i]),
  );
  return despeckle(skin, labels);
}

/** Pieces of a band smaller than this (vertices) are specks the coarse mesh leaves on a border. */
export const MIN_PIECE = 6;

/**
 * Joins each speck (a piece of one level with fewer than MIN_PIECE vertices, where a border runs
 * along a row of large triangles) to the level most of its neighbours have.
 * @param {Skin} skin @param {(string | null)[]} labels @returns {(string | null)[]}
 */
function despeckle(skin, labels) {
  const { adjStart, adj } = skin;
  const out = labels.slice();
  const seen = new Uint8Array(skin.welded);
  for (let w = 0; w < skin.welded; w++) {
    if (seen[w]) continue;
    const level = labels[w];
    const piece = [w];
    seen[w] = 1;
    /** @type {Map<string | null, number>} */
    const around = new Map();
    for (let k = 0; k < piece.length; k++) {
      const v = piece[k];
      for (let j = adjStart[v]; j < adjStart[v + 1]; j++) {
        const n = adj[j];
        if (labels[n] !== level) around.set(labels[n], (around.get(labels[n]) ?? 0) + 1);
        else if (!seen[n]) {
          seen[n] = 1;
          piece.push(n);
        }
      }
    }
    if (piece.length >= MIN_PIECE || around.size === 0) continue;
    // the most common neighbouring level (ties: the first met, which is deterministic)
    let best = /** @type {string | null} */ (null);
    let most = 0;
    for (const [l, n] of around) if (n > most) [best, most] = [l, n];
    for (const v of piece) out[v] = best;
  }
  return out;
}

/**
 * Every level's band, encoded for the file (levels with no skin are left out).
 * @param {Skin} skin @param {(string | null)[]} labels per welded vertex
 * @returns {Record<string, { idx: number[], val: number[] }>}
 */
export function paintDermatomes(skin, labels) {
  /** @type {Record<string, { idx: number[], val: number[] }>} */
  const out = {};
  const first = firstCopies(skin);
  const fade = (/** @type {number} */ d) => Math.min(254, 255 * (1 - smoothstep(d / FADE)));
  for (const level of DERMATOME_LEVELS) {
    /** @type {Map<number, number>} */
    const seeds = new Map();
    labels.forEach((l, w) => {
      if (l === level) seeds.set(w, 0);
    });
    if (seeds.size === 0) continue;
    const strength = new Float32Array(skin.welded);
    // beyond the band along the skin; on the trunk a thoracic band's own smooth border instead
    const band = TRUNK_BAND_LEVELS.includes(level);
    /** @type {(w: number) => number | null} */
    const gap = (w) => {
      if (!band) return null;
      const i = first[w];
      const p = skin.positions;
      return bandGap([p[i * 3], p[i * 3 + 1], p[i * 3 + 2]], skin.region[i], level);
    };
    for (const [w, d] of skinDistances(skin, seeds, FADE)) if (gap(w) === null) strength[w] = fade(d);
    if (band)
      for (let w = 0; w < skin.welded; w++) {
        const g = gap(w);
        if (g !== null && g < FADE) strength[w] = fade(g);
      }
    // 255 only on the band itself, so each vertex has one full band
    for (const w of seeds.keys()) strength[w] = 255;
    out[level] = encodeZone(skin, strength);
  }
  return out;
}

/** The first stored copy of each welded vertex. @param {Skin} skin */
function firstCopies(skin) {
  const first = new Int32Array(skin.welded).fill(-1);
  for (let i = 0; i < skin.count; i++) if (first[skin.weld[i]] < 0) first[skin.weld[i]] = i;
  return first;
}

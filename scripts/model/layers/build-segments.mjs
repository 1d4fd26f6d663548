// Entry: generates public/models/segments.json, the segmental view's data, deterministically.
//   node scripts/model/layers/build-segments.mjs        (npm run segments; npm run model runs it)
// Reads the committed skin (public/models/body.glb, so run it after the body), labels every skin
// vertex with its dermatome from the landmark rules in segments/rules.mjs, paints each level's band
// soft, and adds each spinal level's landmarks (segments/levels.mjs) and the ASIA key sensory
// points (segments/key-points.mjs). Format: src/scene/layers/layerFormat.mjs (SEGMENTS_FILE).
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { SEGMENTS_FILE } from '../../../src/scene/layers/layerFormat.mjs';
import { readSkin } from './referral/skin.mjs';
import { KEY_POINT_LEVELS, keyPoints } from './segments/key-points.mjs';
import { spinalLevels } from './segments/levels.mjs';
import { labelSkin, paintDermatomes } from './segments/paint.mjs';

export const BODY_GLB = fileURLToPath(new URL('../../../public/models/body.glb', import.meta.url));
export const OUTPUT = fileURLToPath(new URL(`../../../public/models/${SEGMENTS_FILE}`, import.meta.url));

/** Positions to a tenth of a millimetre. @param {number[]} p */
const round = (p) => p.map((v) => Math.round(v * 1e4) / 1e4);

/**
 * Builds the segments data from a body.glb (the committed one unless given).
 * @param {{ body?: string }} [opts]
 */
export async function buildSegments(opts = {}) {
  const skin = await readSkin(opts.body ?? BODY_GLB);
  /** @type {Record<string, { centre: number[], exit: number[], label: number[] }>} */
  const levels = {};
  for (const [level, l] of Object.entries(spinalLevels()))
    levels[level] = { centre: round(l.centre), exit: round(l.exit), label: round(l.label) };
  const dermatomes = paintDermatomes(skin, labelSkin(skin));
  const sides = [keyPoints(skin, 1), keyPoints(skin, -1)];
  /** @type {Record<string, number[][]>} */
  const keys = {};
  for (const level of KEY_POINT_LEVELS) keys[level] = sides.map((s) => round(s[level]));
  return { version: 1, skinVertices: skin.count, levels, dermatomes, keyPoints: keys };
}

/** The file's text: one level per line, so a diff shows which one changed. @param {Awaited<ReturnType<typeof buildSegments>>} data */
export function segmentsJson(data) {
  const block = (/** @type {string} */ name, /** @type {Record<string, unknown>} */ entries) =>
    `  ${JSON.stringify(name)}: {\n${Object.entries(entries)
      .map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
      .join(',\n')}\n  }`;
  return `{\n  "version": ${data.version},\n  "skinVertices": ${data.skinVertices},\n${[
    block('levels', data.levels),
    block('dermatomes', data.dermatomes),
    block('keyPoints', data.keyPoints),
  ].join(',\n')}\n}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t0 = performance.now();
  const text = segmentsJson(await buildSegments());
  await writeFile(OUTPUT, text);
  console.log(
    `wrote ${OUTPUT}: ${(text.length / 1024).toFixed(1)} KB in ${((performance.now() - t0) / 1000).toFixed(2)} s`,
  );
}

// Entry: generates public/models/referral.json, the referred-pain zones on the skin, deterministically.
//   node scripts/model/layers/build-referral.mjs        (npm run referral; npm run model runs it)
// Reads the committed skin (public/models/body.glb, so run it after the body), and for every muscle
// whose content has a referral (src/content/anatomy/muscles.ts) paints its main zone and spill-over
// on both sides from the landmark rules in referral/rules.mjs. Format: src/scene/layers/layerFormat.mjs.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { MUSCLE_IDS } from '../../../src/content/anatomyIdList.mjs';
import { REFERRAL_FILE } from '../../../src/scene/layers/layerFormat.mjs';
import { LEFT, RIGHT } from '../landmarks.mjs';
import { skinFrame } from './referral/landmarks.mjs';
import { mirrorNeighbours } from './referral/mirror.mjs';
import { encodeZone, paintZone } from './referral/paint.mjs';
import { REFERRAL_RULES } from './referral/rules.mjs';
import { readSkin } from './referral/skin.mjs';

export const BODY_GLB = fileURLToPath(new URL('../../../public/models/body.glb', import.meta.url));
export const OUTPUT = fileURLToPath(new URL(`../../../public/models/${REFERRAL_FILE}`, import.meta.url));

/**
 * Builds the referral data from a body.glb (the committed one unless given).
 * @param {{ body?: string }} [opts]
 */
export async function buildReferral(opts = {}) {
  const skin = await readSkin(opts.body ?? BODY_GLB);
  const frames = [skinFrame(skin, LEFT), skinFrame(skin, RIGHT)];
  const mirror = mirrorNeighbours(skin);
  /** @type {Record<string, { idx: number[], val: number[] }>} */
  const muscles = {};
  // in the id list's order, so the file reads like the muscle list
  for (const id of MUSCLE_IDS) {
    const rule = REFERRAL_RULES[id];
    if (!rule) continue;
    muscles[id] = encodeZone(skin, paintZone(skin, frames.map(rule), mirror));
  }
  const unknown = Object.keys(REFERRAL_RULES).filter(
    (id) => !(/** @type {readonly string[]} */ (MUSCLE_IDS).includes(id)),
  );
  if (unknown.length > 0) throw new Error(`referral rules for unknown muscles: ${unknown.join(', ')}`);
  return { version: 1, skinVertices: skin.count, muscles };
}

/** The file's text: one muscle per line, so a diff shows which zone changed. @param {Awaited<ReturnType<typeof buildReferral>>} data */
export function referralJson(data) {
  const lines = Object.entries(data.muscles).map(
    ([id, z]) => `    ${JSON.stringify(id)}: ${JSON.stringify(z)}`,
  );
  return `{\n  "version": ${data.version},\n  "skinVertices": ${data.skinVertices},\n  "muscles": {\n${lines.join(',\n')}\n  }\n}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t0 = performance.now();
  const text = referralJson(await buildReferral());
  await writeFile(OUTPUT, text);
  console.log(
    `wrote ${OUTPUT}: ${(text.length / 1024).toFixed(1)} KB in ${((performance.now() - t0) / 1000).toFixed(2)} s`,
  );
}

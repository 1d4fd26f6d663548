// Entry: generates public/models/needling.json from code, deterministically.
//   node scripts/model/needling/build-needling.mjs        (npm run needling; npm run model runs it)
// Acupuncture points, meridian lines and IMS sites, each placed from landmarks in the figure's own
// proportions and put on the skin of the same field that body.glb is meshed from. Positions are in
// the body model's world space (metres, +x = the person's left), normals are unit and outward.
// The app draws them over the body for the "Compare with acupuncture" view.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ACUPOINT_CODES, IMS_SITE_IDS, MERIDIAN_CODES } from '../../../src/content/needleIdList.mjs';
import { buildSkin } from '../anatomy.mjs';
import { MIDDLE_POINTS, PAIRED_POINTS } from './acupoints.mjs';
import { SIDES, sideFrame } from './body-frame.mjs';
import { MUSCLE_SITES, paraspinalSite } from './ims-sites.mjs';
import { MERIDIAN_COURSES, MIDDLE_MERIDIANS } from './meridians.mjs';
import { castOut, lineOnSkin, skinNormal } from './on-skin.mjs';

export const OUTPUT = fileURLToPath(new URL('../../../public/models/needling.json', import.meta.url));

/** @typedef {import('../sdf.mjs').Vec3} Vec3 */
/** @typedef {'left' | 'right' | 'middle'} SideName */
/** @typedef {{ side: SideName, position: Vec3, normal: Vec3 }} Marker */
/** @typedef {{ side: SideName, path: Vec3[] }} Line */
/** @typedef {{ points: Record<string, Marker[]>, meridians: Record<string, Line[]>, imsSites: Record<string, Marker[]> }} Needling */

/** Metres to a tenth of a millimetre, so the file is small and the same on every machine. */
const round = (/** @type {number} */ v) => Math.round(v * 1e4) / 1e4 + 0;
const roundVec = (/** @type {Vec3} */ v) => /** @type {Vec3} */ (v.map(round));

/**
 * Builds the needling data (the skin field is built here unless given).
 * @param {{ field?: (x: number, y: number, z: number) => number }} [opts]
 * @returns {Needling}
 */
export function buildNeedling(opts = {}) {
  const f = opts.field ?? buildSkin().sdf.dist;
  /** @type {(side: SideName, p: Vec3) => Marker} */
  const marker = (side, p) => ({ side, position: roundVec(p), normal: roundVec(skinNormal(f, p)) });
  const frames = SIDES.map(({ name, s }) => ({ name, fr: sideFrame(f, s) }));

  /** @type {Needling['points']} */
  const points = {};
  for (const code of ACUPOINT_CODES) {
    const paired = PAIRED_POINTS[code];
    const middle = MIDDLE_POINTS[code];
    if (paired)
      points[code] = frames.flatMap(({ name, fr }) => {
        const at = paired(fr);
        const list = /** @type {Vec3[]} */ (Array.isArray(at[0]) ? at : [at]);
        return list.map((p) => marker(name, p));
      });
    else if (middle)
      points[code] = [
        marker(
          'middle',
          middle((from, d) => castOut(f, from, d)),
        ),
      ];
    else throw new Error(`no landmark for acupuncture point ${code}`);
  }

  /** The acupuncture points of one side (and the midline): lines keep these exactly. */
  const keepOn = (/** @type {import('./body-frame.mjs').SideFrame} */ fr) =>
    Object.values(PAIRED_POINTS).flatMap((at) => {
      const p = at(fr);
      return /** @type {Vec3[]} */ (Array.isArray(p[0]) ? p : [p]);
    });
  const keep = new Map(frames.map(({ name, fr }) => [name, keepOn(fr)]));
  const middleKeep = Object.values(MIDDLE_POINTS).map((at) => at((from, d) => castOut(f, from, d)));
  /** @type {Needling['meridians']} */
  const meridians = {};
  for (const code of MERIDIAN_CODES) {
    const paired = MERIDIAN_COURSES[code];
    const middle = MIDDLE_MERIDIANS[code];
    /** @type {Line[]} */
    const lines = [];
    if (paired)
      for (const { name, fr } of frames)
        for (const branch of paired(fr))
          lines.push({ side: name, path: lineOnSkin(f, branch, keep.get(name) ?? []).map(roundVec) });
    else if (middle)
      for (const branch of middle((from, d) => castOut(f, from, d)))
        lines.push({ side: 'middle', path: lineOnSkin(f, branch, middleKeep).map(roundVec) });
    else throw new Error(`no course for meridian ${code}`);
    meridians[code] = lines;
  }

  /** @type {Needling['imsSites']} */
  const imsSites = {};
  for (const id of IMS_SITE_IDS) {
    const muscle = MUSCLE_SITES[id];
    const level = id.startsWith('paraspinal-') ? id.slice('paraspinal-'.length) : undefined;
    if (!muscle && !level) throw new Error(`no landmark for IMS site ${id}`);
    imsSites[id] = frames.map(({ name, fr }) =>
      marker(name, muscle ? muscle(fr) : paraspinalSite(fr, /** @type {string} */ (level))),
    );
  }
  return { points, meridians, imsSites };
}

/** The file's text: one marker or line per line of text, so a diff shows what moved. */
export function needlingJson(/** @type {Needling} */ data) {
  const block = (/** @type {Record<string, unknown[]>} */ group) =>
    `{\n${Object.entries(group)
      .map(
        ([k, list]) =>
          `    ${JSON.stringify(k)}: [\n${list.map((e) => `      ${JSON.stringify(e)}`).join(',\n')}\n    ]`,
      )
      .join(',\n')}\n  }`;
  return `{\n  "points": ${block(data.points)},\n  "meridians": ${block(data.meridians)},\n  "imsSites": ${block(data.imsSites)}\n}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t0 = performance.now();
  const text = needlingJson(buildNeedling());
  await writeFile(OUTPUT, text);
  console.log(
    `wrote ${OUTPUT}: ${(text.length / 1024).toFixed(1)} KB in ${((performance.now() - t0) / 1000).toFixed(2)} s`,
  );
}

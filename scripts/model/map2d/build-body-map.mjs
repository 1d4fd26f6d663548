// Entry: generates src/map2d/bodyMap.json, the flat body map (the "simple view"), deterministically.
//   node scripts/model/map2d/build-body-map.mjs        (npm run bodymap; npm run model runs it)
// Reads the committed skin (public/models/body.glb, so run it after the body) and, for each view
// (front, back, and the soles seen from below), projects its triangles straight onto the picture,
// keeps the region of the nearest skin in each 2.5 mm cell, and outlines every region seen there
// as one SVG path (whole millimetres, the picture's y downwards). Each view also keeps a coarse
// depth grid (1 cm), so a tap on the map becomes a spot on the skin that the 3D body shows too.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { REGION_IDS } from '../../../src/content/regionIdList.mjs';
import { readSkin } from '../layers/referral/skin.mjs';
import { labelPoints, rasterise, removeSpecks } from './raster.mjs';
import { pathData, traceMask } from './trace.mjs';

export const BODY_GLB = fileURLToPath(new URL('../../../public/models/body.glb', import.meta.url));
export const OUTPUT = fileURLToPath(new URL('../../../src/map2d/bodyMap.json', import.meta.url));

/** Cell sizes (metres): the outlines' grid and the depth grid. */
const CELL = 0.0025;
const DEPTH_CELL = 0.01;
/** A region is offered in a view when at least this much of it shows there (cells, 6.25 mm² each). */
const MIN_REGION_CELLS = 40;
/** Pieces of a region smaller than this are left out (cells). */
const MIN_PIECE_CELLS = 12;
/** Douglas–Peucker tolerance (cells). */
const TOLERANCE = 0.45;

const indexOf = (/** @type {string[]} */ ids) =>
  new Set(ids.map((id) => REGION_IDS.indexOf(/** @type {any} */ (id))));
const FEET = indexOf(['heel-left', 'heel-right', 'foot-left', 'foot-right', 'sole-left', 'sole-right']);
// The soles face the ground: from the front or back they are a hairline, so only the soles view has them.
const SOLES = indexOf(['sole-left', 'sole-right']);

/**
 * The views: the picture's right, down and towards-the-viewer axes in model space. The person
 * faces +z and their left is +x, so from the front their left is on the viewer's right.
 * @type {{ id: string, axes: import('./raster.mjs').Axes, keep: (r: number) => boolean }[]}
 */
export const VIEWS = [
  {
    id: 'front',
    axes: { right: [1, 0, 0], down: [0, -1, 0], toward: [0, 0, 1] },
    keep: (r) => !SOLES.has(r),
  },
  {
    id: 'back',
    axes: { right: [-1, 0, 0], down: [0, -1, 0], toward: [0, 0, -1] },
    keep: (r) => !SOLES.has(r),
  },
  // from below, toes at the top of the picture: only the feet (the rest would peep round them)
  { id: 'soles', axes: { right: [1, 0, 0], down: [0, 0, -1], toward: [0, -1, 0] }, keep: (r) => FEET.has(r) },
];

const mm = (/** @type {number} */ m) => Math.round(m * 1000);

/** The depth grid, in whole centimetres towards the viewer, -128 where no skin is, as base64. */
function depthGrid(/** @type {import('./raster.mjs').Raster} */ raster) {
  const bytes = new Int8Array(raster.cols * raster.rows);
  for (let k = 0; k < bytes.length; k++)
    bytes[k] = raster.label[k] < 0 ? -128 : Math.max(-127, Math.min(127, Math.round(raster.depth[k] * 100)));
  return {
    u0: mm(raster.u0),
    v0: mm(raster.v0),
    cell: mm(raster.cell),
    cols: raster.cols,
    rows: raster.rows,
    data: Buffer.from(bytes.buffer).toString('base64'),
  };
}

/** Builds the map from a body.glb (the committed one unless given). @param {{ body?: string }} [opts] */
export async function buildBodyMap(opts = {}) {
  const skin = await readSkin(opts.body ?? BODY_GLB);
  const views = VIEWS.map(({ id, axes, keep }) => {
    const raster = rasterise(skin, axes, CELL, keep);
    removeSpecks(raster);
    const toMm = (/** @type {[number, number]} */ [x, y]) =>
      /** @type {[number, number]} */ ([(raster.u0 + x * CELL) * 1000, (raster.v0 + y * CELL) * 1000]);
    const points = labelPoints(raster);
    /** @type {Record<string, { d: string, at: [number, number] }>} */
    const regions = {};
    REGION_IDS.forEach((regionId, r) => {
      const at = points.get(r);
      if (!at || at.cells < MIN_REGION_CELLS) return;
      const polygons = traceMask(raster, (k) => raster.label[k] === r, MIN_PIECE_CELLS);
      const d = pathData(polygons, toMm, TOLERANCE);
      if (!d) return;
      const [x, y] = toMm([at.i + 0.5, at.j + 0.5]).map(Math.round);
      regions[regionId] = { d, at: [x, y] };
    });
    const outline = pathData(
      traceMask(raster, (k) => raster.label[k] >= 0, MIN_PIECE_CELLS),
      toMm,
      TOLERANCE,
    );
    const [x0, y0] = toMm([0, 0]).map(Math.round);
    const [x1, y1] = toMm([raster.cols, raster.rows]).map(Math.round);
    return {
      id,
      axes,
      box: [x0, y0, x1 - x0, y1 - y0],
      outline,
      regions,
      depth: depthGrid(rasterise(skin, axes, DEPTH_CELL, keep)),
    };
  });
  return { version: 1, views };
}

/** The file's text: one region per line, so a diff shows what moved. @param {Awaited<ReturnType<typeof buildBodyMap>>} map */
export function bodyMapJson(map) {
  const view = (/** @type {(typeof map.views)[number]} */ v) => {
    const regions = Object.entries(v.regions).map(
      ([id, r]) => `        ${JSON.stringify(id)}: ${JSON.stringify(r)}`,
    );
    return [
      '    {',
      `      "id": ${JSON.stringify(v.id)},`,
      `      "axes": ${JSON.stringify(v.axes)},`,
      `      "box": ${JSON.stringify(v.box)},`,
      `      "outline": ${JSON.stringify(v.outline)},`,
      `      "regions": {\n${regions.join(',\n')}\n      },`,
      `      "depth": ${JSON.stringify(v.depth)}`,
      '    }',
    ].join('\n');
  };
  return `{\n  "version": ${map.version},\n  "views": [\n${map.views.map(view).join(',\n')}\n  ]\n}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t0 = performance.now();
  const text = bodyMapJson(await buildBodyMap());
  await writeFile(OUTPUT, text);
  console.log(
    `wrote ${OUTPUT}: ${(text.length / 1024).toFixed(1)} KB in ${((performance.now() - t0) / 1000).toFixed(2)} s`,
  );
}

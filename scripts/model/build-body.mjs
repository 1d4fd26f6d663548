// Entry: generates public/models/body.glb from code, deterministically.
//   node scripts/model/build-body.mjs        (npm run model)
// Pipeline per layer: signed distance field -> surface nets + projection -> regions -> simplify.
// Each layer becomes a root node holding one mesh whose vertices carry part attributes (see
// src/scene/skin/skinFormat.mjs); only the skin exists now. Later layers (muscles, spine,
// nerves) are further entries in LAYERS with their own builder and their own part ids.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { SKIN_ATTRIBUTES } from '../../src/scene/skin/skinFormat.mjs';
import { buildSkin } from './anatomy.mjs';
import { LEFT, RIGHT } from './landmarks.mjs';
import { makeLabeller, splitRegions } from './regions.mjs';
import { simplifyMesh } from './simplify.mjs';
import { writeGlb } from './write-glb.mjs';
import { meshWithZones } from './zones.mjs';

export const OUTPUT = fileURLToPath(new URL('../../public/models/body.glb', import.meta.url));

/** Grid for the skin: 4.5 mm cells over the figure's bounds (arms slightly out, feet forward). */
const SKIN_GRID = { min: [-0.42, -0.012, -0.17], max: [0.42, 1.765, 0.24], h: 0.0045 };
/**
 * Finer grids where the detail is: the head (face and ears) beyond a plane under the jaw, each
 * hand beyond the wrist, each foot below the ankle. Each box holds the zone's whole skin.
 * @type {import('./zones.mjs').Zone[]}
 */
export const ZONES = [
  {
    name: 'head',
    point: [0, 1.505, 0.03],
    normal: unit([0, 1, 0.4]),
    box: { min: [-0.105, 1.46, -0.125], max: [0.105, 1.765, 0.135] },
    h: 0.0018,
    detail: 3,
  },
  ...[LEFT, RIGHT].map((s) => ({
    name: `hand${s.sx > 0 ? 'L' : 'R'}`,
    point: s.wrist,
    normal: s.handDir,
    box: {
      min: [s.sx > 0 ? 0.25 : -0.41, 0.66, -0.06],
      max: [s.sx > 0 ? 0.41 : -0.25, 0.92, 0.13],
    },
    h: 0.0018,
    detail: 2,
  })),
  ...[LEFT, RIGHT].map((s) => ({
    name: `foot${s.sx > 0 ? 'L' : 'R'}`,
    point: /** @type {[number, number, number]} */ ([s.ankle[0], 0.11, 0]),
    normal: /** @type {[number, number, number]} */ ([0, -1, 0]),
    box: {
      min: [s.sx > 0 ? 0.015 : -0.19, -0.012, -0.11],
      max: [s.sx > 0 ? 0.19 : -0.015, 0.13, 0.235],
    },
    h: 0.0022,
    detail: 1.5,
  })),
];

/** Simplification of the whole skin: absolute error in metres, triangle cap, weight of normals. */
const SKIN_SIMPLIFY = { error: 0.00022, triangles: 64000, normalWeight: 0.07, detail: zoneDetail };

/** @typedef {import('./write-glb.mjs').LayerMeshes} LayerMeshes */
/** @typedef {{ name: string, build: (log: (msg: string) => void) => Promise<LayerMeshes> }} Layer */

/** @type {Layer} */
const skinLayer = {
  name: 'body',
  async build(log) {
    const { sdf, groups } = buildSkin();
    let t = performance.now();
    const fine = meshWithZones(sdf.dist, SKIN_GRID, ZONES);
    log(`skin: ${fine.indices.length / 3} fine triangles, ${fine.evaluations} field evaluations, ${ms(t)}`);
    t = performance.now();
    const coarse = await simplifyMesh(fine, SKIN_SIMPLIFY);
    log(`skin: simplified to ${coarse.indices.length / 3} triangles, ${ms(t)}`);
    t = performance.now();
    const skin = splitRegions(coarse, makeLabeller(groups), sdf.dist, SKIN_GRID.h);
    const mesh = {
      name: 'skin',
      positions: skin.positions,
      normals: skin.normals,
      indices: skin.indices,
      attributes: {
        [SKIN_ATTRIBUTES.region]: skin.region,
        [SKIN_ATTRIBUTES.near]: skin.near,
        [SKIN_ATTRIBUTES.edge]: skin.edge,
      },
    };
    log(
      `skin: cut into regions, ${skin.indices.length / 3} triangles, ${skin.region.length} vertices, ${ms(t)}`,
    );
    return { name: 'body', meshes: [mesh] };
  },
};

/** The layers written to the GLB, in order. */
export const LAYERS = [skinLayer];

/** Soft clay, matte; the app replaces materials anyway. */
export const SKIN_MATERIAL = {
  name: 'skin',
  color: /** @type {[number, number, number, number]} */ ([0.8, 0.62, 0.52, 1]),
  roughness: 0.7,
};

/**
 * Builds the model and returns the GLB bytes (deterministic: same bytes every run).
 * @param {{ log?: (msg: string) => void }} [opts]
 * @returns {Promise<Uint8Array>}
 */
export async function buildBody(opts = {}) {
  const log = opts.log ?? (() => {});
  const layers = [];
  for (const layer of LAYERS) layers.push(await layer.build(log));
  return writeGlb(layers, { material: SKIN_MATERIAL });
}

/**
 * How much a change of shading counts in the simplifier at a point: each zone's `detail` inside
 * its box, ramped up over 3 cm past its plane so that the triangles grow smoothly towards the body.
 */
function zoneDetail(x, y, z) {
  let k = 1;
  for (const zone of ZONES) {
    const b = zone.box;
    if (x < b.min[0] || x > b.max[0] || y < b.min[1] || y > b.max[1] || z < b.min[2] || z > b.max[2])
      continue;
    const p = zone.point;
    const n = zone.normal;
    const s = (x - p[0]) * n[0] + (y - p[1]) * n[1] + (z - p[2]) * n[2];
    const t = Math.min(1, Math.max(0, (s + 0.01) / 0.03));
    k = Math.max(k, 1 + (zone.detail - 1) * t * t * (3 - 2 * t));
  }
  return k;
}

/** @param {[number, number, number]} v @returns {[number, number, number]} */
function unit(v) {
  const l = Math.hypot(v[0], v[1], v[2]);
  return [v[0] / l, v[1] / l, v[2] / l];
}

function ms(t) {
  return `${((performance.now() - t) / 1000).toFixed(2)} s`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t0 = performance.now();
  const bytes = await buildBody({ log: (m) => console.log(m) });
  await writeFile(OUTPUT, bytes);
  console.log(`wrote ${OUTPUT}: ${(bytes.length / 1024).toFixed(1)} KB in ${ms(t0)}`);
}

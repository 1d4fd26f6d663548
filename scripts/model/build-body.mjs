// Entry: generates public/models/body.glb from code, deterministically.
//   node scripts/model/build-body.mjs        (npm run model)
// Pipeline per layer: signed distance field -> surface nets + projection -> regions -> simplify.
// Each layer becomes a root node holding one named mesh per part; only the skin exists now.
// Later layers (muscles, spine, nerves) are further entries in LAYERS with their own builder.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildSkin } from './anatomy.mjs';
import { surfaceNets } from './mesher.mjs';
import { makeLabeller, splitRegions } from './regions.mjs';
import { simplifyMesh } from './simplify.mjs';
import { writeGlb } from './write-glb.mjs';

export const OUTPUT = fileURLToPath(new URL('../../public/models/body.glb', import.meta.url));

/** Grid for the skin: 4.5 mm cells over the figure's bounds (arms slightly out, feet forward). */
const SKIN_GRID = { min: [-0.42, -0.012, -0.17], max: [0.42, 1.765, 0.24], h: 0.0045 };
/** Simplification of the whole skin: absolute error in metres, triangle cap, weight of normals. */
const SKIN_SIMPLIFY = { error: 0.0002, triangles: 52000, normalWeight: 0.05 };

/** @typedef {import('./write-glb.mjs').LayerMeshes} LayerMeshes */
/** @typedef {{ name: string, build: (log: (msg: string) => void) => Promise<LayerMeshes> }} Layer */

/** @type {Layer} */
const skinLayer = {
  name: 'body',
  async build(log) {
    const { sdf, groups } = buildSkin();
    let t = performance.now();
    const fine = surfaceNets(sdf.dist, SKIN_GRID);
    log(`skin: ${fine.indices.length / 3} fine triangles, ${fine.evaluations} field evaluations, ${ms(t)}`);
    t = performance.now();
    const coarse = await simplifyMesh(fine, SKIN_SIMPLIFY);
    log(`skin: simplified to ${coarse.indices.length / 3} triangles, ${ms(t)}`);
    t = performance.now();
    const regions = splitRegions(coarse, makeLabeller(groups), sdf.dist, SKIN_GRID.h);
    const meshes = regions.map((r) => ({
      name: r.id,
      positions: r.positions,
      normals: r.normals,
      indices: r.indices,
    }));
    const tris = meshes.reduce((n, m) => n + m.indices.length / 3, 0);
    log(`skin: split into ${regions.length} regions, ${tris} triangles, ${ms(t)}`);
    return { name: 'body', meshes };
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

function ms(t) {
  return `${((performance.now() - t) / 1000).toFixed(2)} s`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t0 = performance.now();
  const bytes = await buildBody({ log: (m) => console.log(m) });
  await writeFile(OUTPUT, bytes);
  console.log(`wrote ${OUTPUT}: ${(bytes.length / 1024).toFixed(1)} KB in ${ms(t0)}`);
}

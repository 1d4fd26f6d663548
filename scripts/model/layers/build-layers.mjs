// Entry: generates the layers beneath the skin, deterministically, one GLB each
// (public/models/muscles.glb, skeleton.glb, nerves.glb; format in src/scene/layers/layerFormat.mjs).
//   node scripts/model/layers/build-layers.mjs        (npm run layers, part of npm run model)
// Each builder returns one mesh for its whole layer, every vertex labelled with its part's index
// in the layer's id list (src/content/anatomyIdList.mjs).
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { FIBRE_ATTRIBUTE, LAYER_FILES } from '../../../src/scene/layers/layerFormat.mjs';
import { SKIN_ATTRIBUTES } from '../../../src/scene/skin/skinFormat.mjs';
import { buildSkin } from '../anatomy.mjs';
import { writeGlb } from '../write-glb.mjs';
import { buildMuscles } from './muscles.mjs';
import { buildNerves } from './nerves.mjs';
import { buildSkeleton } from './skeleton.mjs';

/**
 * One layer's geometry: triangles, and per vertex the index of its part (and, for muscles, the
 * distance across the fibres in millimetres modulo 256).
 * @typedef {{ positions: Float32Array, normals: Float32Array, indices: Uint32Array, parts: Uint8Array,
 *   fibre?: Uint8Array }} LayerGeometry
 * @typedef {{ skin: (x: number, y: number, z: number) => number }} LayerContext
 */

/** @type {Record<keyof typeof LAYER_FILES, (ctx: LayerContext) => LayerGeometry | Promise<LayerGeometry>>} */
export const BUILDERS = { muscles: buildMuscles, skeleton: buildSkeleton, nerves: buildNerves };

/** Colours in the GLB are placeholders: the app draws each layer with its own material. */
const MATERIALS = {
  muscles: { name: 'muscle', color: /** @type {[number, number, number, number]} */ ([0.75, 0.4, 0.38, 1]) },
  skeleton: { name: 'bone', color: /** @type {[number, number, number, number]} */ ([0.9, 0.87, 0.8, 1]) },
  nerves: { name: 'nerve', color: /** @type {[number, number, number, number]} */ ([0.95, 0.82, 0.35, 1]) },
};

/** The output path of a layer's file. @param {keyof typeof LAYER_FILES} layer */
export function layerPath(layer) {
  return fileURLToPath(new URL(`../../../public/models/${LAYER_FILES[layer]}`, import.meta.url));
}

/** The shared context: the skin's distance field (negative inside the body). */
export function layerContext() {
  return { skin: buildSkin().sdf.dist };
}

/**
 * Builds one layer and returns its GLB bytes (the same bytes every run).
 * @param {keyof typeof LAYER_FILES} layer
 * @param {LayerContext} [ctx]
 */
export async function buildLayer(layer, ctx = layerContext()) {
  const g = await BUILDERS[layer](ctx);
  const count = g.parts.length;
  /** @type {Record<string, Uint8Array>} */
  const attributes = {
    [SKIN_ATTRIBUTES.region]: g.parts,
    [SKIN_ATTRIBUTES.near]: g.parts,
    [SKIN_ATTRIBUTES.edge]: new Uint8Array(count).fill(255),
  };
  if (g.fibre) attributes[FIBRE_ATTRIBUTE] = g.fibre;
  const mesh = { name: layer, positions: g.positions, normals: g.normals, indices: g.indices, attributes };
  return writeGlb([{ name: layer, meshes: [mesh] }], { material: { ...MATERIALS[layer], roughness: 0.6 } });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ctx = layerContext();
  const only = process.argv.slice(2);
  for (const layer of /** @type {(keyof typeof LAYER_FILES)[]} */ (Object.keys(LAYER_FILES))) {
    if (only.length > 0 && !only.includes(layer)) continue;
    const t0 = performance.now();
    const bytes = await buildLayer(layer, ctx);
    await writeFile(layerPath(layer), bytes);
    const s = ((performance.now() - t0) / 1000).toFixed(2);
    console.log(`wrote ${layerPath(layer)}: ${(bytes.length / 1024).toFixed(1)} KB in ${s} s`);
  }
}

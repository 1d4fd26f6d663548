// Writes named meshes to a GLB: one node and one mesh each, under a root node per layer, all
// sharing one matte material. A mesh may carry extra one-byte vertex attributes (the part each
// vertex belongs to). Meshopt-compressed, quantized on one scene-wide grid.
import { Document, Logger, NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { meshopt } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';

/**
 * @typedef {{ name: string, positions: Float32Array, normals: Float32Array, indices: Uint32Array,
 *   attributes?: Record<string, Uint8Array> }} NamedMesh
 * @typedef {{ name: string, meshes: NamedMesh[] }} LayerMeshes
 */

/**
 * @param {LayerMeshes[]} layers
 * @param {{ material: { name: string, color: [number, number, number, number], roughness: number } }} opts
 * @returns {Promise<Uint8Array>}
 */
export async function writeGlb(layers, opts) {
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  doc.getRoot().getAsset().generator = 'ims-explorer scripts/model';
  const buffer = doc.createBuffer();
  const material = doc
    .createMaterial(opts.material.name)
    .setBaseColorFactor(opts.material.color)
    .setRoughnessFactor(opts.material.roughness)
    .setMetallicFactor(0);
  const scene = doc.createScene('scene');
  for (const layer of layers) {
    const root = doc.createNode(layer.name);
    scene.addChild(root);
    for (const m of layer.meshes) {
      const prim = doc
        .createPrimitive()
        .setMaterial(material)
        .setAttribute(
          'POSITION',
          doc.createAccessor().setType('VEC3').setArray(m.positions).setBuffer(buffer),
        )
        .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(m.normals).setBuffer(buffer))
        .setIndices(doc.createAccessor().setType('SCALAR').setArray(m.indices).setBuffer(buffer));
      for (const [name, array] of Object.entries(m.attributes ?? {}))
        prim.setAttribute(name, doc.createAccessor().setType('SCALAR').setArray(array).setBuffer(buffer));
      const mesh = doc.createMesh(m.name).addPrimitive(prim);
      root.addChild(doc.createNode(m.name).setMesh(mesh));
    }
  }
  doc.getRoot().setDefaultScene(scene);
  await MeshoptEncoder.ready;
  await doc.transform(
    meshopt({
      encoder: MeshoptEncoder,
      level: 'high',
      quantizationVolume: 'scene',
      quantizePosition: 14,
      quantizeNormal: 10,
    }),
  );
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({
      'meshopt.encoder': MeshoptEncoder,
    });
  return io.writeBinary(doc);
}

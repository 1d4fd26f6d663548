// The committed body model, loaded as the app loads it (GLTFLoader with the meshopt decoder).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Mesh } from 'three';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { type GLTF, GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';

/** Parses GLB bytes as the app does; the scene's world matrices are up to date. */
export async function parseGlb(bytes: Uint8Array): Promise<GLTF['scene']> {
  const loader = new GLTFLoader();
  loader.setMeshoptDecoder(MeshoptDecoder);
  await MeshoptDecoder.ready;
  const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const gltf = await new Promise<GLTF>((resolve, reject) => loader.parse(data, '', resolve, reject));
  gltf.scene.updateMatrixWorld(true);
  return gltf.scene;
}

/** The loaded scene's skin mesh, with world matrices up to date. */
export async function loadSkinMesh(): Promise<Mesh> {
  const bytes = readFileSync(fileURLToPath(new URL('../../public/models/body.glb', import.meta.url)));
  return (await parseGlb(bytes)).getObjectByName('skin') as Mesh;
}

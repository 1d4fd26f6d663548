import type { Mesh } from 'three';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import type { DeepLayer } from '../../state/anatomySlice';
import { LAYER_FILES } from './layerFormat.mjs';

// A deep layer's file is fetched the first time its layer is shown, with progress (bytes received
// of the Content-Length), then parsed with meshopt; its one mesh is named like the layer.

export const layerUrl = (layer: DeepLayer) => `${import.meta.env.BASE_URL}models/${LAYER_FILES[layer]}`;

/** Fetches a file, telling `onProgress` the share received (0–1) as it comes when the size is known. */
export async function fetchWithProgress(
  url: string,
  onProgress: (share: number) => void,
): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  // A compressed response's Content-Length counts compressed bytes, not those the body yields.
  const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  const total = encoded ? 0 : Number(response.headers.get('content-length') ?? 0);
  if (!response.body || !total) {
    const buffer = await response.arrayBuffer();
    onProgress(1);
    return buffer;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onProgress(Math.min(1, received / total));
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes.buffer;
}

/** The layer's one mesh from its GLB bytes. */
export async function parseLayer(layer: DeepLayer, buffer: ArrayBuffer): Promise<Mesh> {
  const loader = new GLTFLoader();
  loader.setMeshoptDecoder(MeshoptDecoder);
  const gltf = await loader.parseAsync(buffer, '');
  // The mesh node is named like its root node, so three's loader calls it `<layer>_1`.
  let mesh: Mesh | undefined;
  gltf.scene.getObjectByName(layer)?.traverse((o) => {
    if (!mesh && (o as Mesh).isMesh) mesh = o as Mesh;
  });
  if (!mesh) throw new Error(`${LAYER_FILES[layer]} has no mesh named ${layer}: run \`npm run layers\`.`);
  // The parts' triangles are worked out in world space (framing): keep the file's placement.
  // (A quantized file places its mesh with a scale and offset on the node.)
  gltf.scene.updateMatrixWorld(true);
  const world = mesh.matrixWorld.clone();
  mesh.removeFromParent();
  world.decompose(mesh.position, mesh.quaternion, mesh.scale);
  mesh.updateMatrixWorld(true);
  return mesh;
}

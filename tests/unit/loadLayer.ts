// A layer file beneath the skin (public/models/<layer>.glb), loaded as the app loads it (GLTFLoader
// with the meshopt decoder), reduced to what the model tests check: its root's name, the vertex
// positions and each vertex's part; and small measures over a part's vertices.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type BufferAttribute, type Mesh, Vector3 } from 'three';
import { parseGlb } from './loadBody';

export type Vec3 = [number, number, number];

export interface LoadedLayer {
  rootNames: string[];
  positions: Float32Array;
  parts: Uint8Array;
}

/** The committed file's bytes. */
export function layerBytes(file: string): Uint8Array {
  return readFileSync(fileURLToPath(new URL(`../../public/models/${file}`, import.meta.url)));
}

/** Parses a layer GLB; positions are de-quantized into the scene's metres. */
export async function loadLayer(bytes: Uint8Array): Promise<LoadedLayer> {
  const scene = await parseGlb(bytes);
  const meshes: Mesh[] = [];
  scene.traverse((o) => {
    if ((o as Mesh).isMesh) meshes.push(o as Mesh);
  });
  const mesh = meshes[0];
  if (!mesh) throw new Error('no mesh in the layer file');
  const pos = mesh.geometry.getAttribute('position') as BufferAttribute;
  const region = mesh.geometry.getAttribute('_region') as BufferAttribute;
  const positions = new Float32Array(pos.count * 3);
  const p = new Vector3();
  for (let i = 0; i < pos.count; i++)
    p.fromBufferAttribute(pos, i)
      .applyMatrix4(mesh.matrixWorld)
      .toArray(positions, i * 3);
  const parts = new Uint8Array(region.count);
  for (let i = 0; i < region.count; i++) parts[i] = region.getX(i);
  return {
    rootNames: scene.children.map((c) => c.name),
    positions,
    parts,
  };
}

/** The vertices of each part. */
export function verticesByPart(layer: LoadedLayer, count: number): Vec3[][] {
  const out: Vec3[][] = Array.from({ length: count }, () => []);
  for (let i = 0; i < layer.parts.length; i++) {
    const p = Array.from(layer.positions.subarray(i * 3, i * 3 + 3)) as Vec3;
    out[layer.parts[i] ?? 0]?.push(p);
  }
  return out;
}

/** The smallest distance from a point to any of the vertices. */
export function nearest(vertices: Vec3[], q: Vec3): number {
  let best = Infinity;
  for (const v of vertices) best = Math.min(best, Math.hypot(v[0] - q[0], v[1] - q[1], v[2] - q[2]));
  return best;
}

/** The names in the GLB's own JSON chunk (three.js renames a mesh that shares its node's name). */
export function glbNames(bytes: Uint8Array): { meshes: string[]; nodes: string[] } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const json = JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 + view.getUint32(12, true))));
  return {
    meshes: json.meshes.map((m: { name: string }) => m.name),
    nodes: json.nodes.map((n: { name: string }) => n.name),
  };
}

/**
 * For sampled vertices with |x| > minX, the distance to the nearest vertex of the same set at the
 * mirrored place (x negated); returns the gap that `share` of them stay within (1 = the worst).
 */
export function mirrorGap(vertices: Vec3[], share = 1, minX = 0.005, every = 5): number {
  const cell = 0.01;
  const grid = new Map<string, Vec3[]>();
  const key = (x: number, y: number, z: number) =>
    `${Math.floor(x / cell)},${Math.floor(y / cell)},${Math.floor(z / cell)}`;
  for (const v of vertices) {
    const k = key(...v);
    const list = grid.get(k);
    if (list) list.push(v);
    else grid.set(k, [v]);
  }
  const gaps: number[] = [];
  for (let i = 0; i < vertices.length; i += every) {
    const [x, y, z] = vertices[i] as Vec3;
    if (Math.abs(x) < minX) continue;
    const q: Vec3 = [-x, y, z];
    let best = Infinity;
    const [cx, cy, cz] = [Math.floor(-x / cell), Math.floor(y / cell), Math.floor(z / cell)];
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (let dz = -1; dz <= 1; dz++)
          for (const w of grid.get(`${cx + dx},${cy + dy},${cz + dz}`) ?? [])
            best = Math.min(best, Math.hypot(w[0] - q[0], w[1] - q[1], w[2] - q[2]));
    gaps.push(best);
  }
  gaps.sort((a, b) => a - b);
  return gaps.length === 0 ? 0 : (gaps[Math.min(gaps.length - 1, Math.floor(share * gaps.length))] ?? 0);
}

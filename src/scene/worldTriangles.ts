import type { Mesh } from 'three';
import { Vector3 } from 'three';

/**
 * A mesh's triangles in world space, 9 numbers each; with `keep`, only the triangles whose first
 * corner (a vertex index) it accepts.
 */
export function worldTriangles(mesh: Mesh, keep?: (vertex: number) => boolean): Float32Array {
  mesh.updateWorldMatrix(true, false);
  const positions = mesh.geometry.getAttribute('position');
  const index = mesh.geometry.getIndex();
  const corners = index ? index.count : positions.count;
  const vertexAt = (i: number) => (index ? index.getX(i) : i);
  const firsts: number[] = [];
  for (let i = 0; i < corners; i += 3) if (!keep || keep(vertexAt(i))) firsts.push(i);
  const out = new Float32Array(firsts.length * 9);
  const p = new Vector3();
  firsts.forEach((first, t) => {
    for (let k = 0; k < 3; k++) {
      p.fromBufferAttribute(positions, vertexAt(first + k)).applyMatrix4(mesh.matrixWorld);
      p.toArray(out, t * 9 + k * 3);
    }
  });
  return out;
}

import { Box3, type BufferAttribute, type Mesh, Vector3 } from 'three';
import { acceleratedRaycast, MeshBVH } from 'three-mesh-bvh';
import { isRegionId, REGION_IDS, type RegionId } from '../../content/regionIds';
import { worldTriangles } from '../worldTriangles';

// The skin as the app uses it: one drawn mesh whose vertices carry their region (see
// skinFormat.mjs), with what framing, picking and the test hook need to know per region.

/** The loaded skin mesh and its regions' triangles. */
export class RegionSkin {
  readonly mesh: Mesh;
  private readonly regionAttribute: BufferAttribute;
  private readonly trianglesOf = new Map<RegionId | 'all', Float32Array>();

  constructor(mesh: Mesh) {
    const region = mesh.geometry.getAttribute('_region') as BufferAttribute | undefined;
    if (!region) throw new Error('The body model has no region attribute: run `npm run model`.');
    this.mesh = mesh;
    this.regionAttribute = region;
    // A bounding volume tree: a ray tests a few hundred triangles, not all of them, so hover and
    // clicks stay cheap on a phone. (It reorders triangles; regions live on vertices, so no harm.)
    mesh.geometry.boundsTree = new MeshBVH(mesh.geometry);
    mesh.raycast = acceleratedRaycast;
  }

  /** The region of a vertex (any corner of a triangle: they share it). */
  regionOfVertex(vertex: number): RegionId | null {
    const id = REGION_IDS[Math.round(this.regionAttribute.getX(vertex))];
    return isRegionId(id) ? id : null;
  }

  /** World-space triangles (9 numbers each) of one region, or of the whole skin. Cached. */
  triangles(id: RegionId | 'all'): Float32Array {
    const known = this.trianglesOf.get(id);
    if (known) return known;
    const out = worldTriangles(this.mesh, id === 'all' ? undefined : (v) => this.regionOfVertex(v) === id);
    this.trianglesOf.set(id, out);
    return out;
  }

  /** The world-space box around some regions. */
  box(ids: readonly RegionId[]): Box3 {
    const box = new Box3();
    const p = new Vector3();
    for (const id of ids) {
      const tris = this.triangles(id);
      for (let i = 0; i < tris.length; i += 3)
        box.expandByPoint(p.set(tris[i] ?? 0, tris[i + 1] ?? 0, tris[i + 2] ?? 0));
    }
    return box;
  }
}

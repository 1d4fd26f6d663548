import { Box3, type BufferAttribute, type Mesh, Vector3 } from 'three';
import { acceleratedRaycast, MeshBVH } from 'three-mesh-bvh';
import { REGION_IDS, type RegionId } from '../../content/regionIds';
import { worldTriangles } from '../worldTriangles';

// A layer as the app uses it: one drawn mesh whose vertices carry their part (see skinFormat.mjs
// and ../layers/layerFormat.mjs), with what framing, picking and the test hook need to know per
// part. The skin's parts are its regions (REGION_IDS); a deep layer's are its muscles, bones or
// nerves (content/anatomyIdList.mjs).

/** The loaded mesh and its parts' triangles. */
export class RegionSkin<Id extends string = RegionId> {
  readonly mesh: Mesh;
  readonly ids: readonly Id[];
  private readonly regionAttribute: BufferAttribute;
  private readonly trianglesOf = new Map<Id | 'all', Float32Array>();

  /**
   * `deferTree`: build the bounding volume tree at the first ray or when `prepareRays` is called
   * (the body's skin does, once its first frame is drawn: the tree costs a few hundred ms in
   * software on a slow phone, and the first frame should not wait for it).
   */
  constructor(
    mesh: Mesh,
    ids: readonly Id[] = REGION_IDS as unknown as readonly Id[],
    { deferTree = false }: { deferTree?: boolean } = {},
  ) {
    const region = mesh.geometry.getAttribute('_region') as BufferAttribute | undefined;
    if (!region) throw new Error(`The model ${mesh.name} has no region attribute: run \`npm run model\`.`);
    this.mesh = mesh;
    this.ids = ids;
    this.regionAttribute = region;
    const skin = this;
    mesh.raycast = function raycastWithTree(this: Mesh, raycaster, intersects) {
      skin.prepareRays();
      acceleratedRaycast.call(this, raycaster, intersects);
    };
    if (!deferTree) this.prepareRays();
  }

  /**
   * Builds the bounding volume tree (once): a ray tests a few hundred triangles, not all of them,
   * so hover and clicks stay cheap on a phone. It reorders the triangles (parts live on vertices,
   * so no harm); a mesh already drawn gets its new order uploaded.
   */
  prepareRays(): void {
    const { geometry } = this.mesh;
    if (geometry.boundsTree) return;
    geometry.boundsTree = new MeshBVH(geometry);
    if (geometry.index) geometry.index.needsUpdate = true;
  }

  /** The part of a vertex (any corner of a triangle: they share it). */
  regionOfVertex(vertex: number): Id | null {
    return this.ids[Math.round(this.regionAttribute.getX(vertex))] ?? null;
  }

  /** World-space triangles (9 numbers each) of one part, or of the whole mesh. Cached. */
  triangles(id: Id | 'all'): Float32Array {
    const known = this.trianglesOf.get(id);
    if (known) return known;
    const index = id === 'all' ? -1 : this.ids.indexOf(id);
    const out = worldTriangles(
      this.mesh,
      id === 'all' ? undefined : (v) => Math.round(this.regionAttribute.getX(v)) === index,
    );
    this.trianglesOf.set(id, out);
    return out;
  }

  /** The world-space box around some parts. */
  box(ids: readonly Id[]): Box3 {
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

import { BufferAttribute, BufferGeometry, Mesh } from 'three';

// The skin drawn while the camera moves: the same vertices (so the same normals, regions and
// looks) joined by about a third of the triangles. With software WebGL the triangles are most of a
// moving frame's cost (see README, `npm run bench`); a person turning the body does not see the
// difference, and the full skin is back the moment the camera stops. The region borders are
// locked (each region's border vertices are its own copies, so they are borders to the
// simplifier), so highlights keep their exact shapes.

/** Triangles kept in the moving body. */
const MOVING_TRIANGLES = 24_000;
/** The most the moving body may stray from the skin, as a share of the body's size. */
const MAX_ERROR = 0.01;

/**
 * Triangles of the moving body while the skin is see-through (the layers beneath are drawn too,
 * and a faint skin's detail hardly shows while it turns).
 */
const SEE_THROUGH_MOVING_TRIANGLES = 9_000;

/** The lighter moving body for a see-through skin; made the first time the skin is see-through. */
export const createSeeThroughMovingSkin = (skin: Mesh) =>
  createMovingMesh(skin, { triangles: SEE_THROUGH_MOVING_TRIANGLES, name: 'skin-moving-see-through' });

/** Builds the moving body next to the skin (hidden until the camera moves); null if it cannot. */
export const createMovingSkin = (skin: Mesh) =>
  createMovingMesh(skin, { triangles: MOVING_TRIANGLES, name: 'skin-moving' });

/**
 * Builds a lighter copy of a part-labelled mesh next to it, with about `triangles` triangles (or
 * `share` of its own), drawn while the camera moves (hidden until then); null if it cannot.
 */
export async function createMovingMesh(
  skin: Mesh,
  target: { triangles?: number; share?: number; maxError?: number; name: string },
): Promise<Mesh | null> {
  const { MeshoptSimplifier } = await import('meshoptimizer/simplifier');
  await MeshoptSimplifier.ready;
  if (!MeshoptSimplifier.supported || !skin.parent) return null;
  const { geometry } = skin;
  const index = geometry.getIndex();
  if (!index) return null;
  const position = geometry.getAttribute('position');
  const positions = new Float32Array(position.count * 3);
  for (let i = 0; i < position.count; i++)
    positions.set([position.getX(i), position.getY(i), position.getZ(i)], i * 3);
  const [indices] = MeshoptSimplifier.simplify(
    Uint32Array.from(index.array),
    positions,
    3,
    target.triangles ? target.triangles * 3 : Math.floor((index.count * (target.share ?? 1)) / 3) * 3,
    target.maxError ?? MAX_ERROR,
    ['LockBorder'],
  );
  const moving = new BufferGeometry();
  for (const [name, attribute] of Object.entries(geometry.attributes)) moving.setAttribute(name, attribute);
  moving.setIndex(new BufferAttribute(indices, 1));
  moving.boundingSphere = geometry.boundingSphere;
  const mesh = new Mesh(moving, skin.material);
  mesh.name = target.name;
  mesh.renderOrder = skin.renderOrder;
  mesh.visible = false;
  // never picked: a click or hover always asks the full skin
  mesh.raycast = () => {};
  mesh.position.copy(skin.position);
  mesh.quaternion.copy(skin.quaternion);
  mesh.scale.copy(skin.scale);
  skin.parent.add(mesh);
  return mesh;
}

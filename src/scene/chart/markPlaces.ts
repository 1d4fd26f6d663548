import { Vector3 } from 'three';
import { nearestVertex } from '../../consult/chart/markLevels';
import type { PainMark } from '../../consult/types';
import type { RegionSkin } from '../skin/regionSkin';
import type { PlacedMark, Point3 } from './chartBridge';

// Where each mark is drawn: at its own spot (a tap), or for a mark added from the list at the
// middle of its area's skin. Several list marks in one area are spread a little, so each shows.

/** List marks in one area keep at least this far apart (metres). */
const SPREAD = 0.035;

const toPoint = (v: Vector3): Point3 => [v.x, v.y, v.z];

/** The skin's vertex positions in world space (worked out once per skin). */
const worldPositions = new WeakMap<RegionSkin, Float32Array>();
function positionsOf(skin: RegionSkin): Float32Array {
  const known = worldPositions.get(skin);
  if (known) return known;
  skin.mesh.updateWorldMatrix(true, false);
  const source = skin.mesh.geometry.getAttribute('position');
  const out = new Float32Array(source.count * 3);
  const p = new Vector3();
  for (let v = 0; v < source.count; v++) {
    p.fromBufferAttribute(source, v).applyMatrix4(skin.mesh.matrixWorld);
    out[v * 3] = p.x;
    out[v * 3 + 1] = p.y;
    out[v * 3 + 2] = p.z;
  }
  worldPositions.set(skin, out);
  return out;
}

/** The nearest vertex of each spot already asked for (a slider drag re-places every mark). */
const nearestOf = new WeakMap<RegionSkin, Map<string, number>>();
function nearestOnSkin(skin: RegionSkin, point: Point3): number {
  let known = nearestOf.get(skin);
  if (!known) {
    known = new Map();
    nearestOf.set(skin, known);
  }
  const key = point.join(',');
  let vertex = known.get(key);
  if (vertex === undefined) {
    vertex = nearestVertex(positionsOf(skin), point);
    known.set(key, vertex);
  }
  return vertex;
}

function normalAt(skin: RegionSkin, vertex: number): Point3 {
  const normals = skin.mesh.geometry.getAttribute('normal');
  return toPoint(
    new Vector3().fromBufferAttribute(normals, vertex).transformDirection(skin.mesh.matrixWorld),
  );
}

/**
 * An area's triangle centres with their outward normals, nearest the area's middle first. The
 * middle is that of the skin facing forward where the area has some (an area that wraps round,
 * like the neck, gets its mark at the front, where the body is first seen).
 */
const spotsOf = new WeakMap<RegionSkin, Map<string, { point: Vector3; normal: Vector3 }[]>>();
function areaSpots(skin: RegionSkin, region: PainMark['region']): { point: Vector3; normal: Vector3 }[] {
  let bySkin = spotsOf.get(skin);
  if (!bySkin) {
    bySkin = new Map();
    spotsOf.set(skin, bySkin);
  }
  const known = bySkin.get(region);
  if (known) return known;
  const spots = findAreaSpots(skin, region);
  bySkin.set(region, spots);
  return spots;
}

function findAreaSpots(skin: RegionSkin, region: PainMark['region']): { point: Vector3; normal: Vector3 }[] {
  const tris = skin.triangles(region);
  const spots: { point: Vector3; normal: Vector3 }[] = [];
  const [a, b, c] = [new Vector3(), new Vector3(), new Vector3()];
  const middle = new Vector3();
  const front = new Vector3();
  let total = 0;
  let frontTotal = 0;
  for (let o = 0; o + 9 <= tris.length; o += 9) {
    a.fromArray(tris, o);
    b.fromArray(tris, o + 3);
    c.fromArray(tris, o + 6);
    const centre = a.clone().add(b).add(c).divideScalar(3);
    const cross = b.clone().sub(a).cross(c.clone().sub(a));
    const area = cross.length();
    if (area === 0) continue;
    const normal = cross.normalize();
    middle.addScaledVector(centre, area);
    total += area;
    if (normal.z > 0.5) {
      front.addScaledVector(centre, area);
      frontTotal += area;
    }
    spots.push({ point: centre, normal });
  }
  if (frontTotal > total * 0.15) middle.copy(front).divideScalar(frontTotal);
  else if (total > 0) middle.divideScalar(total);
  return spots.sort((p, q) => p.point.distanceToSquared(middle) - q.point.distanceToSquared(middle));
}

/** Each mark's place on the skin, in the chart's order. */
export function placeMarks(skin: RegionSkin, marks: readonly PainMark[]): PlacedMark[] {
  const placed: PlacedMark[] = [];
  for (const mark of marks) {
    if (mark.point) {
      const vertex = nearestOnSkin(skin, mark.point);
      placed.push({ id: mark.id, position: mark.point, normal: normalAt(skin, vertex), vertex });
      continue;
    }
    const spots = areaSpots(skin, mark.region);
    const taken = placed.map((p) => new Vector3(...p.position));
    const spot = spots.find((s) => taken.every((t) => t.distanceTo(s.point) >= SPREAD)) ?? spots[0];
    if (!spot) continue;
    const vertex = nearestOnSkin(skin, toPoint(spot.point));
    placed.push({ id: mark.id, position: toPoint(spot.point), normal: toPoint(spot.normal), vertex });
  }
  return placed;
}

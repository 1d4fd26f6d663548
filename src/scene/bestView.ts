import { Box3, Vector3 } from 'three';

// Picks where to look from so that the chosen skin faces the viewer and is not hidden behind
// other parts of the body. Pure maths on world-space triangle lists (9 numbers per triangle), so
// it runs in the unit tests without a browser.

/** A camera direction in the orbit controls' terms: azimuth 0 = in front, polar 0 = straight above. */
export interface ViewDirection {
  azimuth: number;
  polar: number;
}

/** A point on the skin with the way it faces; every sample of a surface stands for equal area. */
export interface SurfaceSample {
  point: Vector3;
  normal: Vector3;
}

const DEG = Math.PI / 180;

/**
 * How far a chosen view may tip: from 30° off straight above to 30° off straight below. Further
 * under the feet, a sole shows no better and the body above it is lost. (The orbit controls let a
 * person tip a little further, 0.25 rad short of straight up or down.)
 */
export const POLAR_MIN = 30 * DEG;
export const POLAR_MAX = 150 * DEG;

/** The unit vector from the point looked at towards the camera. The person's left is +x. */
export function directionVector({ azimuth, polar }: ViewDirection, out = new Vector3()): Vector3 {
  return out.set(Math.sin(polar) * Math.sin(azimuth), Math.cos(polar), Math.sin(polar) * Math.cos(azimuth));
}

/** Every 30° around, from high above to well under the feet (soles are seen from below). */
export function candidateDirections(): ViewDirection[] {
  const polars = [35, 60, 78, 90, 102, 120, 135, 150].map((d) => d * DEG);
  const out: ViewDirection[] = [];
  for (let step = 0; step < 12; step++) {
    // -150° … 180°: front (0) and back (π) are both on the list exactly.
    const azimuth = (step - 5) * 30 * DEG;
    for (const polar of polars) out.push({ azimuth, polar });
  }
  return out;
}

/** Corner `k` (0, 1, 2) of triangle `t` of a triangle list. */
function corner(tris: ArrayLike<number>, t: number, k: number, out: Vector3): Vector3 {
  const o = t * 9 + k * 3;
  return out.set(tris[o] ?? 0, tris[o + 1] ?? 0, tris[o + 2] ?? 0);
}

/** Twice the area of triangle `t`, as a vector along its normal (corners counter-clockwise). */
function areaVector(tris: ArrayLike<number>, t: number, out: Vector3): Vector3 {
  const a = corner(tris, t, 0, new Vector3());
  const ab = corner(tris, t, 1, new Vector3()).sub(a);
  return corner(tris, t, 2, out).sub(a).crossVectors(ab, out);
}

/**
 * `count` points spread evenly by area over a triangle list (the centre of the triangle that holds
 * each equal share of the area), each with its face's outward normal. Same input, same points.
 */
export function sampleSurface(tris: ArrayLike<number>, count: number): SurfaceSample[] {
  const triangles = Math.floor(tris.length / 9);
  // Running total of the areas, to find the triangle that holds each share.
  const sums = new Float64Array(triangles);
  const normal = new Vector3();
  let total = 0;
  for (let t = 0; t < triangles; t++) {
    total += areaVector(tris, t, normal).length() / 2;
    sums[t] = total;
  }
  if (total <= 0 || count <= 0) return [];
  const samples: SurfaceSample[] = [];
  const b = new Vector3();
  let t = 0;
  for (let k = 0; k < count; k++) {
    const share = ((k + 0.5) / count) * total;
    while (t < triangles - 1 && (sums[t] ?? 0) < share) t++;
    const point = corner(tris, t, 0, new Vector3())
      .add(corner(tris, t, 1, b))
      .add(corner(tris, t, 2, b))
      .divideScalar(3);
    samples.push({ point, normal: areaVector(tris, t, new Vector3()).normalize() });
  }
  return samples;
}

type Triple = [number, number, number];

/**
 * The whole body's triangles in a uniform grid, to ask "does anything lie between this point and
 * the camera?" quickly: a ray walks the cells it crosses and stops at the first triangle it meets.
 */
export class TriangleGrid {
  private readonly tris: Float32Array;
  private readonly min: Triple;
  private readonly dims: Triple;
  private readonly cell: number;
  /** Triangles of cell c: items[starts[c]] … items[starts[c + 1] - 1]. */
  private readonly starts: Uint32Array;
  private readonly items: Uint32Array;
  /** Which query last tested each triangle (a triangle can lie in many cells). */
  private readonly tested: Uint32Array;
  private query = 0;

  constructor(tris: ArrayLike<number>, cell = 0.03) {
    this.tris = Float32Array.from(tris);
    this.cell = cell;
    const count = Math.floor(this.tris.length / 9);
    const box = new Box3();
    const p = new Vector3();
    for (let i = 0; i < count * 3; i++) box.expandByPoint(p.fromArray(this.tris, i * 3));
    if (box.isEmpty()) box.set(p.set(0, 0, 0), p);
    box.expandByScalar(1e-4);
    this.min = box.min.toArray() as Triple;
    const size = box.getSize(p).toArray();
    this.dims = size.map((extent) => Math.max(1, Math.ceil(extent / cell))) as Triple;
    const cells = this.dims[0] * this.dims[1] * this.dims[2];
    // Two passes: count per cell, then fill one compact list (no array per cell).
    const starts = new Uint32Array(cells + 1);
    this.forEachCell(count, (c) => {
      starts[c + 1] = (starts[c + 1] ?? 0) + 1;
    });
    for (let c = 0; c < cells; c++) starts[c + 1] = (starts[c + 1] ?? 0) + (starts[c] ?? 0);
    const items = new Uint32Array(starts[cells] ?? 0);
    const next = starts.slice(0, cells);
    this.forEachCell(count, (c, t) => {
      const at = next[c] ?? 0;
      items[at] = t;
      next[c] = at + 1;
    });
    this.starts = starts;
    this.items = items;
    this.tested = new Uint32Array(count);
  }

  private cellIndex(axis: number, value: number): number {
    const n = this.dims[axis] ?? 1;
    return Math.min(n - 1, Math.max(0, Math.floor((value - (this.min[axis] ?? 0)) / this.cell)));
  }

  /** Each cell that a triangle's bounding box touches (a few more than it crosses: harmless). */
  private forEachCell(count: number, visit: (cell: number, tri: number) => void) {
    const [nx, ny] = this.dims;
    const p = this.tris;
    const range = (axis: number, o: number) => {
      const a = p[o + axis] ?? 0;
      const b = p[o + 3 + axis] ?? 0;
      const c = p[o + 6 + axis] ?? 0;
      return [this.cellIndex(axis, Math.min(a, b, c)), this.cellIndex(axis, Math.max(a, b, c))] as const;
    };
    for (let t = 0; t < count; t++) {
      const o = t * 9;
      const [x0, x1] = range(0, o);
      const [y0, y1] = range(1, o);
      const [z0, z1] = range(2, o);
      for (let z = z0; z <= z1; z++)
        for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) visit((z * ny + y) * nx + x, t);
    }
  }

  /** True when some triangle crosses the open segment from `from` to `to`. */
  blocks(from: Vector3, to: Vector3): boolean {
    const { x: ox, y: oy, z: oz } = from;
    const dx = to.x - ox;
    const dy = to.y - oy;
    const dz = to.z - oz;
    const [nx, ny, nz] = this.dims;
    const [minX, minY, minZ] = this.min;
    const cell = this.cell;
    // Clip the segment (s = 0 … 1) to the grid's box, slab by slab.
    let s0 = 0;
    let s1 = 1;
    for (const [o, d, lo, n] of [
      [ox, dx, minX, nx],
      [oy, dy, minY, ny],
      [oz, dz, minZ, nz],
    ] as const) {
      const hi = lo + n * cell;
      if (d === 0) {
        if (o < lo || o > hi) return false;
        continue;
      }
      const a = (lo - o) / d;
      const b = (hi - o) / d;
      s0 = Math.max(s0, Math.min(a, b));
      s1 = Math.min(s1, Math.max(a, b));
      if (s0 > s1) return false;
    }
    this.query = (this.query % 0xfffffffe) + 1;
    if (this.query === 1) this.tested.fill(0);
    // Walk the cells along the segment (Amanatides & Woo), nearest first.
    let ix = this.cellIndex(0, ox + dx * s0);
    let iy = this.cellIndex(1, oy + dy * s0);
    let iz = this.cellIndex(2, oz + dz * s0);
    const stepX = Math.sign(dx);
    const stepY = Math.sign(dy);
    const stepZ = Math.sign(dz);
    const edge = (i: number, d: number, lo: number, o: number) =>
      d === 0 ? Infinity : (lo + (i + (d > 0 ? 1 : 0)) * cell - o) / d;
    let nextX = edge(ix, dx, minX, ox);
    let nextY = edge(iy, dy, minY, oy);
    let nextZ = edge(iz, dz, minZ, oz);
    const deltaX = dx === 0 ? Infinity : cell / Math.abs(dx);
    const deltaY = dy === 0 ? Infinity : cell / Math.abs(dy);
    const deltaZ = dz === 0 ? Infinity : cell / Math.abs(dz);
    for (;;) {
      const c = (iz * ny + iy) * nx + ix;
      const end = this.starts[c + 1] ?? 0;
      for (let i = this.starts[c] ?? 0; i < end; i++) {
        const t = this.items[i] ?? 0;
        if (this.tested[t] === this.query) continue;
        this.tested[t] = this.query;
        if (this.crosses(t, ox, oy, oz, dx, dy, dz)) return true;
      }
      if (nextX <= nextY && nextX <= nextZ) {
        if (nextX > s1) return false;
        ix += stepX;
        if (ix < 0 || ix >= nx) return false;
        nextX += deltaX;
      } else if (nextY <= nextZ) {
        if (nextY > s1) return false;
        iy += stepY;
        if (iy < 0 || iy >= ny) return false;
        nextY += deltaY;
      } else {
        if (nextZ > s1) return false;
        iz += stepZ;
        if (iz < 0 || iz >= nz) return false;
        nextZ += deltaZ;
      }
    }
  }

  /** Möller–Trumbore: does triangle t cross origin + s·dir for some s in (0, 1)? Either side counts. */
  private crosses(t: number, ox: number, oy: number, oz: number, dx: number, dy: number, dz: number) {
    const p = this.tris;
    const i = t * 9;
    const ax = p[i] ?? 0;
    const ay = p[i + 1] ?? 0;
    const az = p[i + 2] ?? 0;
    const e1x = (p[i + 3] ?? 0) - ax;
    const e1y = (p[i + 4] ?? 0) - ay;
    const e1z = (p[i + 5] ?? 0) - az;
    const e2x = (p[i + 6] ?? 0) - ax;
    const e2y = (p[i + 7] ?? 0) - ay;
    const e2z = (p[i + 8] ?? 0) - az;
    const hx = dy * e2z - dz * e2y;
    const hy = dz * e2x - dx * e2z;
    const hz = dx * e2y - dy * e2x;
    const det = e1x * hx + e1y * hy + e1z * hz;
    if (Math.abs(det) < 1e-14) return false;
    const inv = 1 / det;
    const sx = ox - ax;
    const sy = oy - ay;
    const sz = oz - az;
    const u = (sx * hx + sy * hy + sz * hz) * inv;
    if (u < 0 || u > 1) return false;
    const qx = sy * e1z - sz * e1y;
    const qy = sz * e1x - sx * e1z;
    const qz = sx * e1y - sy * e1x;
    const v = (dx * qx + dy * qy + dz * qz) * inv;
    if (v < 0 || u + v > 1) return false;
    const s = (e2x * qx + e2y * qy + e2z * qz) * inv;
    return s > 1e-6 && s < 1 - 1e-6;
  }
}

/** Skin that faces the camera less than this (cosine) is too edge-on to count as seen. */
export const FACING_MIN = 0.2;
// Start occlusion rays a hair off the skin, so a sample does not hit its own triangle.
const LIFT = 0.002;

/**
 * How much of each group of samples a camera at `eye` sees: the facing-weighted share (0 … 1) of
 * its samples that face the camera and have nothing of the body in front of them.
 */
export function visibleShares(groups: SurfaceSample[][], eye: Vector3, grid: TriangleGrid): number[] {
  const toEye = new Vector3();
  const start = new Vector3();
  return groups.map((samples) => {
    let seen = 0;
    for (const { point, normal } of samples) {
      toEye.subVectors(eye, point).normalize();
      const facing = normal.dot(toEye);
      if (facing < FACING_MIN) continue;
      start.copy(point).addScaledVector(normal, LIFT);
      if (!grid.blocks(start, eye)) seen += facing;
    }
    return samples.length ? seen / samples.length : 0;
  });
}

/** Looking from above or below costs a little: a level view is the calm one. 0 … 1. */
export function tiltPreference(polar: number): number {
  const tilt = (polar - Math.PI / 2) / (Math.PI / 2);
  return 1 - TILT_COST * tilt * tilt;
}

/**
 * Among views that show about as much, a person expects the front: skin seen about as well from
 * several sides (a head, a knee, an inner elbow) is shown from the front, not from behind. Looking
 * up from well below, "home" turns to behind instead: that is how one sees a sole, as when a person
 * lifts a foot to show it. The turn is gradual, so no view gains from a sudden change of home.
 */
export function turnPreference({ azimuth, polar }: ViewDirection): number {
  const frontness = Math.min(1, Math.max(-1, 1 - (2 * (polar - HOME_TURN_START)) / HOME_TURN_SPAN));
  return 1 - TURN_COST * ((1 - frontness * Math.cos(azimuth)) / 2);
}

const TILT_COST = 0.3;
const TURN_COST = 0.2;
/** From this polar angle on, home turns from the front to behind, fully so HOME_TURN_SPAN later. */
const HOME_TURN_START = 120 * DEG;
const HOME_TURN_SPAN = 30 * DEG;
/** Views that show at least this share of the best one's score are "about as much". */
const NEAR_BEST = 0.85;

export interface RatedView extends ViewDirection {
  /** Facing-weighted share of each group that this view shows, in the order given. */
  shares: number[];
  /** How well it shows all groups (the mean square root of the shares), times its tilt preference. */
  score: number;
}

/**
 * Rates each direction for how well it shows the groups (one per region): each group counts the
 * same, and the square root favours showing every group a fair part over showing one of them whole.
 * `distance` is how far from `target` the camera will stand.
 */
export function rateViews(
  groups: SurfaceSample[][],
  target: Vector3,
  distance: number,
  grid: TriangleGrid,
  views: ViewDirection[],
): RatedView[] {
  const eye = new Vector3();
  return views.map((view) => {
    eye.copy(target).addScaledVector(directionVector(view), distance);
    const shares = visibleShares(groups, eye, grid);
    const sum = shares.reduce((total, share) => total + Math.sqrt(share), 0);
    return { ...view, shares, score: (sum / Math.max(1, shares.length)) * tiltPreference(view.polar) };
  });
}

/** Of rated views, the one a person would expect: near the best score, then front (or below-behind). */
export function pickView(rated: RatedView[]): RatedView | null {
  const top = Math.max(0, ...rated.map((view) => view.score));
  let pick: RatedView | null = null;
  let pickValue = -1;
  for (const view of rated) {
    if (view.score < NEAR_BEST * top) continue;
    const value = view.score * turnPreference(view);
    if (value > pickValue + 1e-9) {
      pick = view;
      pickValue = value;
    }
  }
  return pick;
}

/**
 * The direction to look at some regions from: the best of about a hundred around the body, then a
 * finer look around the winner. With nothing to see from anywhere, the front.
 */
export function bestView(
  groups: SurfaceSample[][],
  target: Vector3,
  distance: number,
  grid: TriangleGrid,
): RatedView {
  const rate = (views: ViewDirection[]) => rateViews(groups, target, distance, grid, views);
  const coarse = rate(candidateDirections());
  const first = pickView(coarse);
  if (!first || first.score <= 0) return rate([{ azimuth: 0, polar: Math.PI / 2 }])[0] as RatedView;
  const around: ViewDirection[] = [];
  for (const dAz of [-15, 0, 15]) {
    for (const dPolar of [-10, 0, 10]) {
      const polar = first.polar + dPolar * DEG;
      if ((dAz || dPolar) && polar >= POLAR_MIN && polar <= POLAR_MAX)
        around.push({ azimuth: wrapAngle(first.azimuth + dAz * DEG), polar });
    }
  }
  // The finer views compete with every coarse one, so "near the best" keeps one meaning.
  return pickView([...coarse, ...rate(around)]) ?? first;
}

/** An angle in (-π, π]. */
export function wrapAngle(angle: number): number {
  const a = (((angle + Math.PI) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  return a === 0 ? Math.PI : a - Math.PI;
}

import { BufferAttribute, BufferGeometry, type Curve, Vector3 } from 'three';

// A tube along a curve with a radius that may change along it (fibres taper, vessels narrow).
// Besides position/normal it writes, per vertex, how far along the tube it is (`aAlong`, 0–1) and
// the point on the centre line (`aCenter`), so shaders can squeeze or light parts of it.

export interface TubeOptions {
  segments: number;
  radialSegments: number;
  radius: (along: number) => number;
  /** Squash the cross-section in z (flat fibres look more like muscle). */
  zScale?: number;
}

export interface TubeArrays {
  position: number[];
  normal: number[];
  along: number[];
  center: number[];
  index: number[];
}

export function emptyTubeArrays(): TubeArrays {
  return { position: [], normal: [], along: [], center: [], index: [] };
}

const tangent = new Vector3();
const n1 = new Vector3();
const n2 = new Vector3();
const up = new Vector3();
const p = new Vector3();

/** Appends one tube (with closed ends drawn as tapered tips) to `out`. */
export function appendTube(curve: Curve<Vector3>, options: TubeOptions, out: TubeArrays): void {
  const { segments, radialSegments, radius, zScale = 1 } = options;
  const base = out.position.length / 3;
  for (let i = 0; i <= segments; i++) {
    const u = i / segments;
    curve.getPointAt(u, p);
    curve.getTangentAt(u, tangent).normalize();
    // A steady frame: "up" is whichever axis is least along the tube.
    up.set(0, 1, 0);
    if (Math.abs(tangent.y) > 0.8) up.set(1, 0, 0);
    n1.crossVectors(tangent, up).normalize();
    n2.crossVectors(n1, tangent).normalize();
    const r = radius(u);
    for (let j = 0; j <= radialSegments; j++) {
      const a = (j / radialSegments) * Math.PI * 2;
      const c = Math.cos(a);
      const s = Math.sin(a);
      const nx = n2.x * c + n1.x * s;
      const ny = n2.y * c + n1.y * s;
      const nz = (n2.z * c + n1.z * s) * zScale;
      out.position.push(p.x + nx * r, p.y + ny * r, p.z + nz * r);
      const len = Math.hypot(nx, ny, nz) || 1;
      out.normal.push(nx / len, ny / len, nz / len);
      out.along.push(u);
      out.center.push(p.x, p.y, p.z);
    }
  }
  const row = radialSegments + 1;
  for (let i = 0; i < segments; i++) {
    for (let j = 0; j < radialSegments; j++) {
      const a = base + i * row + j;
      const b = base + (i + 1) * row + j;
      out.index.push(a, b, a + 1, b, b + 1, a + 1);
    }
  }
}

export function tubeGeometry(arrays: TubeArrays, extra?: { name: string; size: number; data: number[] }) {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(new Float32Array(arrays.position), 3));
  geometry.setAttribute('normal', new BufferAttribute(new Float32Array(arrays.normal), 3));
  geometry.setAttribute('aAlong', new BufferAttribute(new Float32Array(arrays.along), 1));
  geometry.setAttribute('aCenter', new BufferAttribute(new Float32Array(arrays.center), 3));
  if (extra) geometry.setAttribute(extra.name, new BufferAttribute(new Float32Array(extra.data), extra.size));
  geometry.setIndex(arrays.index);
  geometry.computeBoundingSphere();
  return geometry;
}

/** Points along a curve, pre-sampled so per-frame lookups are a table read, not a spline solve. */
export class CurveTable {
  private readonly points: Float32Array;
  private readonly count: number;
  constructor(curve: Curve<Vector3>, samples = 160) {
    this.count = samples;
    this.points = new Float32Array((samples + 1) * 3);
    const v = new Vector3();
    for (let i = 0; i <= samples; i++) {
      curve.getPointAt(i / samples, v);
      this.points.set([v.x, v.y, v.z], i * 3);
    }
  }
  at(u: number, out: Vector3): Vector3 {
    const x = Math.min(1, Math.max(0, u)) * this.count;
    const i = Math.min(this.count - 1, Math.floor(x));
    const f = x - i;
    const a = i * 3;
    const pts = this.points;
    return out.set(
      (pts[a] ?? 0) + ((pts[a + 3] ?? 0) - (pts[a] ?? 0)) * f,
      (pts[a + 1] ?? 0) + ((pts[a + 4] ?? 0) - (pts[a + 1] ?? 0)) * f,
      (pts[a + 2] ?? 0) + ((pts[a + 5] ?? 0) - (pts[a + 2] ?? 0)) * f,
    );
  }
}

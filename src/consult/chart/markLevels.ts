import { SPINAL_LEVELS } from '../../content/needleIdList.mjs';

// Which spinal level's skin band (dermatome) a mark lies in: the band that is strongest at the
// skin vertex nearest the mark (segments.json stores each band as ascending vertex indices with a
// strength, 255 on the band and fading beyond it). Pure, shared by the scene and the tests.

/** A band as segments.json stores it: vertex indices ascending, strength 1–255 for each. */
export interface Band {
  idx: ArrayLike<number>;
  val: ArrayLike<number>;
}

/** The band's strength at a vertex (0 when the vertex is not in it): a binary search. */
export function strengthAt(band: Band, vertex: number): number {
  let low = 0;
  let high = band.idx.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = band.idx[mid] ?? 0;
    if (at === vertex) return band.val[mid] ?? 0;
    if (at < vertex) low = mid + 1;
    else high = mid - 1;
  }
  return 0;
}

/** Below this strength a vertex is only in a band's soft fading edge, not in the band. */
const IN_BAND = 128;

/** The level whose band is strongest at a vertex, or null when the vertex lies in none. */
export function levelAtVertex(bands: ReadonlyMap<string, Band>, vertex: number): string | null {
  let best: string | null = null;
  let strongest = IN_BAND - 1;
  for (const [level, band] of bands) {
    const strength = strengthAt(band, vertex);
    if (strength > strongest) {
      strongest = strength;
      best = level;
    }
  }
  return best;
}

/** The index of the vertex nearest a point (positions: x, y, z per vertex). */
export function nearestVertex(
  positions: ArrayLike<number>,
  point: readonly [number, number, number],
): number {
  const [x, y, z] = point;
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let v = 0; v * 3 + 2 < positions.length; v++) {
    const dx = (positions[v * 3] ?? 0) - x;
    const dy = (positions[v * 3 + 1] ?? 0) - y;
    const dz = (positions[v * 3 + 2] ?? 0) - z;
    const distance = dx * dx + dy * dy + dz * dz;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = v;
    }
  }
  return best;
}

const order = (level: string) => {
  const at = (SPINAL_LEVELS as readonly string[]).indexOf(level);
  return at < 0 ? SPINAL_LEVELS.length : at;
};

/** Each level with its number of marks, top of the spine first. */
export function countLevels(levels: readonly (string | null)[]): { level: string; marks: number }[] {
  const counts = new Map<string, number>();
  for (const level of levels) if (level) counts.set(level, (counts.get(level) ?? 0) + 1);
  return [...counts]
    .map(([level, marks]) => ({ level, marks }))
    .sort((a, b) => order(a.level) - order(b.level));
}

/** Several bands as one (each vertex at its strongest), to paint the marked levels together. */
export function mergeBands(bands: readonly Band[]): { idx: Uint32Array; val: Uint8Array } {
  const strongest = new Map<number, number>();
  for (const band of bands)
    for (let i = 0; i < band.idx.length; i++) {
      const vertex = band.idx[i] ?? 0;
      const value = band.val[i] ?? 0;
      if (value > (strongest.get(vertex) ?? 0)) strongest.set(vertex, value);
    }
  const vertices = [...strongest.keys()].sort((a, b) => a - b);
  return {
    idx: Uint32Array.from(vertices),
    val: Uint8Array.from(vertices.map((v) => strongest.get(v) ?? 0)),
  };
}

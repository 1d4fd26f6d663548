// The dermatomes on the skin (public/models/segments.json): the committed file is what the generator
// makes from the committed skin; every skin vertex has a level (the face none: it is the
// trigeminal's), the same on both sides; every ASIA key sensory point lies in its own level's band,
// on both sides (the points come from the figure's landmarks, not from the band rules); the file
// decodes in the app.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_GLB, buildSegments, segmentsJson } from '../../scripts/model/layers/build-segments.mjs';
import { readSkin, type Skin } from '../../scripts/model/layers/referral/skin.mjs';
import { KEY_POINT_LEVELS } from '../../scripts/model/layers/segments/key-points.mjs';
import { MIN_PIECE } from '../../scripts/model/layers/segments/paint.mjs';
import { DERMATOME_LEVELS } from '../../scripts/model/layers/segments/rules.mjs';
import { SPINAL_LEVELS } from '../../src/content/needleIdList.mjs';
import { REGION_IDS } from '../../src/content/regionIds';
import { SEGMENTS_FILE } from '../../src/scene/layers/layerFormat.mjs';
import { decodeSegments } from '../../src/scene/segments/segmentsData';

const FILE = fileURLToPath(new URL(`../../public/models/${SEGMENTS_FILE}`, import.meta.url));

type Point = [number, number, number];
interface SegmentsFile {
  version: number;
  skinVertices: number;
  levels: Record<string, { centre: Point; exit: Point; label: Point }>;
  dermatomes: Record<string, { idx: number[]; val: number[] }>;
  keyPoints: Record<string, Point[]>;
}

let text: string;
let file: SegmentsFile;
let skin: Skin;
/** The level whose band is full (255) at each stored skin vertex; null: none. */
let label: (string | null)[];

beforeAll(async () => {
  text = readFileSync(FILE, 'utf8');
  file = JSON.parse(text) as SegmentsFile;
  skin = await readSkin(BODY_GLB);
  label = new Array<string | null>(skin.count).fill(null);
  for (const [level, z] of Object.entries(file.dermatomes)) {
    let i = 0;
    z.idx.forEach((d, k) => {
      i += d;
      if (z.val[k] === 255) {
        if (label[i] !== null) throw new Error(`vertex ${i} is in ${label[i]} and ${level}`);
        label[i] = level;
      }
    });
  }
}, 60_000);

/** The stored skin vertex nearest to a point. */
function nearestVertex(p: Point): number {
  let best = 0;
  let bestD = Infinity;
  const P = skin.positions;
  for (let i = 0; i < skin.count; i++) {
    const d =
      ((P[i * 3] ?? 0) - p[0]) ** 2 + ((P[i * 3 + 1] ?? 0) - p[1]) ** 2 + ((P[i * 3 + 2] ?? 0) - p[2]) ** 2;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

describe('segments.json', () => {
  it('is what the generator makes from the committed skin', async () => {
    expect(segmentsJson(await buildSegments())).toBe(text);
  }, 120_000);

  it('fits its budget and names the skin it was made for', () => {
    expect(statSync(FILE).size).toBeLessThanOrEqual(320_000);
    expect(file.version).toBe(1);
    expect(file.skinVertices).toBe(skin.count);
  });

  it('places every spinal level: its vertebra, root exit (left) and label, top to bottom', () => {
    expect(Object.keys(file.levels)).toEqual([...SPINAL_LEVELS]);
    let above = Infinity;
    for (const level of SPINAL_LEVELS) {
      const l = file.levels[level];
      expect(l, level).toBeDefined();
      if (!l) continue;
      expect(l.centre[1], level).toBeLessThan(above);
      above = l.centre[1];
      expect(Math.abs(l.centre[0]), level).toBeLessThan(0.001);
      expect(l.exit[0], `${level} exit on the left`).toBeGreaterThan(0.005);
      expect(Math.hypot(l.exit[0] - l.centre[0], l.exit[1] - l.centre[1]), level).toBeLessThan(0.06);
      expect(l.label[2], `${level} label behind the spine`).toBeLessThan(l.centre[2] - 0.03);
    }
  });

  it('stores each band as ascending vertex indices with strengths 1–255, full on the band, soft beyond it', () => {
    expect(Object.keys(file.dermatomes)).toEqual([...DERMATOME_LEVELS]);
    for (const [level, z] of Object.entries(file.dermatomes)) {
      expect(z.idx.length, level).toBe(z.val.length);
      z.idx.forEach((d, k) => {
        if (k > 0) expect(d, level).toBeGreaterThan(0);
      });
      for (const v of z.val) expect(Number.isInteger(v) && v >= 1 && v <= 255, `${level}: ${v}`).toBe(true);
      expect(z.val.filter((v) => v === 255).length, level).toBeGreaterThan(20);
      expect(z.val.filter((v) => v < 255).length, `${level} fades`).toBeGreaterThan(5);
    }
  });

  it('gives every skin vertex a level, except the face (the trigeminal nerve’s, no spinal level)', () => {
    const unlabelled = new Set<string>();
    for (let i = 0; i < skin.count; i++) {
      if (label[i] !== null) continue;
      unlabelled.add(REGION_IDS[skin.region[i] ?? 0] ?? '?');
      // the face lies in front of the ears and above the jaw
      expect(skin.positions[i * 3 + 1] ?? 0, `vertex ${i}`).toBeGreaterThan(1.5);
      expect(skin.positions[i * 3 + 2] ?? 0, `vertex ${i}`).toBeGreaterThan(-0.03);
    }
    expect([...unlabelled].sort()).toEqual(['head', 'jaw-left', 'jaw-right']);
  });

  it('is the same on both sides: the vertex nearest each vertex’s mirror image has its level', () => {
    let differ = 0;
    const P = skin.positions;
    for (let i = 0; i < skin.count; i += 7) {
      const j = nearestVertex([-(P[i * 3] ?? 0), P[i * 3 + 1] ?? 0, P[i * 3 + 2] ?? 0]);
      if (label[i] !== label[j]) differ++;
    }
    // only along the borders, where the two sides' triangles are laid out differently
    expect(differ / Math.ceil(skin.count / 7)).toBeLessThan(0.03);
  });

  it('paints each band in whole pieces, with no specks where a border crosses large triangles', () => {
    const welded = new Array<string | null>(skin.welded).fill(null);
    for (let i = 0; i < skin.count; i++) welded[skin.weld[i] ?? 0] = label[i] ?? null;
    const seen = new Uint8Array(skin.welded);
    for (let w = 0; w < skin.welded; w++) {
      if (seen[w] || welded[w] === null) continue;
      const piece = [w];
      seen[w] = 1;
      for (let k = 0; k < piece.length; k++) {
        const v = piece[k] ?? 0;
        for (let j = skin.adjStart[v] ?? 0; j < (skin.adjStart[v + 1] ?? 0); j++) {
          const n = skin.adj[j] ?? 0;
          if (!seen[n] && welded[n] === welded[w]) {
            seen[n] = 1;
            piece.push(n);
          }
        }
      }
      expect(piece.length, `a piece of ${welded[w]} at vertex ${w}`).toBeGreaterThanOrEqual(MIN_PIECE);
    }
  });

  it('puts every ASIA key sensory point in its own level’s band, on both sides', () => {
    expect(Object.keys(file.keyPoints)).toEqual([...KEY_POINT_LEVELS]);
    for (const [level, [left, right]] of Object.entries(file.keyPoints)) {
      expect(left?.[0], `${level} left`).toBeGreaterThan(0);
      expect(right?.[0], `${level} right`).toBeLessThan(0);
      for (const [side, p] of [
        ['left', left],
        ['right', right],
      ] as const) {
        if (!p) throw new Error(`${level}: no ${side} point`);
        expect(label[nearestVertex(p)], `${level} (${side})`).toBe(level);
      }
    }
  });

  it('decodes in the app: every level C1–S2 placed, the bands C2–S2 and their key points', () => {
    const data = decodeSegments(file, file.skinVertices);
    expect(data).not.toBeNull();
    expect(data?.levels.size).toBe(SPINAL_LEVELS.length);
    expect([...(data?.dermatomes.keys() ?? [])]).toEqual(SPINAL_LEVELS.filter((l) => l !== 'C1'));
    expect(data?.keyPoints.get('C6')).toHaveLength(2);
    expect(decodeSegments(file, file.skinVertices + 1)).toBeNull();
    expect(decodeSegments({ ...file, version: 2 }, file.skinVertices)).toBeNull();
    expect(decodeSegments({ ...file, levels: { C5: { centre: [0, 1] } } }, file.skinVertices)).toBeNull();
  });
});

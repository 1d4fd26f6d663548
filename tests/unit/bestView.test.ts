import {
  BoxGeometry,
  BufferGeometry,
  DoubleSide,
  Float32BufferAttribute,
  Mesh,
  MeshBasicMaterial,
  Raycaster,
  Vector3,
} from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONDITIONS } from '../../src/content/conditions';
import { REGION_IDS, type RegionId } from '../../src/content/regionIds';
import {
  bestView,
  candidateDirections,
  directionVector,
  POLAR_MAX,
  POLAR_MIN,
  sampleSurface,
  TriangleGrid,
  visibleShares,
  wrapAngle,
} from '../../src/scene/bestView';
import { frameRegions, VIEW_AZIMUTH } from '../../src/scene/framing';
import { RegionSkin } from '../../src/scene/skin/regionSkin';
import { worldTriangles } from '../../src/scene/worldTriangles';
import { loadSkinMesh } from './loadBody';

const close = (a: Vector3, b: Vector3) => expect(a.distanceTo(b)).toBeLessThan(1e-9);

/** A box as a world-space triangle list (three's box faces point outwards). */
function boxTriangles(size: [number, number, number], at: [number, number, number]): Float32Array {
  const mesh = new Mesh(new BoxGeometry(...size));
  mesh.position.set(...at);
  return worldTriangles(mesh);
}

/** A flat square patch of skin facing `normal` ('+x', '-y', …), as a triangle list. */
function patch(centre: [number, number, number], normal: string, size = 0.06): Float32Array {
  const mesh = new Mesh(new BoxGeometry(size, size, size));
  mesh.position.set(...centre);
  const all = worldTriangles(mesh);
  // BoxGeometry's faces come in the order +x, -x, +y, -y, +z, -z, two triangles each.
  const face = ['+x', '-x', '+y', '-y', '+z', '-z'].indexOf(normal);
  return all.slice(face * 18, face * 18 + 18);
}

function join(...parts: Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const DEG = Math.PI / 180;

describe('camera directions', () => {
  it('azimuth 0 is in front, π/2 the person’s left (+x), and a polar past π/2 is from below', () => {
    close(directionVector({ azimuth: 0, polar: Math.PI / 2 }), new Vector3(0, 0, 1));
    close(directionVector({ azimuth: VIEW_AZIMUTH.left, polar: Math.PI / 2 }), new Vector3(1, 0, 0));
    close(directionVector({ azimuth: VIEW_AZIMUTH.back, polar: Math.PI / 2 }), new Vector3(0, 0, -1));
    expect(directionVector({ azimuth: 0, polar: 0.3 }).y).toBeGreaterThan(0.9);
    expect(directionVector({ azimuth: 0, polar: Math.PI - 0.3 }).y).toBeLessThan(-0.9);
    expect(directionVector({ azimuth: 1, polar: 2 }).length()).toBeCloseTo(1, 12);
  });

  it('candidates go all the way round, from above and from under the feet, within the orbit limits', () => {
    const views = candidateDirections();
    expect(views.length).toBeGreaterThanOrEqual(48);
    for (const { polar } of views) {
      expect(polar).toBeGreaterThanOrEqual(POLAR_MIN);
      expect(polar).toBeLessThanOrEqual(POLAR_MAX);
    }
    expect(views.some((v) => v.polar >= 150 * DEG - 1e-9)).toBe(true);
    expect(views.some((v) => v.polar < 40 * DEG)).toBe(true);
    const azimuths = new Set(views.map((v) => Math.round(v.azimuth / DEG)));
    for (const preset of Object.values(VIEW_AZIMUTH)) expect(azimuths).toContain(Math.round(preset / DEG));
    expect(azimuths.size).toBe(12);
  });

  it('wraps angles into (-π, π]', () => {
    expect(wrapAngle(0)).toBe(0);
    expect(wrapAngle(Math.PI)).toBeCloseTo(Math.PI, 12);
    expect(wrapAngle(-Math.PI)).toBeCloseTo(Math.PI, 12);
    expect(wrapAngle((3 * Math.PI) / 2)).toBeCloseTo(-Math.PI / 2, 12);
    expect(wrapAngle(-190 * DEG)).toBeCloseTo(170 * DEG, 12);
  });
});

describe('skin samples', () => {
  it('spreads points by area, each with its face’s outward normal, the same every time', () => {
    const big = patch([0, 0, 0], '+z', 1);
    const small = patch([5, 0, 0], '-y', 0.1);
    const samples = sampleSurface(join(big, small), 101);
    expect(samples).toHaveLength(101);
    const onSmall = samples.filter((s) => s.point.x > 4);
    // The small patch has 1% of the area: about 1 point of 101.
    expect(onSmall.length).toBeLessThanOrEqual(2);
    for (const s of samples) expect(s.normal.length()).toBeCloseTo(1, 6);
    close(samples[0]?.normal ?? new Vector3(), new Vector3(0, 0, 1));
    for (const s of onSmall) close(s.normal, new Vector3(0, -1, 0));
    expect(sampleSurface(join(big, small), 101)).toEqual(samples);
  });

  it('gives nothing for no triangles', () => {
    expect(sampleSurface(new Float32Array(0), 10)).toEqual([]);
  });
});

describe('the occlusion grid', () => {
  it('agrees with three’s own ray casting on random segments', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1664525 + 1013904223) % 2 ** 32;
      return seed / 2 ** 32;
    };
    const parts: Float32Array[] = [];
    for (let i = 0; i < 12; i++) {
      parts.push(
        boxTriangles(
          [0.05 + random() * 0.3, 0.05 + random() * 0.3, 0.05 + random() * 0.3],
          [random() - 0.5, random() * 1.6, random() * 0.6 - 0.3],
        ),
      );
    }
    const tris = join(...parts);
    const grid = new TriangleGrid(tris, 0.05);
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new Float32BufferAttribute(tris, 3));
    // Both sides, as the grid counts any crossing.
    const mesh = new Mesh(geometry, new MeshBasicMaterial({ side: DoubleSide }));
    const raycaster = new Raycaster();
    let hits = 0;
    for (let i = 0; i < 400; i++) {
      const from = new Vector3(random() * 3 - 1.5, random() * 2.5 - 0.5, random() * 3 - 1.5);
      const to = new Vector3(random() * 3 - 1.5, random() * 2.5 - 0.5, random() * 3 - 1.5);
      const length = from.distanceTo(to);
      raycaster.set(from, to.clone().sub(from).normalize());
      raycaster.far = length;
      const first = raycaster.intersectObject(mesh)[0];
      const expected = first !== undefined && first.distance > 1e-6 && first.distance < length - 1e-6;
      expect(grid.blocks(from, to), `segment ${i}`).toBe(expected);
      if (expected) hits++;
    }
    // Both answers occur, so the comparison means something.
    expect(hits).toBeGreaterThan(40);
    expect(hits).toBeLessThan(360);
  });
});

describe('the best view on made-up scenes', () => {
  it('a patch in plain view shows; the same patch behind a wall does not', () => {
    const skin = sampleSurface(patch([0, 1, 0], '+z'), 20);
    const open = new TriangleGrid(patch([0, 1, 0], '+z'));
    const walled = new TriangleGrid(join(patch([0, 1, 0], '+z'), boxTriangles([1, 1, 0.02], [0, 1, 0.5])));
    const eye = new Vector3(0, 1, 2);
    expect(visibleShares([skin], eye, open)[0]).toBeGreaterThan(0.95);
    expect(visibleShares([skin], eye, walled)[0]).toBe(0);
  });

  it('skin facing down, under a leg, is seen from below (and from behind, as a sole is)', () => {
    const sole = patch([0, 0, 0.05], '-y', 0.1);
    const leg = boxTriangles([0.1, 0.8, 0.1], [0, 0.45, 0]);
    const view = bestView(
      [sampleSurface(sole, 32)],
      new Vector3(0, 0, 0.05),
      1.2,
      new TriangleGrid(join(sole, leg)),
    );
    expect(view.polar).toBeGreaterThan(130 * DEG);
    expect(Math.abs(wrapAngle(view.azimuth))).toBeGreaterThan(90 * DEG);
    expect(view.shares[0]).toBeGreaterThan(0.7);
  });

  it('skin facing a trunk is seen past the trunk from the front, not through it', () => {
    // An "inner elbow" on the person's left (+x) faces the trunk (-x).
    const elbow = patch([0.3, 1.1, 0], '-x', 0.06);
    const trunk = boxTriangles([0.4, 1, 0.24], [0, 1.1, 0]);
    const grid = new TriangleGrid(join(elbow, trunk));
    const view = bestView([sampleSurface(elbow, 32)], new Vector3(0.3, 1.1, 0), 1.1, grid);
    // In front (|azimuth| < 90°), turned towards the trunk's side (azimuth < 0) to face the skin.
    expect(Math.abs(view.azimuth)).toBeLessThan(90 * DEG);
    expect(view.azimuth).toBeLessThan(-15 * DEG);
    expect(view.shares[0]).toBeGreaterThan(0.2);
  });

  it('skin seen as well from the front as from behind is shown from the front', () => {
    const front = patch([0, 1, 0.2], '+z');
    const back = patch([0, 1, -0.2], '-z');
    const grid = new TriangleGrid(join(front, back));
    const view = bestView([sampleSurface(join(front, back), 32)], new Vector3(0, 1, 0), 1.2, grid);
    expect(Math.abs(view.azimuth)).toBeLessThan(20 * DEG);
    expect(Math.abs(view.polar - Math.PI / 2)).toBeLessThan(20 * DEG);
  });

  it('two areas that face apart are both shown in part rather than one of them whole', () => {
    const left = patch([0.5, 1, 0], '+x');
    const front = patch([0, 1, 0.5], '+z');
    const grid = new TriangleGrid(join(left, front));
    const view = bestView(
      [sampleSurface(left, 16), sampleSurface(front, 16)],
      new Vector3(0.25, 1, 0.25),
      1.5,
      grid,
    );
    expect(Math.min(...view.shares)).toBeGreaterThan(0.3);
    expect(view.azimuth).toBeGreaterThan(20 * DEG);
    expect(view.azimuth).toBeLessThan(70 * DEG);
  });
});

// The committed model, loaded as the app loads it.
let skin: RegionSkin;
let bodyGrid: TriangleGrid;

beforeAll(async () => {
  skin = new RegionSkin(await loadSkinMesh());
  bodyGrid = new TriangleGrid(skin.triangles('all'));
});

/** What the chosen view shows of each region, rated again with more samples than the choice used. */
function sharesSeen(ids: RegionId[]) {
  const framing = frameRegions(skin, ids);
  if (!framing) throw new Error(`no framing for ${ids.join(', ')}`);
  const eye = framing.sphere.center
    .clone()
    .addScaledVector(directionVector(framing), framing.sphere.radius / Math.sin(15 * DEG));
  const shares = visibleShares(
    ids.map((id) => sampleSurface(skin.triangles(id), 64)),
    eye,
    bodyGrid,
  );
  return { framing, shares };
}

describe('the best view of each area of the body model', () => {
  it('has every region', () => {
    for (const id of REGION_IDS) expect(skin.triangles(id).length, id).toBeGreaterThan(0);
  });

  // The head wraps all the way round (scalp, face, under the chin): from one side well under half
  // of it can face the camera, so its bar is a little lower.
  it('shows a good part of every region’s skin', { timeout: 60_000 }, () => {
    const poor = REGION_IDS.map((id) => ({ id, share: sharesSeen([id]).shares[0] ?? 0 })).filter(
      ({ id, share }) => share < (id === 'head' ? 0.2 : 0.25),
    );
    expect(poor).toEqual([]);
  });

  it('shows the soles from below and behind, and the inner elbows from the front, past the trunk', () => {
    for (const id of ['sole-left', 'sole-right'] as const) {
      const { framing } = sharesSeen([id]);
      expect(framing.polar, id).toBeGreaterThan(120 * DEG);
      expect(Math.abs(framing.azimuth), id).toBeGreaterThan(90 * DEG);
    }
    const left = sharesSeen(['elbow-inner-left']).framing;
    const right = sharesSeen(['elbow-inner-right']).framing;
    // The camera stands in front, on the far side of the body's middle from the elbow.
    expect(left.azimuth).toBeLessThan(-15 * DEG);
    expect(left.azimuth).toBeGreaterThan(-90 * DEG);
    expect(right.azimuth).toBeGreaterThan(15 * DEG);
    expect(right.azimuth).toBeLessThan(90 * DEG);
  });

  it('shows some of every area of every condition, or one side well where the sides face apart', {
    timeout: 60_000,
  }, () => {
    for (const condition of CONDITIONS) {
      const { shares } = sharesSeen(condition.regions);
      const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
      expect(mean, condition.id).toBeGreaterThan(0.2);
      // At most one of each mirrored pair may be out of sight (both outer thighs can't face you).
      const hidden = condition.regions.filter((_, i) => (shares[i] ?? 0) < 0.05);
      for (const id of hidden) {
        const twin = id.endsWith('-left') ? id.replace(/-left$/, '-right') : id.replace(/-right$/, '-left');
        expect(
          twin === id ? 0 : (shares[condition.regions.indexOf(twin as RegionId)] ?? 0),
          `${condition.id}: ${id}`,
        ).toBeGreaterThan(0.3);
      }
    }
  });

  it('frames plantar fasciitis from below, where the soles and heels show', () => {
    const plantar = CONDITIONS.find((c) => c.id === 'plantar-fasciitis');
    if (!plantar) throw new Error('plantar fasciitis is missing');
    const { framing, shares } = sharesSeen(plantar.regions);
    expect(framing.polar).toBeGreaterThan(110 * DEG);
    for (const share of shares) expect(share).toBeGreaterThan(0.15);
  });

  it('works a focus out once and gives the same answer again', () => {
    const first = frameRegions(skin, ['knee-left']);
    const again = frameRegions(skin, ['knee-left']);
    expect(again).toEqual(first);
    expect(again?.sphere).not.toBe(first?.sphere);
  });
});

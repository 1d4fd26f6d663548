// The lighter skin drawn while the camera moves (src/scene/skin/movingLod.ts), made from the
// committed model as the app makes it.
import type { BufferAttribute, Mesh } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { REGION_IDS } from '../../src/content/regionIds';
import { createMovingSkin } from '../../src/scene/skin/movingLod';
import { loadSkinMesh } from './loadBody';

let skin: Mesh;
let moving: Mesh | null;

beforeAll(async () => {
  skin = await loadSkinMesh();
  moving = await createMovingSkin(skin);
});

const triangles = (mesh: Mesh) => (mesh.geometry.getIndex()?.count ?? 0) / 3;

describe('the skin drawn while the camera moves', () => {
  it('has about a third of the triangles, on the same vertices, and starts hidden', () => {
    expect(moving).not.toBeNull();
    if (!moving) return;
    expect(triangles(moving)).toBeLessThanOrEqual(26_000);
    expect(triangles(moving)).toBeLessThan(triangles(skin) / 2.5);
    expect(moving.geometry.getAttribute('position')).toBe(skin.geometry.getAttribute('position'));
    expect(moving.material).toBe(skin.material);
    expect(moving.visible).toBe(false);
    expect(moving.parent).toBe(skin.parent);
  });

  it('keeps every region, each triangle inside one, and is never picked', () => {
    if (!moving) throw new Error('no moving skin');
    const region = moving.geometry.getAttribute('_region') as BufferAttribute;
    const index = moving.geometry.getIndex();
    const seen = new Set<number>();
    let mixed = 0;
    for (let i = 0; index && i < index.count; i += 3) {
      const [a, b, c] = [0, 1, 2].map((k) => region.getX(index.getX(i + k)));
      if (a !== b || b !== c) mixed++;
      seen.add(a ?? -1);
    }
    expect(mixed).toBe(0);
    expect(seen.size).toBe(REGION_IDS.length);
    const hits: unknown[] = [];
    moving.raycast({} as never, hits as never);
    expect(hits).toEqual([]);
  });
});

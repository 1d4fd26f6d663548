// The flat body map (src/map2d/bodyMap.json): the committed file is what the generator makes from
// the committed skin; it has exactly the 3D body's regions; its paths are well formed; it stays
// small; and a spot on the map is a spot on the skin of the same region (the pain chart's marks).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSkin, type Skin } from '../../scripts/model/layers/referral/skin.mjs';
import { BODY_GLB, bodyMapJson, buildBodyMap, OUTPUT } from '../../scripts/model/map2d/build-body-map.mjs';
import { REGION_IDS } from '../../src/content/regionIds';
import { type BodyMapData, markPlace, project, skinPointAt } from '../../src/map2d/mapGeometry';

const text = readFileSync(fileURLToPath(new URL('../../src/map2d/bodyMap.json', import.meta.url)), 'utf8');
const map = JSON.parse(text) as BodyMapData;

/** One closed ring after another: an absolute move, relative lines, a close. */
const PATH = /^(M-?\d+ -?\d+l-?\d+(?:[ -]-?\d+|-\d+)*z)+$/;

describe('the body map', () => {
  let skin: Skin;
  beforeAll(async () => {
    skin = await readSkin(BODY_GLB);
  });

  it('is what the generator makes from the committed body', async () => {
    expect(OUTPUT.endsWith('bodyMap.json')).toBe(true);
    expect(bodyMapJson(await buildBodyMap())).toBe(text);
  }, 30_000);

  it('has exactly the regions of the 3D body, each in at least one view', () => {
    const seen = new Set<string>();
    for (const view of map.views) for (const id of Object.keys(view.regions)) seen.add(id);
    expect([...seen].sort()).toEqual([...REGION_IDS].sort());
    expect(map.views.map((v) => v.id)).toEqual(['front', 'back', 'soles']);
  });

  it('has well-formed paths inside each view', () => {
    for (const view of map.views) {
      expect(view.outline).toMatch(PATH);
      const [x0, y0, w, h] = view.box;
      for (const [id, region] of Object.entries(view.regions)) {
        expect(region.d, `${view.id} ${id}`).toMatch(PATH);
        const [x, y] = region.at;
        expect(x >= x0 && x <= x0 + w && y >= y0 && y <= y0 + h, `${view.id} ${id} label point`).toBe(true);
      }
    }
  });

  it('stays small (the chunk that carries it is fetched only for the simple view)', () => {
    expect(gzipSync(text).length).toBeLessThan(60 * 1024);
  });

  it('turns a spot on a region of the map into a spot on the skin of that region, and back', () => {
    const { positions, region, count } = skin;
    const nearestRegion = (p: [number, number, number]) => {
      let best = 0;
      let bestD = Infinity;
      for (let v = 0; v < count; v++) {
        const d =
          ((positions[v * 3] ?? 0) - p[0]) ** 2 +
          ((positions[v * 3 + 1] ?? 0) - p[1]) ** 2 +
          ((positions[v * 3 + 2] ?? 0) - p[2]) ** 2;
        if (d < bestD) {
          bestD = d;
          best = v;
        }
      }
      return { id: REGION_IDS[region[best] ?? 0], distance: Math.sqrt(bestD) };
    };
    let checked = 0;
    for (const view of map.views)
      for (const [id, { at }] of Object.entries(view.regions)) {
        const point = skinPointAt(view, at[0], at[1]);
        expect(point, `${view.id} ${id}`).not.toBeNull();
        if (!point) continue;
        const near = nearestRegion(point);
        expect(near.id, `${view.id} ${id}`).toBe(id);
        expect(near.distance).toBeLessThan(0.02);
        // the same spot, rounded to the centimetre as the chart keeps it, is drawn in this view
        const kept = point.map((c) => Math.round(c * 100) / 100) as [number, number, number];
        const place = markPlace(map.views, id as (typeof REGION_IDS)[number], kept);
        const shownIn = map.views.find((v) => v.id === place?.view);
        expect(shownIn, `${view.id} ${id}`).toBeDefined();
        if (!shownIn || !place) continue;
        // drawn where a view sees it: on the skin there, in the region's own outline there
        expect(Math.abs(project(shownIn, point).gap ?? 1), `${view.id} ${id}`).toBeLessThan(0.03);
        expect(shownIn.regions[id as (typeof REGION_IDS)[number]], `${view.id} ${id}`).toBeDefined();
        if (shownIn === view) expect(Math.abs(place.x - at[0]) + Math.abs(place.y - at[1])).toBeLessThan(15);
        checked++;
      }
    expect(checked).toBeGreaterThan(43);
    // a spot on the back of the body is not seen from the front
    const [front, back] = map.views;
    const lowerBack = back?.regions['lower-back']?.at;
    const spot = back && lowerBack ? skinPointAt(back, lowerBack[0], lowerBack[1]) : null;
    expect(front && spot ? project(front, spot).gap : null).toBeLessThan(-0.1);
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { chartUnreadable, startChartKeeping } from '../../src/consult/chart/chartKeeping';
import { CHART_STORAGE_KEY, parseChart, serializeChart } from '../../src/consult/chart/chartStorage';
import { keepChartLater } from '../../src/consult/chart/keepChartLater';
import { levelsSentence } from '../../src/consult/chart/levelsSentence';
import {
  countLevels,
  levelAtVertex,
  mergeBands,
  nearestVertex,
  strengthAt,
} from '../../src/consult/chart/markLevels';
import { intensityWords, PAIN_KIND_COLOURS, painKindLetter } from '../../src/consult/chart/markStyle';
import { suggestConditions } from '../../src/consult/chart/suggest';
import { MAX_MARKS, PAIN_KINDS, type PainMark } from '../../src/consult/types';
import { content, getCondition } from '../../src/content';
import type { RegionId } from '../../src/content/regionIds';
import { placeMarks } from '../../src/scene/chart/markPlaces';
import { SEGMENTS_FILE } from '../../src/scene/layers/layerFormat.mjs';
import { decodeSegments } from '../../src/scene/segments/segmentsData';
import { RegionSkin } from '../../src/scene/skin/regionSkin';
import { useAppStore } from '../../src/state/store';
import { fakeStorage } from './fakeStorage';
import { loadSkinMesh } from './loadBody';

const mark = (id: number, region: RegionId, intensity = 5, point: PainMark['point'] = null): PainMark => ({
  id,
  region,
  point,
  kind: 'aching',
  intensity,
});

/** A region that at least two conditions share, and one that only one condition has. */
function regionsBySharing() {
  const count = new Map<RegionId, number>();
  for (const c of content.conditions) for (const r of c.regions) count.set(r, (count.get(r) ?? 0) + 1);
  const shared = [...count].find(([, n]) => n >= 2)?.[0];
  const single = [...count].find(([, n]) => n === 1)?.[0];
  if (!shared || !single) throw new Error('the content has no shared or single region');
  return { shared, single };
}

describe('suggestConditions', () => {
  it('suggests nothing for an empty chart', () => {
    expect(suggestConditions([])).toEqual([]);
  });

  it('suggests exactly the conditions whose areas hold a mark', () => {
    const { shared } = regionsBySharing();
    const expected = content.conditions.filter((c) => c.regions.includes(shared)).map((c) => c.id);
    expect(suggestConditions([mark(1, shared)]).map((c) => c.id)).toEqual(expected);
  });

  it('ranks more marks first, then stronger pain, then the content order', () => {
    const a = getCondition(content.conditions[0]?.id ?? '');
    const b = getCondition(content.conditions[1]?.id ?? '');
    const c = getCondition(content.conditions[2]?.id ?? '');
    if (!a || !b || !c) throw new Error('need three conditions');
    const only = (condition: typeof a, taken: readonly RegionId[]) =>
      condition.regions.find((r) => !taken.includes(r)) ?? condition.regions[0];
    // Made-up conditions with one area each, so the ranking is not muddled by shared areas.
    const ra = a.regions[0] as RegionId;
    const rb = only(b, [ra]) as RegionId;
    const rc = only(c, [ra, rb]) as RegionId;
    const fa = { ...a, regions: [ra] };
    const fb = { ...b, regions: [rb] };
    const fc = { ...c, regions: [rc] };
    const list = [fa, fb, fc];
    // b: two marks beats a and c with one each; c's stronger mark beats a's.
    const marks = [mark(1, ra, 3), mark(2, rb, 1), mark(3, rb, 1), mark(4, rc, 9)];
    expect(suggestConditions(marks, list).map((x) => x.id)).toEqual([fb.id, fc.id, fa.id]);
    // Equal counts and intensity: the list's order stays.
    const tie = [mark(1, ra, 4), mark(2, rc, 4)];
    expect(suggestConditions(tie, list).map((x) => x.id)).toEqual([fa.id, fc.id]);
    expect(suggestConditions(tie, [fc, fb, fa]).map((x) => x.id)).toEqual([fc.id, fa.id]);
  });
});

describe('the kept chart (sessionStorage)', () => {
  const good = [mark(1, 'lower-back' as RegionId, 7, [0.1, 1, -0.12]), mark(4, 'neck' as RegionId, 2)];

  it('reads back what it wrote', () => {
    expect(parseChart(serializeChart(good))).toEqual({ marks: good, broken: false });
    expect(parseChart(null)).toEqual({ marks: [], broken: false });
  });

  it.each([
    ['not JSON', '{oops'],
    ['another version', JSON.stringify({ v: 2, marks: good })],
    ['no list', JSON.stringify({ v: 1 })],
    ['an unknown area', JSON.stringify({ v: 1, marks: [{ ...good[0], region: 'elbow-of-doom' }] })],
    ['an unknown kind', JSON.stringify({ v: 1, marks: [{ ...good[0], kind: 'tickly' }] })],
    ['intensity 11', JSON.stringify({ v: 1, marks: [{ ...good[0], intensity: 11 }] })],
    ['intensity 2.5', JSON.stringify({ v: 1, marks: [{ ...good[0], intensity: 2.5 }] })],
    ['a point with two numbers', JSON.stringify({ v: 1, marks: [{ ...good[0], point: [0, 1] }] })],
    ['a point far away', JSON.stringify({ v: 1, marks: [{ ...good[0], point: [0, 1e9, 0] }] })],
    ['the same id twice', JSON.stringify({ v: 1, marks: [good[0], good[0]] })],
    ['a null mark', JSON.stringify({ v: 1, marks: [null] })],
    [
      'too many marks',
      JSON.stringify({
        v: 1,
        marks: Array.from({ length: MAX_MARKS + 1 }, (_, i) => ({ ...good[1], id: i + 1 })),
      }),
    ],
  ])('drops a broken chart whole: %s', (_, text) => {
    expect(parseChart(text)).toEqual({ marks: [], broken: true });
  });

  afterEach(() => {
    useAppStore.getState().endConsultation();
    useAppStore.setState({ notice: null, visit: null, screenRole: 'main' });
  });

  it('restores the chart on start, keeps changes, and forgets it at the end of the consultation', () => {
    const storage = fakeStorage({ [CHART_STORAGE_KEY]: serializeChart(good) });
    const stop = startChartKeeping(useAppStore, storage);
    expect(useAppStore.getState().chart).toEqual(good);
    useAppStore.getState().setChartBrush({ kind: 'burning', intensity: 8 });
    useAppStore.getState().addMark({ region: 'neck' as RegionId, point: null });
    expect(parseChart(storage.getItem(CHART_STORAGE_KEY)).marks).toHaveLength(3);
    // A new mark never reuses an id from the restored chart.
    expect(new Set(useAppStore.getState().chart.map((m) => m.id)).size).toBe(3);
    useAppStore.getState().endConsultation();
    expect(storage.data.has(CHART_STORAGE_KEY)).toBe(false);
    stop();
  });

  it('clearing the chart clears what is kept', () => {
    const storage = fakeStorage({ [CHART_STORAGE_KEY]: serializeChart(good) });
    const stop = startChartKeeping(useAppStore, storage);
    useAppStore.getState().clearChart();
    expect(storage.data.has(CHART_STORAGE_KEY)).toBe(false);
    stop();
  });

  it('a broken kept chart starts empty, with a plain notice, and is removed', () => {
    const storage = fakeStorage({ [CHART_STORAGE_KEY]: '{"v":1,"marks":[{"id":"x"}]}' });
    const stop = startChartKeeping(useAppStore, storage);
    expect(useAppStore.getState().chart).toEqual([]);
    expect(useAppStore.getState().notice).toBe(chartUnreadable());
    expect(storage.data.has(CHART_STORAGE_KEY)).toBe(false);
    stop();
  });

  it('a take-home link or a patient screen never takes the chart kept on this device', () => {
    const storage = fakeStorage({ [CHART_STORAGE_KEY]: serializeChart(good) });
    useAppStore.setState({ visit: { conditions: [], stages: [], chart: [], camera: null } });
    startChartKeeping(useAppStore, storage)();
    expect(useAppStore.getState().chart).toEqual([]);
    useAppStore.setState({ visit: null, screenRole: 'patient' });
    const stop = startChartKeeping(useAppStore, storage);
    expect(useAppStore.getState().chart).toEqual([]);
    // nor writes over it with what the practitioner's screen sends
    useAppStore.getState().setChart([good[1] as PainMark]);
    expect(parseChart(storage.getItem(CHART_STORAGE_KEY)).marks).toEqual(good);
    stop();
  });

  // The app starts keeping through keepChartLater, so the first paint does not carry the storage code.
  it('from the first paint: a chart kept before is brought back at once', async () => {
    const storage = fakeStorage({ [CHART_STORAGE_KEY]: serializeChart(good) });
    vi.stubGlobal('sessionStorage', storage);
    const stop = keepChartLater(useAppStore);
    await vi.waitFor(() => expect(useAppStore.getState().chart).toEqual(good));
    stop();
    vi.unstubAllGlobals();
  });

  it('from the first paint: nothing kept, the first mark starts the keeping and is kept', async () => {
    const storage = fakeStorage();
    vi.stubGlobal('sessionStorage', storage);
    const stop = keepChartLater(useAppStore);
    expect(storage.data.size).toBe(0);
    useAppStore.getState().addMark({ region: 'neck' as RegionId, point: null });
    await vi.waitFor(() => expect(parseChart(storage.getItem(CHART_STORAGE_KEY)).marks).toHaveLength(1));
    useAppStore.getState().addMark({ region: 'lower-back' as RegionId, point: null });
    expect(parseChart(storage.getItem(CHART_STORAGE_KEY)).marks).toHaveLength(2);
    stop();
    vi.unstubAllGlobals();
  });
});

describe('the spinal level of a mark', () => {
  const bands = new Map([
    ['C6', { idx: [1, 4, 7, 9], val: [255, 255, 90, 200] }],
    ['C7', { idx: [2, 7, 9], val: [255, 255, 255] }],
  ]);

  it('finds a band strength by vertex', () => {
    expect(strengthAt(bands.get('C6') as never, 4)).toBe(255);
    expect(strengthAt(bands.get('C6') as never, 5)).toBe(0);
    expect(strengthAt(bands.get('C6') as never, 9)).toBe(200);
  });

  it('takes the strongest band, and none at a faint edge or outside', () => {
    expect(levelAtVertex(bands, 1)).toBe('C6');
    expect(levelAtVertex(bands, 7)).toBe('C7');
    expect(levelAtVertex(bands, 9)).toBe('C7');
    expect(levelAtVertex(bands, 3)).toBeNull();
    expect(levelAtVertex(new Map([['C6', { idx: [3], val: [60] }]]), 3)).toBeNull();
  });

  it('merges bands, each vertex at its strongest', () => {
    const merged = mergeBands([...bands.values()]);
    expect([...merged.idx]).toEqual([1, 2, 4, 7, 9]);
    expect([...merged.val]).toEqual([255, 255, 255, 255, 255]);
    const faint = mergeBands([
      { idx: [5, 8], val: [40, 90] },
      { idx: [8], val: [60] },
    ]);
    expect([...faint.idx]).toEqual([5, 8]);
    expect([...faint.val]).toEqual([40, 90]);
  });

  it('finds the nearest vertex', () => {
    const positions = [0, 0, 0, 1, 0, 0, 0, 2, 0];
    expect(nearestVertex(positions, [0.9, 0.1, 0])).toBe(1);
    expect(nearestVertex(positions, [0, 1.6, 0])).toBe(2);
  });

  it('says which levels the marks fall in, top of the spine first', () => {
    expect(countLevels(['C7', 'C6', 'C6', null])).toEqual([
      { level: 'C6', marks: 2 },
      { level: 'C7', marks: 1 },
    ]);
    expect(levelsSentence(['C7', 'C6', 'C6'])).toBe('Your marks fall in C6 (2 marks) and C7 (1 mark).');
    expect(levelsSentence(['L5', 'C6', 'T4'])).toBe(
      'Your marks fall in C6 (1 mark), T4 (1 mark) and L5 (1 mark).',
    );
    expect(levelsSentence(['S1', null, null])).toBe(
      'Your marks fall in S1 (1 mark). 2 marks are outside the bands on this map.',
    );
  });
});

describe('how the kinds look', () => {
  it('gives each kind its own colour and its own letter', () => {
    expect(new Set(PAIN_KINDS.map((k) => PAIN_KIND_COLOURS[k])).size).toBe(PAIN_KINDS.length);
    expect(new Set(PAIN_KINDS.map((k) => painKindLetter(k))).size).toBe(PAIN_KINDS.length);
  });

  it('says an intensity in words', () => {
    expect(intensityWords(0)).toBe('0 out of 10, no pain');
    expect(intensityWords(5)).toBe('5 out of 10, moderate');
    expect(intensityWords(10)).toBe('10 out of 10, the worst pain you can imagine');
  });
});

describe('marks on the real body and its dermatome bands', () => {
  let skin: RegionSkin;
  let bands: ReadonlyMap<string, { idx: Uint32Array; val: Uint8Array }>;
  beforeAll(async () => {
    const mesh = await loadSkinMesh();
    skin = new RegionSkin(mesh);
    const file = JSON.parse(
      readFileSync(fileURLToPath(new URL(`../../public/models/${SEGMENTS_FILE}`, import.meta.url)), 'utf8'),
    );
    const data = decodeSegments(file, mesh.geometry.getAttribute('position').count);
    if (!data) throw new Error('segments.json does not fit the body');
    bands = data.dermatomes;
  });

  it('puts a list mark on its own area, at the front where the area wraps round', () => {
    const [neck] = placeMarks(skin, [mark(1, 'neck' as RegionId)]);
    expect(neck).toBeDefined();
    expect(skin.regionOfVertex(neck?.vertex ?? -1)).toBe('neck');
    expect(neck?.normal[2]).toBeGreaterThan(0.3);
  });

  it('spreads list marks in one area, and keeps a tapped spot where it was', () => {
    const spot: [number, number, number] = [0.1, 1.3, 0.1];
    const placed = placeMarks(skin, [
      mark(1, 'chest' as RegionId),
      mark(2, 'chest' as RegionId),
      mark(3, 'chest' as RegionId, 5, spot),
    ]);
    const [a, b, c] = placed;
    const apart = Math.hypot(...(a?.position ?? [0, 0, 0]).map((v, i) => v - (b?.position[i] ?? 0)));
    expect(apart).toBeGreaterThanOrEqual(0.03);
    expect(c?.position).toEqual(spot);
  });

  it('finds the levels anatomy books give: the forearm and hand in C5–T1, the front of the thigh in L1–L4', () => {
    const placed = placeMarks(skin, [
      mark(1, 'forearm-left' as RegionId),
      mark(2, 'hand-right' as RegionId),
      mark(3, 'thigh-front-left' as RegionId),
    ]);
    const levels = placed.map((p) => levelAtVertex(bands, p.vertex));
    expect(levels[0]).toMatch(/^(C[5-8]|T1)$/);
    expect(levels[1]).toMatch(/^(C[5-8]|T1)$/);
    expect(levels[2]).toMatch(/^L[1-4]$/);
  });
});

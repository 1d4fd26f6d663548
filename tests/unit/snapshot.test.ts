import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildSnapshot, type SnapshotSource } from '../../src/consult/sync/messages';
import { parseMessage, SnapshotOrder } from '../../src/consult/sync/snapshotMessage';
import type { CameraPose, ConsultSnapshot, PainMark } from '../../src/consult/types';

const POSE: CameraPose = { azimuth: 0.4, polar: 1.3, target: [0.01, 0.2, 0], radius: 0.25 };
const MARK: PainMark = {
  id: 3,
  region: 'elbow-outer-left',
  point: [0.31, 1.05, -0.02],
  kind: 'burning',
  intensity: 7,
};
const SOURCE: SnapshotSource = {
  search: '?condition=tennis-elbow&tour=conditions',
  camera: POSE,
  tourStep: 'conditions',
  blank: false,
  chart: [MARK],
  chartOpen: false,
  chartOverlay: true,
  seen: { conditions: ['tennis-elbow'], stages: ['nerve-root'] },
};

const message = (snapshot: unknown, from = 'main-1') => ({ kind: 'snapshot', from, snapshot });

describe('the snapshot message', () => {
  it('comes back the same from the channel', () => {
    const snapshot = buildSnapshot(SOURCE, 5);
    // BroadcastChannel copies with structured clone; JSON is a stricter stand-in.
    const parsed = parseMessage(JSON.parse(JSON.stringify(message(snapshot))));
    expect(parsed).toEqual({ kind: 'snapshot', from: 'main-1', snapshot });
    expect(snapshot).toMatchObject({ v: 1, seq: 5, tourStep: 'conditions', chartOverlay: true });
  });

  it('is a copy: later changes to the chart do not reach a snapshot already built', () => {
    const chart = [{ ...MARK, point: [0, 1, 0] as [number, number, number] }];
    const snapshot = buildSnapshot({ ...SOURCE, chart }, 1);
    (chart[0] as PainMark).intensity = 1;
    (chart[0]?.point as number[])[0] = 9;
    expect(snapshot.chart[0]).toMatchObject({ intensity: 7, point: [0, 1, 0] });
  });

  it('reads the other messages', () => {
    expect(parseMessage({ kind: 'hello', from: 'p', catchUp: true })).toEqual({
      kind: 'hello',
      from: 'p',
      catchUp: true,
    });
    expect(parseMessage({ kind: 'here', from: 'm', seq: 4 })).toEqual({ kind: 'here', from: 'm', seq: 4 });
    expect(parseMessage({ kind: 'goodbye', from: 'm', role: 'main' })).toEqual({
      kind: 'goodbye',
      from: 'm',
      role: 'main',
    });
  });

  it('says when the other window runs a newer version, and drops older or odd versions', () => {
    const newer = { ...buildSnapshot(SOURCE, 1), v: 2, somethingNew: [1, 2] };
    expect(parseMessage(message(newer))).toEqual({ kind: 'newer-snapshot', from: 'main-1', version: 2 });
    for (const v of [0, -1, '2', 1.5, null, undefined])
      expect(parseMessage(message({ ...buildSnapshot(SOURCE, 1), v })), String(v)).toBeNull();
  });

  it('drops anything that is not one of its messages', () => {
    const bad: unknown[] = [
      null,
      undefined,
      'hello',
      42,
      [],
      { kind: 'hello', catchUp: true },
      { kind: 'hello', from: '', catchUp: true },
      { kind: 'hello', from: 'x'.repeat(65), catchUp: true },
      { kind: 'hello', from: 'p' },
      { kind: 'here', from: 'm', seq: -1 },
      { kind: 'here', from: 'm', seq: 1.5 },
      { kind: 'goodbye', from: 'm', role: 'someone' },
      { kind: 'shout', from: 'm' },
      { kind: 'snapshot', from: 'm' },
      { kind: 'snapshot', from: 'm', snapshot: [] },
    ];
    for (const value of bad) expect(parseMessage(value), JSON.stringify(value)).toBeNull();
  });

  it('drops a snapshot whole when any one field is wrong', () => {
    const good = buildSnapshot(SOURCE, 2);
    const broken: Record<string, unknown>[] = [
      { seq: -1 },
      { seq: '2' },
      { search: 'condition=tennis-elbow' },
      { search: `?${'a'.repeat(5000)}` },
      { search: null },
      { camera: { ...POSE, radius: -1 } },
      { camera: 'front' },
      { tourStep: 'the-end' },
      { blank: 'yes' },
      { chartOpen: 1 },
      { chartOverlay: null },
      { chart: null },
      { chart: [{ ...MARK, region: 'elbow-of-someone' }] },
      { chart: [{ ...MARK, kind: 'itchy' }] },
      { chart: [{ ...MARK, intensity: 11 }] },
      { chart: [{ ...MARK, intensity: 2.5 }] },
      { chart: [{ ...MARK, point: [0, Number.NaN, 0] }] },
      { chart: [{ ...MARK, point: [0, 1] }] },
      { chart: [{ ...MARK, point: [0, 1e9, 0] }] },
      { chart: [{ ...MARK, id: -4 }] },
      { chart: [MARK, MARK] },
      { chart: Array.from({ length: 25 }, (_, id) => ({ ...MARK, id })) },
      { seen: null },
      { seen: { conditions: ['someone-elses-condition'], stages: [] } },
      { seen: { conditions: [], stages: ['the-end'] } },
      { seen: { conditions: 'tennis-elbow', stages: [] } },
    ];
    for (const change of broken)
      expect(parseMessage(message({ ...good, ...change })), JSON.stringify(change).slice(0, 80)).toBeNull();
    expect(
      parseMessage(message({ ...good, chart: Array.from({ length: 24 }, (_, id) => ({ ...MARK, id })) })),
    ).not.toBeNull();
    expect(parseMessage(message({ ...good, camera: null, tourStep: null, search: '' }))).not.toBeNull();
  });
});

describe('the order of snapshots', () => {
  const at = (seq: number): ConsultSnapshot => buildSnapshot(SOURCE, seq);

  it('takes each newer snapshot and ignores older ones and repeats', () => {
    const order = new SnapshotOrder();
    expect(order.accept('main-1', at(3))).toBe(true);
    expect(order.accept('main-1', at(2))).toBe(false);
    expect(order.accept('main-1', at(3))).toBe(false);
    expect(order.accept('main-1', at(7))).toBe(true);
    expect(order.accept('main-1', at(5))).toBe(false);
  });

  it('follows one practitioner window while it is there, and the next once it has gone', () => {
    const order = new SnapshotOrder();
    order.accept('main-1', at(40));
    // The app opened a second time: not followed while the first is there.
    expect(order.accept('main-2', at(1))).toBe(false);
    expect(order.behind('main-2', 1)).toBe(false);
    expect(order.accept('main-1', at(41))).toBe(true);
    // The first window closed (or was reloaded, under a new name, numbering from 1 again).
    expect(order.behind('main-2', 1, true)).toBe(true);
    expect(order.accept('main-2', at(1), true)).toBe(true);
    expect(order.accept('main-2', at(2))).toBe(true);
    expect(order.accept('main-1', at(42))).toBe(false);
  });

  it('knows when it is behind the practitioner window', () => {
    const order = new SnapshotOrder();
    expect(order.behind('main-1', 0)).toBe(true);
    order.accept('main-1', at(4));
    expect(order.behind('main-1', 4)).toBe(false);
    expect(order.behind('main-1', 5)).toBe(true);
  });
});

describe('applying a snapshot on the patient screen', () => {
  type Store = typeof import('../../src/state/store');
  type Apply = typeof import('../../src/consult/sync/applySnapshot');
  let store: Store['useAppStore'];
  let apply: Apply;

  beforeAll(async () => {
    vi.stubGlobal('localStorage', {
      getItem: () => null,
      setItem: () => undefined,
      removeItem: () => undefined,
    });
    store = (await import('../../src/state/store')).useAppStore;
    apply = await import('../../src/consult/sync/applySnapshot');
    store.getState().setScreenRole('patient');
  });

  it('applies the view, the consultation and the camera, whole', () => {
    const setPose = vi.fn();
    apply.applySnapshot(buildSnapshot(SOURCE, 1), { setPose }, true);
    const s = store.getState();
    expect(s).toMatchObject({
      conditionId: 'tennis-elbow',
      tourStep: 'conditions',
      presenter: true,
      blank: false,
      chartOverlay: true,
      chartOpen: false,
    });
    expect(s.chart).toEqual([MARK]);
    // What was shown comes too, so the take-home code on the patient's screen holds the same.
    expect(s.seen).toEqual({ conditions: ['tennis-elbow'], stages: ['nerve-root'] });
    expect(setPose).toHaveBeenCalledWith(POSE, true);

    // The next one replaces everything, including what it leaves out: no chart, no tour.
    apply.applySnapshot(
      buildSnapshot(
        {
          ...SOURCE,
          search: '?region=knee-right',
          tourStep: null,
          chart: [],
          blank: true,
          camera: null,
        },
        2,
      ),
      { setPose },
      true,
    );
    expect(store.getState()).toMatchObject({
      conditionId: null,
      regionId: 'knee-right',
      tourStep: null,
      presenter: false,
      lastTourStep: 'conditions',
      blank: true,
      chart: [],
    });
    expect(setPose).toHaveBeenCalledTimes(1);
  });

  it('keeps a pose that came before the body was drawn, and applies it as a cut once it can', () => {
    apply.applySnapshot(buildSnapshot(SOURCE, 3), { setPose: null }, true);
    const setPose = vi.fn();
    apply.applyPendingPose({ setPose });
    expect(setPose).toHaveBeenCalledWith(POSE, false);
    apply.applyPendingPose({ setPose });
    expect(setPose).toHaveBeenCalledTimes(1);
  });
});

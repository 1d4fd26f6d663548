import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  checksum,
  decodeTakeHome,
  encodeTakeHome,
  MAX_LINK_LENGTH,
  takeHomeUrl,
  VISIT_VERSION,
} from '../../src/consult/takehome/link';
// The link's words load with the chunks that read links (src/consult/words.ts).
import '../../src/consult/words';
import { MAX_MARKS, type PainMark, type TakeHome } from '../../src/consult/types';
import { getCondition } from '../../src/content';
import { REGION_IDS } from '../../src/content/regionIds';
import { CYCLE_STAGE_IDS } from '../../src/cycle/stageIds';
import { freshStoreModules } from './fakeStorage';

const validators = { isConditionId: (id: string) => getCondition(id) !== undefined };
const decode = (hash: string) => decodeTakeHome(hash, validators);

const mark = (id: number, region: PainMark['region'], extra: Partial<PainMark> = {}): PainMark => ({
  id,
  region,
  point: null,
  kind: 'aching',
  intensity: 5,
  ...extra,
});

const FULL: TakeHome = {
  conditions: ['tennis-elbow', 'headaches'],
  stages: ['spine-wear', 'nerve-root', 'muscle-tightens'],
  chart: [
    mark(1, 'elbow-outer-left', { point: [0.31, 1.05, -0.02], kind: 'sharp', intensity: 7 }),
    mark(2, 'neck', { kind: 'pins-and-needles', intensity: 10 }),
    mark(3, 'lower-back', { point: [0, 1.02, -0.11], kind: 'numb', intensity: 0 }),
  ],
  camera: { azimuth: Math.PI / 6, polar: Math.PI / 2, target: [0, 0.12, 0.005], radius: 0.45 },
};

/** The pose as the link rounds it: whole degrees, thousandths of the body's height. */
const roundedCamera = (pose: NonNullable<TakeHome['camera']>) => {
  const deg = (r: number) => (Math.round((r * 180) / Math.PI) * Math.PI) / 180;
  const th = (v: number) => Math.round(v * 1000) / 1000;
  return {
    azimuth: deg(pose.azimuth),
    polar: deg(pose.polar),
    target: pose.target.map(th),
    radius: th(pose.radius),
  };
};

/** A link with a fresh, right checksum over the given fields (as if a later version made it). */
const signed = (body: string) => `${body}&k=${checksum(body)}`;

describe('the take-home link, made and read back', () => {
  it('reopens exactly what was shown', () => {
    const link = encodeTakeHome(FULL);
    const { visit, problems } = decode(`#${link}`);
    expect(problems).toEqual([]);
    expect(visit?.conditions).toEqual(FULL.conditions);
    expect(visit?.stages).toEqual(FULL.stages);
    expect(visit?.chart).toEqual(FULL.chart);
    expect(visit?.camera).toEqual(roundedCamera(FULL.camera as NonNullable<TakeHome['camera']>));
  });

  it('is readable, versioned and in the fragment, with nothing but the site before it', () => {
    const url = takeHomeUrl('https://ims.example/app/?condition=jaw-pain#old', FULL);
    expect(
      url.startsWith(`https://ims.example/app/#visit=${VISIT_VERSION}&c=tennis-elbow,headaches&s=0,1,3&m=`),
    ).toBe(true);
    expect(url).toMatch(/&cam=30,90,0,120,5,450&k=[0-9a-z]{7}$/);
  });

  it('a camera that has turned many times, or zoomed far out, still makes a link that reads back', () => {
    const camera = {
      azimuth: 7 * Math.PI + 0.5,
      polar: -0.2,
      target: [0, 9, 0] as [number, number, number],
      radius: 12,
    };
    const { visit, problems } = decode(encodeTakeHome({ ...FULL, camera }));
    expect(problems).toEqual([]);
    expect(visit?.camera?.azimuth).toBeCloseTo(((Math.round((0.5 * 180) / Math.PI) - 180) * Math.PI) / 180);
    expect(visit?.camera?.polar).toBe(0);
    expect(visit?.camera?.target).toEqual([0, 2, 0]);
    expect(visit?.camera?.radius).toBe(5);
    const broken = encodeTakeHome({ ...FULL, camera: { ...camera, radius: Number.NaN } });
    expect(broken).not.toContain('cam=');
  });

  it('an empty visit is a valid link that opens an empty chart', () => {
    const empty: TakeHome = { conditions: [], stages: [], chart: [], camera: null };
    expect(decode(encodeTakeHome(empty))).toEqual({ visit: empty, problems: [] });
  });

  it('stays short enough for a QR code with a full chart', () => {
    const chart = Array.from({ length: MAX_MARKS }, (_, i) =>
      mark(i + 1, REGION_IDS[i % REGION_IDS.length] ?? 'neck', {
        point: [-0.99, 1.99, -0.99],
        kind: 'pins-and-needles',
        intensity: 10,
      }),
    );
    const link = encodeTakeHome({ ...FULL, chart, stages: [...CYCLE_STAGE_IDS] });
    expect(link.length).toBeLessThan(800);
    expect(decode(link).visit?.chart).toEqual(chart);
  });

  it('holds nothing but ids, numbers and its own field names', () => {
    expect(encodeTakeHome(FULL)).toMatch(/^[a-z0-9=&,_@.-]+$/);
  });

  it('is not a visit link without "visit="', () => {
    for (const hash of ['', '#', '#panel', '#c=tennis-elbow', '#visits=1', '#xvisit=1']) {
      expect(decode(hash)).toEqual({ visit: null, problems: [] });
    }
  });
});

describe('damaged links open what they can and say what they could not', () => {
  const whole = encodeTakeHome(FULL);

  it('cut at every length: never throws, never shows a mark or condition that was not in it', () => {
    const start = whole.indexOf('visit=') + 'visit='.length;
    for (let end = start; end < whole.length; end++) {
      const { visit, problems } = decode(whole.slice(0, end));
      expect(visit, `cut at ${end}`).not.toBeNull();
      expect(problems.length, `cut at ${end}: says something is wrong`).toBeGreaterThan(0);
      for (const id of visit?.conditions ?? []) expect(FULL.conditions).toContain(id);
      for (const stage of visit?.stages ?? []) expect(FULL.stages).toContain(stage);
      // Every mark that opens is one of the original marks, whole (not a cut intensity or spot).
      for (const m of visit?.chart ?? [])
        expect(FULL.chart.map(({ id: _, ...rest }) => rest)).toContainEqual({
          region: m.region,
          point: m.point,
          kind: m.kind,
          intensity: m.intensity,
        });
    }
  });

  it('cut in the checksum: all the fields before it still open, and it says it was cut', () => {
    const { visit, problems } = decode(whole.slice(0, -3));
    expect(visit?.chart).toEqual(FULL.chart);
    expect(problems).toEqual(['This visit link looks cut short, so its end may be missing.']);
  });

  it('with no checksum: the last field loses its last item, which may be cut', () => {
    const { visit, problems } = decode('visit=1&c=tennis-elbow,headaches&m=13s7_3p1');
    expect(visit?.conditions).toEqual(['tennis-elbow', 'headaches']);
    expect(visit?.chart.map((m) => m.region)).toEqual(['elbow-outer-left']);
    expect(problems).toContain('This visit link looks cut short, so its end may be missing.');
  });

  it('changed by hand: the checksum fails, and only what still checks out opens', () => {
    const edited = whole.replace('m=13s7', 'm=13s9');
    const { visit, problems } = decode(edited);
    expect(problems).toEqual([
      'This visit link was changed after it was made, so some of it may not be right.',
    ]);
    expect(visit?.chart[0]?.intensity).toBe(9);
    const worse = whole.replace('c=tennis-elbow', 'c=tennis-elbowz');
    const result = decode(worse);
    expect(result.visit?.conditions).toEqual(['headaches']);
    expect(result.problems).toContain("We couldn't find 1 of the conditions.");
  });

  it('a newer version opens nothing and says so', () => {
    const { visit, problems } = decode(signed('visit=2&c=tennis-elbow&m=13s7'));
    expect(visit).toEqual({ conditions: [], stages: [], chart: [], camera: null });
    expect(problems[0]).toMatch(/made by a newer version/);
  });

  it.each([
    ['no version', 'visit=&c=tennis-elbow'],
    ['version 0', 'visit=0&c=tennis-elbow'],
    ['a word', 'visit=one&c=tennis-elbow'],
    ['a huge number', 'visit=99999999999999999999&c=tennis-elbow'],
    ['a decimal', 'visit=1.0&c=tennis-elbow'],
  ])('an unreadable version (%s) opens nothing', (_, body) => {
    const { visit, problems } = decode(signed(body));
    expect(visit?.conditions).toEqual([]);
    expect(problems).toHaveLength(1);
  });

  it.each([
    ['an unknown area number', 'm=43a5', 1],
    ['an unknown kind', 'm=13x5', 1],
    ['an intensity over 10', 'm=13a11', 1],
    ['a huge intensity', 'm=13a99999', 1],
    ['a negative intensity', 'm=13a-1', 1],
    ['a spot far off the body', 'm=13a5@0,9999,0', 1],
    ['a spot with two numbers', 'm=13a5@0,100', 1],
    ['a decimal spot', 'm=13a5@0.5,100,0', 1],
    ['an empty mark between two', 'm=13a5__8s3', 1],
    ['a region name instead of a number', 'm=neck-a5', 1],
    ['markup', 'm=%3Cscript%3E', 1],
    ['a lone percent sign', 'm=13a5_%E0%A4%A', -1],
  ])('a mark with %s is left out and counted', (_, field, bad) => {
    const { visit, problems } = decode(signed(`visit=1&${field}`));
    if (bad === -1) {
      expect(visit?.chart).toEqual([]);
      expect(problems).toEqual(["We couldn't read the pain chart in the link."]);
      return;
    }
    expect(visit?.chart.every((m) => m.intensity <= 10 && Math.abs(m.point?.[1] ?? 0) <= 3)).toBe(true);
    expect(problems).toEqual([`We couldn't read ${bad} of the marks on the pain chart.`]);
  });

  it('unknown, non-ASCII and repeated conditions', () => {
    const { visit, problems } = decode(
      signed('visit=1&c=tennis-elbow,%C3%A9l%C3%A9phant,tennis-elbow,TENNIS-ELBOW,,constructor,__proto__'),
    );
    expect(visit?.conditions).toEqual(['tennis-elbow']);
    expect(problems).toEqual(["We couldn't find 5 of the conditions."]);
  });

  it('unknown and repeated stages', () => {
    const { visit, problems } = decode(signed('visit=1&s=0,0,13,14,-1,x,1e1,02'));
    expect(visit?.stages).toEqual(['spine-wear', 'what-to-expect']);
    expect(problems).toEqual(["We couldn't find 5 of the steps of the pain cycle."]);
  });

  it('too many marks: the first 24 open', () => {
    const marks = Array.from({ length: 30 }, (_, i) => `${i % 43}a${i % 11}`).join('_');
    const { visit, problems } = decode(signed(`visit=1&m=${marks}`));
    expect(visit?.chart).toHaveLength(MAX_MARKS);
    expect(visit?.chart.map((m) => m.id)).toEqual(Array.from({ length: MAX_MARKS }, (_, i) => i + 1));
    expect(problems).toEqual([
      `The pain chart had more than ${MAX_MARKS} marks, so only the first ${MAX_MARKS} are shown.`,
    ]);
  });

  it('repeated fields: the first is used, and that is said', () => {
    const { visit, problems } = decode(signed('visit=1&c=tennis-elbow&c=headaches'));
    expect(visit?.conditions).toEqual(['tennis-elbow']);
    expect(problems).toEqual(['The link repeats a part, so we used the first one.']);
  });

  it('unknown fields and anything after the checksum are ignored and counted', () => {
    const { visit, problems } = decode(`${signed('visit=1&c=tennis-elbow&name=Jane')}&m=13a5&chart=1`);
    expect(visit?.conditions).toEqual(['tennis-elbow']);
    expect(visit?.chart).toEqual([]);
    expect(problems).toEqual(["The link has 3 parts we don't use."]);
  });

  it.each([
    ['too few numbers', '30,90,0,0,450'],
    ['a word', '30,90,0,0,0,far'],
    ['a polar angle past the pole', '30,200,0,0,0,450'],
    ['a radius of nothing', '30,90,0,0,0,0'],
    ['a target far away', '30,90,0,9999,0,450'],
    ['decimals', '30.5,90,0,0,0,450'],
  ])('a camera with %s: the front, and it says so', (_, cam) => {
    const { visit, problems } = decode(signed(`visit=1&cam=${cam}`));
    expect(visit?.camera).toBeNull();
    expect(problems).toEqual(["We couldn't read how the body was turned, so it is shown from the front."]);
  });

  it('a link far too long opens nothing', () => {
    const { visit, problems } = decode(`visit=1&c=${'tennis-elbow,'.repeat(MAX_LINK_LENGTH / 10)}`);
    expect(visit?.conditions).toEqual([]);
    expect(problems).toHaveLength(1);
  });

  it('a field without "=" and an empty field are harmless', () => {
    const { visit, problems } = decode(signed('visit=1&c&&m=13a5'));
    expect(visit?.chart.map((m) => m.region)).toEqual(['elbow-outer-left']);
    expect(problems).toEqual([]);
  });

  it('percent-encoded commas (some apps re-encode links) still read', () => {
    const { visit } = decode('visit=1&c=tennis-elbow%2Cheadaches');
    expect(visit?.conditions).toEqual(['tennis-elbow']);
    const signedBody = 'visit=1&c=tennis-elbow%2Cheadaches&s=0';
    expect(decode(signed(signedBody)).visit?.conditions).toEqual(['tennis-elbow', 'headaches']);
    // A whole link of ours re-encoded by another app still checks out.
    const reencoded = encodeTakeHome(FULL).replaceAll(',', '%2C').replaceAll('@', '%40');
    expect(decode(reencoded)).toEqual(decode(encodeTakeHome(FULL)));
  });

  it('random bytes never throw', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const alphabet = 'visit=1&cmsk@,_%-0123456789abcdefz\u00e9\u{1F600}';
    for (let n = 0; n < 500; n++) {
      const chars = Array.from({ length: Math.floor(random() * 60) }, () =>
        alphabet.charAt(Math.floor(random() * alphabet.length)),
      );
      const hash = `visit=1&${chars.join('')}`;
      const { visit } = decode(hash);
      expect(visit).not.toBeNull();
      for (const m of visit?.chart ?? []) expect(m.intensity).toBeLessThanOrEqual(10);
    }
  });
});

describe('opening a visit link on this device', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** A fresh store and take-home module, in a page whose address ends with `hash`. */
  async function loadWith(hash: string) {
    freshStoreModules();
    vi.stubGlobal('window', {
      location: { hash, pathname: '/', search: '' },
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      history: { replaceState: () => undefined },
      setTimeout,
      clearTimeout,
    });
    const { useAppStore } = await import('../../src/state/store');
    const start = await import('../../src/consult/takehome/visitStart');
    const open = await import('../../src/consult/takehome/openVisit');
    const { currentTakeHome } = await import('../../src/consult/takehome/currentTakeHome');
    return { store: useAppStore, ...start, ...open, currentTakeHome };
  }

  it("replaces this device's chart and forgets what was seen here, so nothing of another visit shows", async () => {
    const { store, openVisitFromLocation } = await loadWith(`#${encodeTakeHome({ ...FULL, camera: null })}`);
    store.getState().addMark({ region: 'sole-left', point: null });
    store.getState().noteSeen({ conditions: ['jaw-pain'], stages: ['guarding'] });
    expect(openVisitFromLocation()).toBe(true);
    const s = store.getState();
    expect(s.chart).toEqual(FULL.chart);
    expect(s.seen).toEqual({ conditions: [], stages: [] });
    expect(s.visit?.conditions).toEqual(FULL.conditions);
    expect(s.notice).toBeNull();
  });

  it('a link with no valid marks leaves an empty chart, never the one kept here, and says why', async () => {
    const { store, openVisitFromLocation } = await loadWith(`#${signed('visit=1&m=99z99')}`);
    store.getState().addMark({ region: 'sole-left', point: null });
    openVisitFromLocation();
    expect(store.getState().chart).toEqual([]);
    expect(store.getState().notice).toContain("We couldn't read 1 of the marks on the pain chart.");
  });

  it('an address without a visit link changes nothing', async () => {
    const { store, openVisitFromLocation } = await loadWith('#panel');
    store.getState().addMark({ region: 'sole-left', point: null });
    expect(openVisitFromLocation()).toBe(false);
    expect(store.getState().chart).toHaveLength(1);
    expect(store.getState().visit).toBeNull();
  });

  it('records the conditions and pain-cycle steps shown, and the next link holds them and the one on show', async () => {
    const { store, startTakeHome, currentTakeHome } = await loadWith('');
    const stop = startTakeHome();
    store.getState().selectCondition('tennis-elbow');
    store.getState().selectCondition('headaches');
    store.getState().selectCondition('tennis-elbow');
    store.setState({ cycleStage: 'nerve-root' });
    store.setState({ cycleStage: null });
    store.setState({ conditionId: 'jaw-pain' });
    expect(store.getState().seen).toEqual({
      conditions: ['tennis-elbow', 'headaches', 'jaw-pain'],
      stages: ['nerve-root'],
    });
    expect(currentTakeHome(store.getState()).conditions).toEqual(['tennis-elbow', 'headaches', 'jaw-pain']);
    // "End consultation" forgets them.
    store.getState().endConsultation();
    expect(currentTakeHome(store.getState())).toMatchObject({
      conditions: ['jaw-pain'],
      stages: [],
      chart: [],
    });
    stop();
  });

  it("a visit's own page records nothing: its link holds what it holds", async () => {
    const { store, startTakeHome } = await loadWith(`#${signed('visit=1&c=jaw-pain')}`);
    const stop = startTakeHome();
    store.getState().selectCondition('tennis-elbow');
    expect(store.getState().seen.conditions).toEqual([]);
    stop();
  });
});

import { describe, expect, it } from 'vitest';
import {
  acupointLabel,
  type ConditionComparison,
  imsSiteLabel,
  markerList,
  meridianNames,
  meridianPaths,
  placeMarkers,
} from '../../src/scene/needling/compareMarkers';
import { type NeedlingData, parseNeedlingData } from '../../src/scene/needling/needlingData';
import { useAppStore } from '../../src/state/store';

// The pure part of "Compare with acupuncture": from a condition's comparison and the placed
// points, the list of twins and the markers on the body. Small made-up inputs: the real content
// and needling.json are checked against each other in their own tests.

const comparison: ConditionComparison = {
  conditionId: 'tennis-elbow',
  summary: 'A test summary.',
  imsSites: [
    { id: 'forearm-extensors', name: 'Forearm muscles near the elbow' },
    { id: 'paraspinal-C5', name: 'Beside the spine at C5' },
  ],
  imsNotes: [],
  acupointNotes: [],
  acupoints: [
    {
      code: 'LI4',
      name: 'Hegu',
      meridian: { code: 'LI', name: 'Large Intestine' },
      where: 'On the back of the hand.',
      far: true,
    },
    {
      code: 'LI11',
      name: 'Quchi',
      meridian: { code: 'LI', name: 'Large Intestine' },
      where: 'At the outer end of the elbow crease.',
      far: false,
    },
    {
      code: 'GB34',
      name: 'Yanglingquan',
      meridian: { code: 'GB', name: 'Gallbladder' },
      where: 'Below the knee.',
      far: true,
    },
    {
      code: 'EX-LE2',
      name: 'Heding',
      meridian: null,
      where: 'Just above the middle of the kneecap.',
      far: false,
    },
  ],
};

const spot = (side: 'left' | 'right' | 'middle', x: number) => ({
  side,
  position: [x, 1, 0.1] as const,
  normal: [0, 0, 1] as const,
});

const data: NeedlingData = {
  points: {
    LI4: [spot('left', 0.4), spot('right', -0.4)],
    LI11: [spot('left', 0.3), spot('right', -0.3)],
    GB34: [spot('left', 0.1), spot('right', -0.1)],
  },
  meridians: {
    LI: [
      {
        side: 'left',
        path: [
          [0.4, 1, 0],
          [0.3, 1.2, 0],
        ],
      },
      {
        side: 'right',
        path: [
          [-0.4, 1, 0],
          [-0.3, 1.2, 0],
        ],
      },
    ],
    GB: [
      {
        side: 'left',
        path: [
          [0.1, 0.5, 0],
          [0.1, 0.8, 0],
        ],
      },
    ],
    ST: [
      {
        side: 'left',
        path: [
          [0, 0, 0],
          [0, 1, 0],
        ],
      },
    ],
  },
  imsSites: {
    'forearm-extensors': [spot('left', 0.35), spot('right', -0.35)],
    'paraspinal-C5': [spot('left', 0.02), spot('right', -0.02)],
  },
};

describe('marker labels', () => {
  it('names an acupuncture point by code, name, line and place', () => {
    expect(acupointLabel(comparison.acupoints[0] as ConditionComparison['acupoints'][number])).toBe(
      'LI4 Hegu — acupuncture point on the Large Intestine line — on the back of the hand (far from the pain)',
    );
  });
  it('says when a point is an extra point, on no line', () => {
    expect(acupointLabel(comparison.acupoints[3] as ConditionComparison['acupoints'][number])).toMatch(
      /^EX-LE2 Heding — acupuncture point \(an extra point, not on a line\) — just above the middle of the kneecap$/,
    );
  });
  it('names an IMS site by what and where it is', () => {
    expect(imsSiteLabel({ id: 'paraspinal-C5', name: 'Beside the spine at C5' })).toBe(
      'Beside the spine at C5 — IMS site',
    );
  });
});

describe('markerList', () => {
  it('lists IMS sites first, then the points, each once with a unique key', () => {
    const list = markerList(comparison);
    expect(list.map((m) => m.key)).toEqual([
      'ims:forearm-extensors',
      'ims:paraspinal-C5',
      'acupoint:LI4',
      'acupoint:LI11',
      'acupoint:GB34',
      'acupoint:EX-LE2',
    ]);
    expect(new Set(list.map((m) => m.key)).size).toBe(list.length);
  });
});

describe('placeMarkers', () => {
  it('puts a marker on each side a point or site has, in list order', () => {
    const placed = placeMarkers(markerList(comparison), data);
    expect(placed.map((m) => `${m.key}/${m.side}`)).toEqual([
      'ims:forearm-extensors/left',
      'ims:forearm-extensors/right',
      'ims:paraspinal-C5/left',
      'ims:paraspinal-C5/right',
      'acupoint:LI4/left',
      'acupoint:LI4/right',
      'acupoint:LI11/left',
      'acupoint:LI11/right',
      'acupoint:GB34/left',
      'acupoint:GB34/right',
    ]);
    expect(placed[4]?.position).toEqual([0.4, 1, 0.1]);
  });
  it('leaves out what the file does not have, rather than guessing a place', () => {
    const placed = placeMarkers(markerList(comparison), data);
    expect(placed.some((m) => m.key === 'acupoint:EX-LE2')).toBe(false);
  });
});

describe('meridian lines', () => {
  it('draws only the lines the points lie on, every side of each', () => {
    const paths = meridianPaths(comparison, data);
    expect(paths).toHaveLength(3);
    expect(paths.every((p) => p.path.length === 2)).toBe(true);
    expect(meridianNames(comparison)).toEqual(['Large Intestine', 'Gallbladder']);
  });
});

describe('parseNeedlingData', () => {
  it('accepts the generator format', () => {
    expect(parseNeedlingData(JSON.parse(JSON.stringify(data)))).toEqual(data);
  });
  it.each([
    ['not an object', 42],
    ['no sites', { points: {}, meridians: {} }],
    ['a bad side', { points: { LI4: [{ ...spot('left', 0), side: 'top' }] }, meridians: {}, imsSites: {} }],
    [
      'a short vector',
      { points: { LI4: [{ ...spot('left', 0), normal: [0, 1] }] }, meridians: {}, imsSites: {} },
    ],
    ['a path that is no list', { points: {}, meridians: { LI: [{ side: 'left', path: 3 }] }, imsSites: {} }],
    [
      'a number that is not finite',
      { points: {}, meridians: { LI: [{ side: 'left', path: [[0, null, 1]] }] }, imsSites: {} },
    ],
  ])('refuses a file with %s', (_what, json) => {
    expect(parseNeedlingData(json)).toBeNull();
  });
});

describe('the comparison in the store', () => {
  it('turns on only with a condition, frames the markers, and is reset by a new choice', () => {
    const store = useAppStore.getState;
    store().selectRegion(null);
    store().setCompare(true);
    expect(store().compare).toBe(false);

    store().selectCondition('tennis-elbow');
    store().setCompare(true);
    expect(store().compare).toBe(true);
    expect(store().focusRequest).toMatchObject({ markers: true });

    // A view button keeps the markers in the frame.
    store().setView('back');
    expect(store().focusRequest).toMatchObject({ markers: true, view: 'back' });

    store().hoverMarker('acupoint:LI4');
    store().setCompare(false);
    expect(store().compare).toBe(false);
    expect(store().hoveredMarker).toBeNull();
    expect(store().focusRequest?.markers).toBeUndefined();

    store().setCompare(true);
    store().selectCondition('plantar-fasciitis');
    expect(store().compare).toBe(false);
  });

  it('opens from a link with the comparison on, and the link without it turns it off', () => {
    const store = useAppStore.getState;
    store().applyUrlState({
      regionId: null,
      conditionId: 'tennis-elbow',
      view: null,
      cycleStage: null,
      compare: true,
    });
    expect(store().compare).toBe(true);
    expect(store().focusRequest).toMatchObject({ markers: true, regionIds: expect.any(Array) });
    store().applyUrlState({ regionId: null, conditionId: 'tennis-elbow', view: null, cycleStage: null });
    expect(store().compare).toBe(false);
  });

  it('turns the camera to one marker from its twin', () => {
    const store = useAppStore.getState;
    store().selectCondition('tennis-elbow');
    store().showMarker('acupoint:LI4');
    expect(store().focusRequest?.marker).toBeUndefined();
    store().setCompare(true);
    store().showMarker('acupoint:LI4');
    expect(store().focusRequest).toMatchObject({ marker: 'acupoint:LI4', regionIds: [] });
  });
});

describe('every condition, against the committed needling.json', () => {
  it('has a comparison whose every marker is on the body and whose points lie on drawn lines', async () => {
    const { readFileSync } = await import('node:fs');
    const { CONDITIONS } = await import('../../src/content/conditions');
    const { comparisonFor } = await import('../../src/scene/needling/comparisonContent');
    const needling = parseNeedlingData(JSON.parse(readFileSync('public/models/needling.json', 'utf8')));
    expect(needling).not.toBeNull();
    if (!needling) return;
    for (const condition of CONDITIONS) {
      const comparison = comparisonFor(condition.id);
      expect(comparison, condition.id).toBeDefined();
      if (!comparison) continue;
      expect(comparison.summary.length, condition.id).toBeGreaterThan(20);
      const list = markerList(comparison);
      const placed = placeMarkers(list, needling);
      for (const marker of list) {
        expect(
          placed.some((m) => m.key === marker.key),
          `${condition.id}: ${marker.key} on the body`,
        ).toBe(true);
      }
      expect(list.filter((m) => m.kind === 'ims').length, condition.id).toBeGreaterThan(0);
      for (const code of new Set(
        comparison.acupoints.flatMap((p) => (p.meridian ? [p.meridian.code] : [])),
      )) {
        expect(needling.meridians[code]?.length ?? 0, `${condition.id}: line ${code}`).toBeGreaterThan(0);
      }
    }
  });
});

import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useState } from 'react';
import { type BufferGeometry, CatmullRomCurve3, MeshBasicMaterial, TubeGeometry, Vector3 } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { useAppStore } from '../../state/store';
import {
  type ConditionComparison,
  markerList,
  meridianPaths,
  type PlacedMarker,
  placeMarkers,
} from './compareMarkers';
import { installCompareTestHook } from './compareTestHook';
import { comparisonFor } from './comparisonContent';
import { MarkerLabel, MarkerSet } from './MarkerSet';
import { MARKER_COLOURS } from './markerStyle';
import type { MeridianPath, NeedlingData } from './needlingData';
import { useNeedlingStore } from './needlingStore';

// The comparison on the body: IMS sites as orange diamonds, acupuncture points as teal beads, and
// the meridian lines those points lie on as thin teal tubes over the skin. Few draw calls: one
// instanced mesh per kind, one merged mesh for every line, and a faint second pass per kind that
// shows the markers the body hides (so one view tells where everything is).

const LINE_RADIUS = 0.0019;

function lineGeometry(paths: readonly MeridianPath[]): BufferGeometry | null {
  const tubes = paths
    .filter((p) => p.path.length >= 2)
    .map((p) => {
      const curve = new CatmullRomCurve3(p.path.map((v) => new Vector3(...v)));
      return new TubeGeometry(curve, Math.max(8, p.path.length * 2), LINE_RADIUS, 5, false);
    });
  if (tubes.length === 0) return null;
  const merged = mergeGeometries(tubes);
  for (const tube of tubes) tube.dispose();
  return merged;
}

function MeridianLines({ paths }: { paths: readonly MeridianPath[] }) {
  const geometry = useMemo(() => lineGeometry(paths), [paths]);
  const material = useMemo(() => new MeshBasicMaterial({ color: MARKER_COLOURS.meridian }), []);
  useEffect(() => () => geometry?.dispose(), [geometry]);
  useEffect(() => () => material.dispose(), [material]);
  if (!geometry) return null;
  // Lines are not picked: the points on them are.
  return <mesh name="compare-meridians" geometry={geometry} material={material} raycast={() => null} />;
}

function ComparisonOnBody({ comparison, data }: { comparison: ConditionComparison; data: NeedlingData }) {
  const hovered = useAppStore((s) => s.hoveredMarker);
  const [pointed, setPointed] = useState<PlacedMarker | null>(null);
  const get = useThree((s) => s.get);
  const invalidate = useThree((s) => s.invalidate);
  const { all, ims, acupoints, labels, paths } = useMemo(() => {
    const list = markerList(comparison);
    const all = placeMarkers(list, data);
    return {
      all,
      ims: all.filter((m) => m.kind === 'ims'),
      acupoints: all.filter((m) => m.kind === 'acupoint'),
      labels: new Map(list.map((m) => [m.key, m.label])),
      paths: meridianPaths(comparison, data),
    };
  }, [comparison, data]);

  useEffect(() => {
    invalidate();
    return () => {
      invalidate();
      useAppStore.getState().hoverMarker(null);
    };
  }, [invalidate]);
  useEffect(() => {
    if (!__TEST_HOOK__) return;
    return installCompareTestHook(get, all);
  }, [get, all]);

  return (
    <group name="comparison">
      <MeridianLines paths={paths} />
      <MarkerSet kind="ims" name="compare-ims" markers={ims} hovered={hovered} onPoint={setPointed} />
      <MarkerSet
        kind="acupoint"
        name="compare-acupoint"
        markers={acupoints}
        hovered={hovered}
        onPoint={setPointed}
      />
      <MarkerLabel markers={all} labels={labels} hovered={hovered} pointed={pointed} />
    </group>
  );
}

/** Draws the comparison while it is on and its data has arrived; nothing otherwise. */
export function CompareLayer() {
  const compare = useAppStore((s) => s.compare);
  const conditionId = useAppStore((s) => s.conditionId);
  const data = useNeedlingStore((s) => s.data);
  const comparison = compare && conditionId ? comparisonFor(conditionId) : undefined;
  if (!comparison || !data) return null;
  return <ComparisonOnBody comparison={comparison} data={data} />;
}

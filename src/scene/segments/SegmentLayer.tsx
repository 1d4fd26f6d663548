import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { Vector3 } from 'three';
import { levelAtVertex, mergeBands } from '../../consult/chart/markLevels';
import type { ImsSiteId } from '../../content/imsSites';
import { levelOfBone, SPINAL_LEVELS, type SpinalLevel } from '../../content/segments';
import type { DeepLayer } from '../../state/anatomySlice';
import { isSpinalLevel, type SegmentView } from '../../state/segmentSlice';
import { useAppStore } from '../../state/store';
import type { SurfaceSample } from '../bestView';
import { chartBridge } from '../chart/chartBridge';
import { layerRegistry } from '../layers/layerRegistry';
import {
  imsSiteLabel,
  type MarkerInfo,
  markerKey,
  type PlacedMarker,
  placeMarkers,
} from '../needling/compareMarkers';
import { imsSiteEntry } from '../needling/comparisonContent';
import { MarkerLabel, MarkerSet } from '../needling/MarkerSet';
import type { NeedlingData } from '../needling/needlingData';
import { useNeedlingStore } from '../needling/needlingStore';
import type { RegionSkin } from '../skin/regionSkin';
import type { SkinLook, SkinZone } from '../skin/skinLook';
import { t } from '../words';
import { CranialNerveLabel, LevelLabels } from './LevelLabels';
import { anchorsFromPoints, anchorsFromSkeleton, type LevelAnchors } from './levelAnchors';
import { segmentBridge } from './segmentBridge';
import { segmentFraming } from './segmentFraming';
import { type SegmentScene, segmentScene } from './segmentScene';
import { loadSegments, type SegmentsData } from './segmentsData';

// The segmental view on the body (a lazy chunk, fetched the first time the view opens): the
// spotlight on the layers (segmentScene.ts, applied by the layers through segmentBridge), the
// level labels beside the spine, the needle sites as the comparison's orange diamonds, the
// camera's framing of spine and limb together, the chosen level's dermatome on the skin, and a
// click on a vertebra choosing its level. Nothing is drawn while the view is closed.

/** The needle sites beside the spine lie a level (about 2 cm in the neck) apart: smaller diamonds. */
const MARKER_SCALE = 0.6;

/** Each store view's scene, worked out once (the framing asks for it on every request). */
const scenes = new WeakMap<SegmentView, SegmentScene>();
function sceneOf(view: SegmentView): SegmentScene {
  let scene = scenes.get(view);
  if (!scene) {
    scene = segmentScene(view);
    scenes.set(view, scene);
  }
  return scene;
}

function markerListOf(sites: readonly ImsSiteId[]): MarkerInfo[] {
  return sites.map((id) => {
    const entry = imsSiteEntry(id);
    return { key: markerKey('ims', id), kind: 'ims', id, label: imsSiteLabel(entry) };
  });
}

const samplesOf = (markers: readonly PlacedMarker[]): SurfaceSample[] =>
  markers.map((m) => ({ point: new Vector3(...m.position), normal: new Vector3(...m.normal) }));

/** What the framing needs besides the store: the skin and segments.json (set while mounted). */
const context: { skin: RegionSkin | null; levelData: SegmentsData | null | undefined } = {
  skin: null,
  levelData: undefined,
};

/** How many points of a skin band the framing rates views by. */
const BAND_SAMPLES = 64;

/** Spread points of a level's skin band (its full-strength vertices), with the way each faces. */
function bandSamples(skin: RegionSkin, zone: SkinZone): SurfaceSample[] {
  const inside = zone.idx.filter((_, i) => (zone.val[i] ?? 0) === 255);
  const geometry = skin.mesh.geometry;
  const positions = geometry.getAttribute('position');
  const normals = geometry.getAttribute('normal');
  skin.mesh.updateWorldMatrix(true, false);
  const step = Math.max(1, Math.floor(inside.length / BAND_SAMPLES));
  const samples: SurfaceSample[] = [];
  for (let i = 0; i < inside.length; i += step) {
    const vertex = inside[i] ?? 0;
    samples.push({
      point: new Vector3().fromBufferAttribute(positions, vertex).applyMatrix4(skin.mesh.matrixWorld),
      normal: new Vector3().fromBufferAttribute(normals, vertex).transformDirection(skin.mesh.matrixWorld),
    });
  }
  return samples;
}

/** The framing of the view the store has open now (the camera asks on each segmentFocus). */
function currentFraming() {
  const view = useAppStore.getState().segments;
  if (!view) return null;
  const scene = sceneOf(view);
  // A chosen level's band decides the side it is seen from: wait for segments.json (or its failure).
  if (scene.dermatome && context.levelData === undefined) return null;
  const data = useNeedlingStore.getState().data;
  const markers = data ? placeMarkers(markerListOf(scene.needleSites), data) : [];
  const zone = scene.dermatome ? context.levelData?.dermatomes.get(scene.dermatome) : undefined;
  const band =
    scene.dermatome && zone && context.skin
      ? { level: scene.dermatome, samples: bandSamples(context.skin, zone) }
      : null;
  return segmentFraming({ parts: scene.focus, markers: samplesOf(markers), band });
}

/** A click on a vertebra or the sacrum chooses its level. */
function takeVertebra(part: { layer: string; id: string }): boolean {
  const level = part.layer === 'skeleton' ? levelOfBone(part.id) : null;
  if (!level) return false;
  useAppStore.getState().chooseLevel(level);
  return true;
}

/** segments.json, fetched once (a missing or unfitting file: no dermatomes, labels from the bones). */
let levelData: Promise<SegmentsData | null> | null = null;

/** The file's data; undefined while it is on its way, null when it did not come. */
function useLevelData(skinVertices: number): SegmentsData | null | undefined {
  const [data, setData] = useState<SegmentsData | null | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    levelData ??= loadSegments(skinVertices);
    void levelData.then((loaded) => {
      if (alive) setData(loaded);
    });
    return () => {
      alive = false;
    };
  }, [skinVertices]);
  return data;
}

/**
 * Where the labels hang: the generator's label places; until they arrive (or if the file is
 * missing), the skeleton layer's vertebrae once that layer is here.
 */
function useAnchors(levels: readonly SpinalLevel[], data: SegmentsData | null): LevelAnchors {
  const [skeleton, setSkeleton] = useState(() => layerRegistry.get('skeleton')?.skin ?? null);
  useEffect(
    () =>
      layerRegistry.subscribe(() => {
        setSkeleton(layerRegistry.get('skeleton')?.skin ?? null);
      }),
    [],
  );
  return useMemo(() => {
    if (data) return anchorsFromPoints(data.levels);
    return skeleton ? anchorsFromSkeleton(skeleton, levels) : new Map();
  }, [data, skeleton, levels]);
}

/** The middle of each side's copy of a part (left, right), once its layer has arrived. */
function useSideCentres(layer: DeepLayer, id: string | null): Vector3[] {
  const [skin, setSkin] = useState(() => layerRegistry.get(layer)?.skin ?? null);
  useEffect(() => layerRegistry.subscribe(() => setSkin(layerRegistry.get(layer)?.skin ?? null)), [layer]);
  return useMemo(() => {
    if (!skin || !id) return [];
    const tris = skin.triangles(id);
    const sums = [new Vector3(), new Vector3()];
    const counts = [0, 0];
    const corner = new Vector3();
    for (let i = 0; i + 3 <= tris.length; i += 3) {
      corner.fromArray(tris, i);
      const side = corner.x >= 0 ? 0 : 1;
      sums[side]?.add(corner);
      counts[side] = (counts[side] ?? 0) + 1;
    }
    return sums.flatMap((sum, side) => (counts[side] ? [sum.divideScalar(counts[side] ?? 1)] : []));
  }, [skin, id]);
}

function NeedleSites({ markers, labels }: { markers: PlacedMarker[]; labels: ReadonlyMap<string, string> }) {
  const hovered = useAppStore((s) => s.hoveredMarker);
  const [pointed, setPointed] = useState<PlacedMarker | null>(null);
  useEffect(() => () => useAppStore.getState().hoverMarker(null), []);
  if (markers.length === 0) return null;
  return (
    <>
      <MarkerSet
        kind="ims"
        name="segment-ims"
        markers={markers}
        hovered={hovered}
        onPoint={setPointed}
        scale={MARKER_SCALE}
      />
      <MarkerLabel markers={markers} labels={labels} hovered={hovered} pointed={pointed} />
    </>
  );
}

function OpenView({
  view,
  data,
  levelData,
}: {
  view: SegmentView;
  data: NeedlingData | null;
  levelData: SegmentsData | null;
}) {
  const invalidate = useThree((s) => s.invalidate);
  const scene = sceneOf(view);
  const anchors = useAnchors(scene.labelLevels, levelData);
  const cranialSides = useSideCentres('nerves', scene.cranialNerve);
  const shownLevels = useRef<SpinalLevel[]>([]);

  const { markers, labels } = useMemo(() => {
    const list = markerListOf(scene.needleSites);
    return {
      markers: data ? placeMarkers(list, data) : [],
      labels: new Map(list.map((m) => [m.key, m.label])),
    };
  }, [scene, data]);

  // The layers' spotlight, and (when the needle sites arrive) a second framing that includes them.
  useEffect(() => {
    segmentBridge.set({ spotlight: scene.spotlight });
    invalidate();
  }, [scene, invalidate]);

  // The pain chart laid over the bands: each mark's level (the band strongest at its nearest skin
  // vertex), for the panel's words and the test hook.
  const overlay = useAppStore((s) => s.chartOverlay && s.chart.length > 0);
  const places = useSyncExternalStore(chartBridge.subscribe, () => chartBridge.get().places);
  const markLevels = useMemo(() => {
    if (!overlay || !levelData) return null;
    return new Map(places.map((p) => [p.id, levelAtVertex(levelData.dermatomes, p.vertex)]));
  }, [overlay, levelData, places]);
  useEffect(() => {
    chartBridge.set({ levels: markLevels });
  }, [markLevels]);
  useEffect(() => () => chartBridge.set({ levels: null }), []);

  // The chosen level's skin band (the layers' glow paints it, a chosen muscle's referral first);
  // with the chart laid over, the bands of the levels its marks fall in as well.
  useEffect(() => {
    const levels = SPINAL_LEVELS.filter(
      (l) => l === scene.dermatome || [...(markLevels?.values() ?? [])].includes(l),
    );
    const zones = levels.flatMap((l) => {
      const zone = levelData?.dermatomes.get(l);
      return zone ? [zone] : [];
    });
    const zone = zones.length === 1 ? zones[0] : zones.length > 1 ? mergeBands(zones) : undefined;
    segmentBridge.set({ dermatome: zone ? { level: levels.join('+'), zone } : null });
    invalidate();
  }, [scene, levelData, markLevels, invalidate]);

  useEffect(() => {
    segmentBridge.set({
      report: {
        litLevels: shownLevels.current,
        markers: markers.length,
        labelScreen: (level) => {
          const el = document.querySelector<HTMLElement>(`.level-label[data-level="${level}"]`);
          if (el?.style.visibility !== 'visible') return null;
          const box = el.getBoundingClientRect();
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        },
        keyPoints: (level) => (isSpinalLevel(level) ? (levelData?.keyPoints.get(level) ?? []) : []),
      },
    });
  }, [markers, levelData]);

  return (
    <>
      <LevelLabels
        levels={scene.labelLevels}
        anchors={anchors}
        chosen={scene.chosen}
        onShown={(levels) => {
          shownLevels.current = levels;
          const report = segmentBridge.report;
          if (report) report.litLevels = levels;
        }}
      />
      <NeedleSites markers={markers} labels={labels} />
      {scene.cranialNerve && <CranialNerveLabel sides={cranialSides} text={t('scene.jawNerve')} />}
    </>
  );
}

/** The segmental view's scene: mounted once its chunk has arrived, drawing only while the view is open. */
export default function SegmentLayer({ skin, skinLook }: { skin: RegionSkin; skinLook: SkinLook }) {
  const view = useAppStore((s) => s.segments);
  const data = useNeedlingStore((s) => s.data);
  const open = view !== null;
  const levelData = useLevelData(skinLook.glow.count);
  context.skin = skin;
  context.levelData = levelData;

  // While open: the needle sites' file, the camera's framing and the click on a vertebra.
  // The file's arrival may complete what the camera waits for.
  useEffect(() => {
    if (levelData !== undefined) segmentBridge.set({});
  }, [levelData]);

  useEffect(() => {
    if (!open) return;
    void useNeedlingStore.getState().load();
    segmentBridge.set({ framing: currentFraming, partClick: takeVertebra });
    return () =>
      segmentBridge.set({ spotlight: null, framing: null, partClick: null, report: null, dermatome: null });
  }, [open]);

  if (!view) return null;
  return <OpenView view={view} data={data} levelData={levelData ?? null} />;
}

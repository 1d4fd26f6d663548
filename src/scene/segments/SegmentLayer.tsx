import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Vector3 } from 'three';
import type { ImsSiteId } from '../../content/imsSites';
import { levelOfBone, type SpinalLevel } from '../../content/segments';
import type { SegmentView } from '../../state/segmentSlice';
import { useAppStore } from '../../state/store';
import type { SurfaceSample } from '../bestView';
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
import type { SkinLook } from '../skin/skinLook';
import { LevelLabels } from './LevelLabels';
import { anchorsFromSkeleton, type LevelAnchors } from './levelAnchors';
import { segmentBridge } from './segmentBridge';
import { segmentFraming } from './segmentFraming';
import { type SegmentScene, segmentScene } from './segmentScene';

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

/** The framing of the view the store has open now (the camera asks on each segmentFocus). */
function currentFraming() {
  const view = useAppStore.getState().segments;
  if (!view) return null;
  const scene = sceneOf(view);
  const data = useNeedlingStore.getState().data;
  const markers = data ? placeMarkers(markerListOf(scene.needleSites), data) : [];
  return segmentFraming(scene.focus, samplesOf(markers));
}

/** A click on a vertebra or the sacrum chooses its level. */
function takeVertebra(part: { layer: string; id: string }): boolean {
  const level = part.layer === 'skeleton' ? levelOfBone(part.id) : null;
  if (!level) return false;
  useAppStore.getState().chooseLevel(level);
  return true;
}

/** The skeleton layer's vertebrae as label anchors, once the layer has arrived. */
function useSkeletonAnchors(levels: readonly SpinalLevel[]): LevelAnchors {
  const [skeleton, setSkeleton] = useState(() => layerRegistry.get('skeleton')?.skin ?? null);
  useEffect(
    () =>
      layerRegistry.subscribe(() => {
        setSkeleton(layerRegistry.get('skeleton')?.skin ?? null);
      }),
    [],
  );
  return useMemo(() => (skeleton ? anchorsFromSkeleton(skeleton, levels) : new Map()), [skeleton, levels]);
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

function OpenView({ view, data }: { view: SegmentView; data: NeedlingData | null }) {
  const invalidate = useThree((s) => s.invalidate);
  const scene = sceneOf(view);
  const anchors = useSkeletonAnchors(scene.labelLevels);
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
        keyPoints: () => [],
      },
    });
  }, [markers]);

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
    </>
  );
}

/** The segmental view's scene: mounted once its chunk has arrived, drawing only while the view is open. */
export default function SegmentLayer({ skinLook }: { skinLook: SkinLook }) {
  const view = useAppStore((s) => s.segments);
  const data = useNeedlingStore((s) => s.data);
  const open = view !== null;
  void skinLook;

  // While open: the needle sites' file, the camera's framing and the click on a vertebra.
  useEffect(() => {
    if (!open) return;
    void useNeedlingStore.getState().load();
    segmentBridge.set({ framing: currentFraming, partClick: takeVertebra });
    return () =>
      segmentBridge.set({ spotlight: null, framing: null, partClick: null, report: null, dermatome: null });
  }, [open]);

  if (!view) return null;
  return <OpenView view={view} data={data} />;
}

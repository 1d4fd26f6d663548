import { Html } from '@react-three/drei';
import { type ThreeEvent, useFrame, useThree } from '@react-three/fiber';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  type BufferGeometry,
  CatmullRomCurve3,
  Color,
  GreaterDepth,
  type InstancedMesh,
  Matrix4,
  MeshBasicMaterial,
  MeshMatcapMaterial,
  OctahedronGeometry,
  Quaternion,
  SphereGeometry,
  TubeGeometry,
  Vector3,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { useAppStore } from '../../state/store';
import { createStudioMatcap } from '../skin/matcap';
import {
  type ConditionComparison,
  type MarkerKind,
  markerList,
  meridianPaths,
  type PlacedMarker,
  placeMarkers,
} from './compareMarkers';
import { installCompareTestHook } from './compareTestHook';
import { comparisonFor } from './comparisonContent';
import { MARKER_COLOURS } from './markerStyle';
import type { MeridianPath, NeedlingData } from './needlingData';
import { useNeedlingStore } from './needlingStore';

// The comparison on the body: IMS sites as orange diamonds, acupuncture points as teal beads, and
// the meridian lines those points lie on as thin teal tubes over the skin. Few draw calls: one
// instanced mesh per kind, one merged mesh for every line, and a faint second pass per kind that
// shows the markers the body hides (so one view tells where everything is).

// Sizes in metres (the body is about 1.75 m tall).
const BEAD_RADIUS = 0.0095;
const DIAMOND_WIDTH = 0.011;
const DIAMOND_HEIGHT = 0.02;
// Markers sit a little out from the skin, so the skin never cuts through them.
const LIFT = 0.006;
const LINE_RADIUS = 0.0019;
const HOVER_SCALE = 1.4;
// Seen from further off, markers grow (up to a limit), so a whole-body view still shows them as
// dots of about the same size on screen: full size at this distance (metres) and nearer.
const FULL_SIZE_DISTANCE = 1.8;
const MAX_GROWTH = 2;
// Sizes move in steps, so a turn of the camera rewrites the few matrices only now and then.
const SIZE_STEP = 0.1;

/** How much a marker this far from the eye is enlarged. */
const growthAt = (distance: number) =>
  Math.round(Math.min(MAX_GROWTH, Math.max(1, distance / FULL_SIZE_DISTANCE)) / SIZE_STEP) * SIZE_STEP;

const UP = new Vector3(0, 1, 0);

function markerMatrix(marker: PlacedMarker, scale: number, out: Matrix4): Matrix4 {
  const normal = new Vector3(...marker.normal).normalize();
  const position = new Vector3(...marker.position).addScaledVector(normal, LIFT * scale);
  const turn = new Quaternion().setFromUnitVectors(UP, normal);
  return out.compose(position, turn, new Vector3(scale, scale, scale));
}

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

/** One kind of marker: a solid pass (pickable) and a faint pass where the body hides it. */
function MarkerSet({
  kind,
  markers,
  hovered,
  onPoint,
}: {
  kind: MarkerKind;
  markers: PlacedMarker[];
  hovered: string | null;
  /** The marker copy under the pointer, so its name is drawn beside that copy. */
  onPoint: (marker: PlacedMarker | null) => void;
}) {
  const solid = useRef<InstancedMesh>(null);
  const ghost = useRef<InstancedMesh>(null);
  const invalidate = useThree((s) => s.invalidate);
  const { geometry, material, ghostMaterial } = useMemo(() => {
    const geometry =
      kind === 'ims'
        ? new OctahedronGeometry(1, 0).scale(DIAMOND_WIDTH, DIAMOND_HEIGHT, DIAMOND_WIDTH)
        : new SphereGeometry(BEAD_RADIUS, 16, 12);
    const { texture, scale } = createStudioMatcap(32);
    const material = new MeshMatcapMaterial({ matcap: texture, color: new Color(scale, scale, scale) });
    material.addEventListener('dispose', () => texture.dispose());
    const ghostMaterial = new MeshBasicMaterial({
      color: MARKER_COLOURS[kind],
      transparent: true,
      opacity: 0.5,
      depthWrite: false,
      // Only where the skin is in front: the hidden markers, seen faintly through the body.
      depthFunc: GreaterDepth,
    });
    return { geometry, material, ghostMaterial };
  }, [kind]);
  useEffect(
    () => () => {
      geometry.dispose();
      material.dispose();
      ghostMaterial.dispose();
    },
    [geometry, material, ghostMaterial],
  );

  // Each marker's size as last written (growth with distance, and the hover), to rewrite only on change.
  const sizes = useRef<number[]>([]);
  const camera = useThree((s) => s.camera);
  const layout = useCallback(
    (force: boolean) => {
      const mesh = solid.current;
      const faint = ghost.current;
      if (!mesh || !faint) return false;
      const eye = camera.getWorldPosition(new Vector3());
      const at = new Vector3();
      const next = markers.map(
        (marker) =>
          growthAt(eye.distanceTo(at.set(...marker.position))) * (marker.key === hovered ? HOVER_SCALE : 1),
      );
      if (!force && next.every((size, i) => size === sizes.current[i])) return false;
      sizes.current = next;
      const matrix = new Matrix4();
      next.forEach((size, i) => {
        const marker = markers[i];
        if (marker) mesh.setMatrixAt(i, markerMatrix(marker, size, matrix));
      });
      mesh.instanceMatrix.needsUpdate = true;
      mesh.computeBoundingSphere();
      // The faint pass draws the same instances.
      faint.instanceMatrix = mesh.instanceMatrix;
      faint.count = markers.length;
      return true;
    },
    [camera, markers, hovered],
  );
  useEffect(() => {
    const mesh = solid.current;
    if (!mesh) return;
    // One colour per kind; the marker named grows (a lighter shade read as a different kind).
    const colour = new Color(MARKER_COLOURS[kind]);
    markers.forEach((_, i) => {
      mesh.setColorAt(i, colour);
    });
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    layout(true);
    invalidate();
  }, [markers, kind, layout, invalidate]);
  // As the camera moves (it asks for the frames), sizes follow; a change needs one more frame.
  useFrame(() => {
    if (layout(false)) invalidate();
  });

  const markerOf = (event: ThreeEvent<PointerEvent | MouseEvent>) =>
    event.instanceId === undefined ? null : (markers[event.instanceId] ?? null);
  const onPointerMove = (event: ThreeEvent<PointerEvent>) => {
    event.stopPropagation();
    if (event.pointerType === 'touch') return;
    const marker = markerOf(event);
    const store = useAppStore.getState();
    if (store.hoveredRegionId) store.hoverRegion(null);
    onPoint(marker);
    store.hoverMarker(marker?.key ?? null);
  };
  // A tap or click names the marker (a finger has no hover) and does not select the skin below.
  const onClick = (event: ThreeEvent<MouseEvent>) => {
    event.stopPropagation();
    const marker = markerOf(event);
    onPoint(marker);
    useAppStore.getState().hoverMarker(marker?.key ?? null);
  };
  const onPointerOut = () => {
    const store = useAppStore.getState();
    onPoint(null);
    if (store.hoveredMarker?.startsWith(`${kind}:`)) store.hoverMarker(null);
  };

  return (
    <>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: 3D markers, not DOM; their DOM twins are buttons. */}
      <instancedMesh
        key={markers.length}
        ref={solid}
        name={`compare-${kind}`}
        args={[geometry, material, markers.length]}
        onPointerMove={onPointerMove}
        onPointerOut={onPointerOut}
        onClick={onClick}
      />
      <instancedMesh
        key={`ghost-${markers.length}`}
        ref={ghost}
        args={[geometry, ghostMaterial, markers.length]}
        renderOrder={2}
        raycast={() => null}
      />
    </>
  );
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

/** Of a marker's copies (left and right), the one that faces the camera best. */
function facingCopy(markers: readonly PlacedMarker[], key: string, eye: Vector3): PlacedMarker | null {
  let best: PlacedMarker | null = null;
  let bestFacing = Number.NEGATIVE_INFINITY;
  for (const marker of markers) {
    if (marker.key !== key) continue;
    const toEye = eye
      .clone()
      .sub(new Vector3(...marker.position))
      .normalize();
    const facing = toEye.dot(new Vector3(...marker.normal));
    if (facing > bestFacing) {
      bestFacing = facing;
      best = marker;
    }
  }
  return best;
}

/** The name of the marker in focus: beside the copy under the pointer, else the copy facing the camera. */
function MarkerLabel({
  markers,
  labels,
  hovered,
  pointed,
}: {
  markers: PlacedMarker[];
  labels: ReadonlyMap<string, string>;
  hovered: string | null;
  pointed: PlacedMarker | null;
}) {
  const camera = useThree((s) => s.camera);
  if (!hovered) return null;
  const best =
    pointed?.key === hovered ? pointed : facingCopy(markers, hovered, camera.getWorldPosition(new Vector3()));
  const label = labels.get(hovered);
  if (!best || !label) return null;
  // Right of the marker, or left of it in the right part of the view, so it stays on the canvas.
  const onRight = new Vector3(...best.position).project(camera).x >= 0;
  return (
    <Html position={best.position as [number, number, number]} zIndexRange={[5, 0]} pointerEvents="none">
      <div className={onRight ? 'marker-label marker-label-left' : 'marker-label'} aria-hidden="true">
        {label}
      </div>
    </Html>
  );
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
      <MarkerSet kind="ims" markers={ims} hovered={hovered} onPoint={setPointed} />
      <MarkerSet kind="acupoint" markers={acupoints} hovered={hovered} onPoint={setPointed} />
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

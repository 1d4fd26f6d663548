import { Html } from '@react-three/drei';
import { type ThreeEvent, useFrame, useThree } from '@react-three/fiber';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import {
  Color,
  type InstancedMesh,
  Matrix4,
  OctahedronGeometry,
  Quaternion,
  SphereGeometry,
  Vector3,
} from 'three';
import { useAppStore } from '../../state/store';
import { growthAt, markerMaterials } from '../markerLook';
import type { MarkerKind, PlacedMarker } from './compareMarkers';
import { MARKER_COLOURS } from './markerStyle';

// Needle markers on the body, shared by the comparison with acupuncture (CompareLayer) and the
// segmental view (segments/SegmentLayer): one instanced mesh per kind (IMS: orange diamonds;
// acupuncture: teal beads) and a faint second pass that shows the markers the body hides; hover,
// a tap or a twin's focus names a marker beside it (MarkerLabel).

// Sizes in metres (the body is about 1.75 m tall).
const BEAD_RADIUS = 0.0095;
const DIAMOND_WIDTH = 0.011;
const DIAMOND_HEIGHT = 0.02;
// Markers sit a little out from the skin, so the skin never cuts through them.
const LIFT = 0.006;
const HOVER_SCALE = 1.4;
// Seen from further off, markers grow (up to a limit), so a whole-body view still shows them as
// dots of about the same size on screen: full size at this distance (metres) and nearer.
const FULL_SIZE_DISTANCE = 1.8;
const MAX_GROWTH = 2;

const UP = new Vector3(0, 1, 0);

function markerMatrix(marker: PlacedMarker, scale: number, out: Matrix4): Matrix4 {
  const normal = new Vector3(...marker.normal).normalize();
  const position = new Vector3(...marker.position).addScaledVector(normal, LIFT * scale);
  const turn = new Quaternion().setFromUnitVectors(UP, normal);
  return out.compose(position, turn, new Vector3(scale, scale, scale));
}

/** One kind of marker: a solid pass (pickable) and a faint pass where the body hides it. */
export function MarkerSet({
  kind,
  name,
  markers,
  hovered,
  onPoint,
  scale = 1,
}: {
  kind: MarkerKind;
  /** Size against the comparison's markers (the segmental view's sites lie close together). */
  scale?: number;
  /** The solid pass's object name (the test hooks find it by name). */
  name: string;
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
    const { material, ghostMaterial } = markerMaterials({ opacity: 0.5, color: MARKER_COLOURS[kind] });
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
          scale *
          growthAt(eye.distanceTo(at.set(...marker.position)), FULL_SIZE_DISTANCE, MAX_GROWTH) *
          (marker.key === hovered ? HOVER_SCALE : 1),
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
    [camera, markers, hovered, scale],
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
        name={name}
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
export function MarkerLabel({
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

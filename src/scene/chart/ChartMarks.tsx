import { type ThreeEvent, useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import {
  Color,
  type InstancedMesh,
  Matrix4,
  type Mesh,
  MeshBasicMaterial,
  Quaternion,
  SphereGeometry,
  TorusGeometry,
  Vector3,
} from 'three';
import { markWords } from '../../consult/chart/addMark';
import { PAIN_KIND_COLOURS } from '../../consult/chart/markStyle';
import type { PainMark } from '../../consult/types';
import { useAppStore } from '../../state/store';
import { growthAt, markerMaterials } from '../markerLook';
import type { RegionSkin } from '../skin/regionSkin';
import { t } from '../words';
import { chartBridge, type PlacedMark } from './chartBridge';
import { placeMarks } from './markPlaces';

// The pain chart on the body: each mark a soft flat bead on the skin, coloured by its kind and
// sized by its intensity, the chosen one ringed. One instanced mesh for all the marks, one faint
// pass that shows the marks the body hides (a mark on the back, seen from the front), one ring.
// Drawn whenever the chart has marks (also a take-home link's or the practitioner's screen's);
// a click on a mark chooses it only while the chart's panel is open.

// Sizes in metres (the body is about 1.75 m tall): a mark of intensity 0 and of 10.
const SMALLEST = 0.011;
const LARGEST = 0.022;
/** Flat: a bead pressed onto the skin. */
const FLATNESS = 0.35;
const LIFT = 0.004;
// Seen from further off, marks grow (up to a limit), so they stay easy to see on a whole body.
const FULL_SIZE_DISTANCE = 1.6;
const MAX_GROWTH = 2.2;
const RING_COLOUR = '#1c2630';

export const markRadius = (intensity: number) => SMALLEST + ((LARGEST - SMALLEST) * intensity) / 10;

const UP = new Vector3(0, 1, 0);
const FORWARD = new Vector3(0, 0, 1);

function markMatrix(place: PlacedMark, radius: number, axis: Vector3, flat: number, out: Matrix4) {
  const normal = new Vector3(...place.normal).normalize();
  const position = new Vector3(...place.position).addScaledVector(normal, LIFT + radius * flat * 0.5);
  const turn = new Quaternion().setFromUnitVectors(axis, normal);
  return out.compose(position, turn, new Vector3(radius, radius * flat, radius));
}

export function ChartMarks({ skin }: { skin: RegionSkin }) {
  const chart = useAppStore((s) => s.chart);
  const selected = useAppStore((s) => s.chartSelected);
  const invalidate = useThree((s) => s.invalidate);
  const camera = useThree((s) => s.camera);
  const solid = useRef<InstancedMesh>(null);
  const ghost = useRef<InstancedMesh>(null);
  const ring = useRef<Mesh>(null);

  const places = useMemo(() => placeMarks(skin, chart), [skin, chart]);
  const byId = useMemo(() => new Map(chart.map((m) => [m.id, m])), [chart]);
  useEffect(() => {
    chartBridge.set({ places });
  }, [places]);
  useEffect(() => () => chartBridge.set({ places: [] }), []);

  const { bead, ringGeometry, material, ghostMaterial, ringMaterial } = useMemo(() => {
    // The faint pass takes each mark's own colour (per instance).
    const { material, ghostMaterial } = markerMaterials({ opacity: 0.35 });
    return {
      bead: new SphereGeometry(1, 24, 12),
      ringGeometry: new TorusGeometry(1.45, 0.16, 8, 40),
      material,
      ghostMaterial,
      ringMaterial: new MeshBasicMaterial({ color: RING_COLOUR }),
    };
  }, []);
  useEffect(
    () => () => {
      for (const d of [bead, ringGeometry, material, ghostMaterial, ringMaterial]) d.dispose();
    },
    [bead, ringGeometry, material, ghostMaterial, ringMaterial],
  );

  // The growth with distance last written, to rewrite the matrices only when it changes.
  const growth = useRef(0);
  const layout = (force: boolean): boolean => {
    const mesh = solid.current;
    const faint = ghost.current;
    if (!mesh || !faint) return false;
    const grow = growthAt(camera.position.length(), FULL_SIZE_DISTANCE, MAX_GROWTH);
    if (!force && grow === growth.current) return false;
    growth.current = grow;
    const matrix = new Matrix4();
    places.forEach((place, i) => {
      const mark = byId.get(place.id);
      mesh.setMatrixAt(i, markMatrix(place, markRadius(mark?.intensity ?? 5) * grow, UP, FLATNESS, matrix));
    });
    mesh.instanceMatrix.needsUpdate = true;
    mesh.computeBoundingSphere();
    faint.instanceMatrix = mesh.instanceMatrix;
    faint.count = places.length;
    const chosen = places.find((p) => p.id === selected);
    const mark = chosen ? byId.get(chosen.id) : undefined;
    if (ring.current) {
      ring.current.visible = chosen !== undefined;
      if (chosen && mark)
        markMatrix(chosen, markRadius(mark.intensity) * grow, FORWARD, 1, matrix).decompose(
          ring.current.position,
          ring.current.quaternion,
          ring.current.scale,
        );
    }
    return true;
  };

  useEffect(() => {
    const mesh = solid.current;
    const faint = ghost.current;
    if (!mesh || !faint) return;
    const colour = new Color();
    places.forEach((place, i) => {
      const mark: PainMark | undefined = byId.get(place.id);
      colour.set(PAIN_KIND_COLOURS[mark?.kind ?? 'aching']);
      mesh.setColorAt(i, colour);
      faint.setColorAt(i, colour);
    });
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    if (faint.instanceColor) faint.instanceColor.needsUpdate = true;
    layout(true);
    invalidate();
  });
  useFrame(() => {
    if (layout(false)) invalidate();
  });

  // A click on a mark chooses it (and its list entry), not the skin beneath, while charting.
  const onClick = (event: ThreeEvent<MouseEvent>) => {
    const store = useAppStore.getState();
    if (!store.chartOpen || event.instanceId === undefined) return;
    const place = places[event.instanceId];
    if (!place) return;
    event.stopPropagation();
    store.selectMark(place.id);
    const mark = byId.get(place.id);
    if (mark) store.announce(t('scene.markChosen', { mark: markWords(mark) }));
  };

  if (places.length === 0) return null;
  return (
    <group name="chart-marks">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: 3D marks, not DOM; their DOM twins are the chart's list. */}
      <instancedMesh
        key={places.length}
        ref={solid}
        name="chart-marks-solid"
        args={[bead, material, places.length]}
        onClick={onClick}
        renderOrder={3}
      />
      <instancedMesh
        key={`ghost-${places.length}`}
        ref={ghost}
        args={[bead, ghostMaterial, places.length]}
        renderOrder={4}
        raycast={() => null}
      />
      <mesh ref={ring} geometry={ringGeometry} material={ringMaterial} visible={false} raycast={() => null} />
    </group>
  );
}

import type { RootState } from '@react-three/fiber';
import { type Material, type Mesh, Raycaster, Vector2, Vector3 } from 'three';
import type { RegionId } from '../content/regionIds';
import type { DeepLayer } from '../state/anatomySlice';
import { useAppStore } from '../state/store';
import { contextWaits } from './ContextWatch';
import { chartBridge } from './chart/chartBridge';
import { sampleRegions } from './framing';
import { layerRegistry } from './layers/layerRegistry';
import { regionAt } from './picking';
import { pickAlong, type ScenePick } from './scenePick';
import { segmentBridge } from './segments/segmentBridge';
import type { RegionSkin } from './skin/regionSkin';
import type { RegionStates } from './skin/regionStates';
import type { SkinLook } from './skin/skinLook';

// Only in e2e builds (__TEST_HOOK__): lets browser tests ask what pixels can't tell them.

export interface ImsTestHook {
  /** A point in page (client) pixels where a click lands on this region first, or null if hidden. */
  regionScreenPoint: (id: RegionId) => { x: number; y: number } | null;
  /**
   * The region's centre on the page (client pixels): the area-weighted centroid of its triangles
   * that face the camera, projected; null when none faces it or the centre is off the canvas.
   */
  regionCentre: (id: RegionId) => { x: number; y: number } | null;
  /** The region under a point on the page (client pixels), as a click there would find it. */
  regionAt: (x: number, y: number) => RegionId | null;
  /** Camera azimuth in radians (0 = in front of the person). */
  cameraAzimuth: () => number;
  /** Camera distance from the point it looks at, in metres. */
  cameraDistance: () => number;
  /** Camera polar angle in radians (0 = from straight above, π/2 = level, more = from below). */
  cameraPolar: () => number;
  /** How much of some regions' skin the camera shows now (see RegionVisibility). */
  regionVisibility: (ids: RegionId[]) => RegionVisibility;
  /** Draws one frame now and says how many draw calls it took, and how many drew the skin. */
  drawCalls: () => { total: number; skin: number; layers: Record<DeepLayer, number> };
  /** How far each of a region's looks has faded in (0–1): selected, highlighted, hovered. */
  regionLook: (id: RegionId) => { selected: number; highlighted: number; hovered: number };
  /** What a click at a page point takes (a skin region or a part beneath), as the scene decides. */
  partAt: (x: number, y: number) => ScenePick | null;
  /** A page point where a click takes this part, or null when none can (hidden, behind, off view). */
  partScreenPoint: (layer: DeepLayer, id: string) => { x: number; y: number } | null;
  /** The part's centre on the page (its camera-facing triangles' centroid, projected), or null. */
  partCentre: (layer: DeepLayer, id: string) => { x: number; y: number } | null;
  /** A part's looks (0–1): selected, highlighted, hovered, shown (1 shown, 0 hidden). */
  partLook: (
    layer: DeepLayer,
    id: string,
  ) => { selected: number; highlighted: number; hovered: number; shown: number } | null;
  /** Each deep layer: whether its file is loaded and whether it is drawn now. */
  layerState: () => Record<
    DeepLayer,
    {
      loaded: boolean;
      visible: boolean;
      triangles: number;
      lighterWhileTurning: boolean;
      lighterTriangles: number;
    }
  >;
  /** The skin as drawn: shown, its opacity, see-through (no depth writes). */
  skinState: () => { visible: boolean; opacity: number; seeThrough: boolean; glowing: boolean };
  /** The referred-pain glow (0–1) on the skin under a page point (whatever the pointer would take). */
  referralAt: (x: number, y: number) => number;
  /** The glow (0–1) under a page point, whatever it paints: a referral or a dermatome. */
  glowAt: (x: number, y: number) => number;
  /** The segmental view as drawn (see SegmentTestState). */
  segmentState: () => SegmentTestState;
  /** A level label's centre on the page, or null when it is not drawn. */
  levelLabelScreen: (level: string) => { x: number; y: number } | null;
  /**
   * The page points of a level's key sensory points (segments.json) that face the camera: the
   * first skin a ray from the camera meets there is the point's own.
   */
  keyPointScreen: (level: string) => { x: number; y: number }[];
  /** Where the glow's main zone shows on the page (its camera-facing vertices' centre), or null. */
  referralPoint: () => { x: number; y: number } | null;
  /**
   * The pain chart's marks as drawn: each mark's id, its place on the page (client pixels; null
   * when off the canvas), whether the body hides it, and its spinal level when the chart is laid
   * over the dermatome bands (undefined while it is not).
   */
  chartMarks: () => { id: number; x: number; y: number; hidden: boolean; level?: string | null }[];
  /** The app's store, for scene tests and the bench that drive it without the panel. */
  store: typeof useAppStore;
  /** Shortens the wait before a lost context is given up on and the flat map takes over. */
  setContextGiveUp: (ms: number) => void;
}

/** The segmental view as the scene draws it. */
export interface SegmentTestState {
  open: boolean;
  conditionId: string | null;
  level: string | null;
  /** The levels whose labels are drawn beside the spine, top to bottom. */
  litLevels: string[];
  /** Needle-site markers drawn (both sides counted). */
  markers: number;
  /** The level whose dermatome is painted on the skin, or null. */
  dermatome: string | null;
}

/** What the camera shows of some regions, from points spread evenly over their skin. */
export interface RegionVisibility {
  samples: number;
  /** Points that face the camera, lie in front of it and have no part of the body in front of them. */
  shown: number;
  /** Of those, the ones inside the window and not under a button or the panel. */
  visible: number;
  /** Page (client) pixels around the shown points, or null when none is shown. */
  box: { left: number; top: number; right: number; bottom: number } | null;
}

declare global {
  interface Window {
    __imsTest?: ImsTestHook;
  }
}

export function installTestHook(
  state: RootState,
  skin: RegionSkin,
  states: RegionStates,
  look: SkinLook,
): () => void {
  const point = new Vector3();

  /** A page point over these triangles where `hits` holds there and a few pixels around. */
  const screenPointOn = (tris: Float32Array, hits: (x: number, y: number) => boolean) => {
    if (tris.length === 0) return null;
    const { camera, gl } = state.get();
    camera.updateMatrixWorld();
    const rect = gl.domElement.getBoundingClientRect();

    // Candidate points: triangle centres, nearest the region's centre first.
    const centres: Vector3[] = [];
    for (let o = 0; o < tris.length; o += 18) {
      const c = new Vector3();
      for (let k = 0; k < 9; k += 3)
        c.add(point.set(tris[o + k] ?? 0, tris[o + k + 1] ?? 0, tris[o + k + 2] ?? 0));
      centres.push(c.divideScalar(3));
    }
    const middle = centres
      .reduce((sum, c) => sum.add(c), new Vector3())
      .divideScalar(Math.max(1, centres.length));
    centres.sort((a, b) => a.distanceTo(middle) - b.distanceTo(middle));

    for (const centre of centres.slice(0, 600)) {
      point.copy(centre).project(camera);
      if (Math.abs(point.x) > 0.95 || Math.abs(point.y) > 0.95 || point.z > 1) continue;
      const x = rect.left + ((point.x + 1) / 2) * rect.width;
      const y = rect.top + ((1 - point.y) / 2) * rect.height;
      // Well inside the region (a few pixels around hit it too), and not under a button or the
      // panel: a person could not click there either.
      const inside = [
        [0, 0],
        [3, 0],
        [-3, 0],
        [0, 3],
        [0, -3],
      ].every(([dx = 0, dy = 0]) => hits(x + dx, y + dy));
      if (inside && document.elementFromPoint(x, y) === gl.domElement) return { x, y };
    }
    return null;
  };

  const regionScreenPoint = (id: RegionId) =>
    screenPointOn(skin.triangles(id), (x, y) => regionAt(state.get(), skin, x, y) === id);

  /** The projected centroid of the triangles that face the camera. */
  const centreOf = (tris: Float32Array) => {
    const { camera } = state.get();
    camera.updateMatrixWorld();
    const eye = camera.getWorldPosition(new Vector3());
    const [a, b, c, area, toEye] = [
      new Vector3(),
      new Vector3(),
      new Vector3(),
      new Vector3(),
      new Vector3(),
    ];
    const sum = new Vector3();
    let total = 0;
    for (let o = 0; o + 9 <= tris.length; o += 9) {
      a.fromArray(tris, o);
      b.fromArray(tris, o + 3);
      c.fromArray(tris, o + 6);
      // Twice the area, along the outward normal (corners counter-clockwise).
      area.crossVectors(b.sub(a), c.sub(a));
      const centre = a.addScaledVector(b, 1 / 3).addScaledVector(c, 1 / 3);
      if (area.dot(toEye.subVectors(eye, centre)) <= 0) continue;
      const weight = area.length();
      sum.addScaledVector(centre, weight);
      total += weight;
    }
    if (total === 0) return null;
    return projectPoint(sum.divideScalar(total));
  };

  /** A world point on the page (client pixels), or null when off the canvas. */
  const projectPoint = (p: Vector3) => {
    const { camera, gl } = state.get();
    camera.updateMatrixWorld();
    point.copy(p).project(camera);
    if (Math.abs(point.x) > 1 || Math.abs(point.y) > 1 || point.z > 1) return null;
    const rect = gl.domElement.getBoundingClientRect();
    return {
      x: rect.left + ((point.x + 1) / 2) * rect.width,
      y: rect.top + ((1 - point.y) / 2) * rect.height,
    };
  };

  // The camera's offset from the point the controls look at.
  const offset = () => {
    const { camera, controls } = state.get();
    const target = (controls as { getTarget?: (v: Vector3) => Vector3 } | null)?.getTarget?.(new Vector3());
    return camera.position.clone().sub(target ?? new Vector3());
  };

  const raycaster = new Raycaster();
  raycaster.firstHitOnly = true;
  const toCamera = new Vector3();
  const regionVisibility = (ids: RegionId[]): RegionVisibility => {
    const { camera, gl } = state.get();
    camera.updateMatrixWorld();
    const rect = gl.domElement.getBoundingClientRect();
    const eye = camera.getWorldPosition(new Vector3());
    const result: RegionVisibility = { samples: 0, shown: 0, visible: 0, box: null };
    for (const samples of sampleRegions(skin, ids, 48)) {
      for (const { point: p, normal } of samples) {
        result.samples++;
        toCamera.subVectors(eye, p);
        const distance = toCamera.length();
        if (normal.dot(toCamera) <= 0) continue;
        point.copy(p).project(camera);
        if (point.z <= -1 || point.z >= 1) continue;
        // Three's own ray from the camera: the first skin it meets must be this point's.
        raycaster.set(eye, toCamera.negate().normalize());
        raycaster.far = distance + 0.01;
        const first = raycaster.intersectObject(skin.mesh, false)[0];
        if (first && first.distance < distance - 0.004) continue;
        result.shown++;
        const x = rect.left + ((point.x + 1) / 2) * rect.width;
        const y = rect.top + ((1 - point.y) / 2) * rect.height;
        const box = result.box ?? { left: x, top: y, right: x, bottom: y };
        result.box = {
          left: Math.min(box.left, x),
          top: Math.min(box.top, y),
          right: Math.max(box.right, x),
          bottom: Math.max(box.bottom, y),
        };
        const onScreen = x >= 0 && y >= 0 && x < window.innerWidth && y < window.innerHeight;
        if (onScreen && document.elementFromPoint(x, y) === gl.domElement) result.visible++;
      }
    }
    return result;
  };

  const regionCentre = (id: RegionId) => centreOf(skin.triangles(id));

  // What a click at a page point takes, through the scene's own picking policy.
  const pickRay = new Raycaster();
  const ndc = new Vector2();
  const partAt = (x: number, y: number) => {
    const { camera, gl } = state.get();
    const rect = gl.domElement.getBoundingClientRect();
    ndc.set(((x - rect.left) / rect.width) * 2 - 1, 1 - ((y - rect.top) / rect.height) * 2);
    camera.updateMatrixWorld();
    pickRay.setFromCamera(ndc, camera);
    return pickAlong(pickRay, skin, useAppStore.getState())?.pick ?? null;
  };
  const layerTriangles = (layer: DeepLayer, id: string) =>
    layerRegistry.get(layer)?.skin.triangles(id) ?? new Float32Array();

  // The glow on the skin under a point: the hit triangle's corners, weighted by nearness.
  const skinRay = new Raycaster();
  const referralAt = (x: number, y: number) => {
    const { camera, gl } = state.get();
    const rect = gl.domElement.getBoundingClientRect();
    ndc.set(((x - rect.left) / rect.width) * 2 - 1, 1 - ((y - rect.top) / rect.height) * 2);
    camera.updateMatrixWorld();
    skinRay.setFromCamera(ndc, camera);
    const hit = skinRay.intersectObject(skin.mesh, false)[0];
    if (!hit?.face || !hit.barycoord) return 0;
    const { a, b, c } = hit.face;
    const glow = look.glow;
    return hit.barycoord.x * glow.getX(a) + hit.barycoord.y * glow.getX(b) + hit.barycoord.z * glow.getX(c);
  };
  // A vertex of the glow's main zone that faces the camera and is the first skin a ray meets
  // (the one nearest the zone's visible centre), on the page.
  const referralPoint = () => {
    const glow = look.glow;
    const positions = skin.mesh.geometry.getAttribute('position');
    const normals = skin.mesh.geometry.getAttribute('normal');
    const { camera } = state.get();
    camera.updateMatrixWorld();
    skin.mesh.updateWorldMatrix(true, false);
    const eye = camera.getWorldPosition(new Vector3());
    const facing: Vector3[] = [];
    const normal = new Vector3();
    for (let v = 0; v < glow.count; v++) {
      if (glow.getX(v) < 0.8) continue;
      const p = new Vector3().fromBufferAttribute(positions, v).applyMatrix4(skin.mesh.matrixWorld);
      normal.fromBufferAttribute(normals, v).transformDirection(skin.mesh.matrixWorld);
      if (normal.dot(toCamera.subVectors(eye, p)) > 0) facing.push(p);
    }
    const centre = facing
      .reduce((sum, p) => sum.add(p), new Vector3())
      .divideScalar(Math.max(1, facing.length));
    facing.sort((a, b) => a.distanceTo(centre) - b.distanceTo(centre));
    for (const p of facing.slice(0, 200)) {
      const distance = toCamera.subVectors(p, eye).length();
      raycaster.set(eye, toCamera.normalize());
      raycaster.far = distance + 0.01;
      const first = raycaster.intersectObject(skin.mesh, false)[0];
      if (first && first.distance < distance - 0.004) continue;
      const onPage = projectPoint(p);
      if (onPage) return onPage;
    }
    return null;
  };

  // A world point on the page if the first skin a ray from the camera meets is there (it faces
  // the camera and nothing of the skin is in front of it).
  const skinPointOnPage = (p: Vector3) => {
    const { camera } = state.get();
    camera.updateMatrixWorld();
    const eye = camera.getWorldPosition(new Vector3());
    const distance = toCamera.subVectors(p, eye).length();
    raycaster.set(eye, toCamera.normalize());
    raycaster.far = distance + 0.05;
    const first = raycaster.intersectObject(skin.mesh, false)[0];
    if (!first || Math.abs(first.distance - distance) > 0.02) return null;
    return projectPoint(p);
  };

  const segmentState = (): SegmentTestState => {
    const view = useAppStore.getState().segments;
    const report = segmentBridge.report;
    return {
      open: view !== null,
      conditionId: view?.conditionId ?? null,
      level: view?.level ?? null,
      litLevels: report ? [...report.litLevels] : [],
      markers: report?.markers ?? 0,
      dermatome: look.hasGlow ? segmentBridge.painted : null,
    };
  };

  const chartMarks = () =>
    chartBridge.get().places.flatMap((place) => {
      const p = new Vector3(...place.position);
      const onPage = projectPoint(p);
      if (!onPage) return [];
      const levels = chartBridge.get().levels;
      return [
        {
          id: place.id,
          ...onPage,
          hidden: skinPointOnPage(p) === null,
          ...(levels ? { level: levels.get(place.id) ?? null } : {}),
        },
      ];
    });

  window.__imsTest = {
    chartMarks,
    glowAt: (x, y) => referralAt(x, y),
    segmentState,
    levelLabelScreen: (level) => segmentBridge.report?.labelScreen(level) ?? null,
    keyPointScreen: (level) =>
      (segmentBridge.report?.keyPoints(level) ?? []).flatMap((p) => {
        const onPage = skinPointOnPage(new Vector3(...p));
        return onPage ? [onPage] : [];
      }),
    regionScreenPoint,
    regionCentre,
    partAt,
    partScreenPoint: (layer, id) =>
      screenPointOn(layerTriangles(layer, id), (x, y) => {
        const pick = partAt(x, y);
        return pick?.part?.layer === layer && pick.part.id === id;
      }),
    partCentre: (layer, id) => centreOf(layerTriangles(layer, id)),
    partLook: (layer, id) => {
      const states = layerRegistry.get(layer)?.states;
      if (!states) return null;
      return {
        selected: states.value(id, 'selected'),
        highlighted: states.value(id, 'highlighted'),
        hovered: states.value(id, 'hovered'),
        shown: states.value(id, 'shown'),
      };
    },
    layerState: () => {
      const of = (layer: DeepLayer) => {
        const entry = layerRegistry.get(layer);
        // The layer's group is shown and one of its meshes draws (the lighter one while turning).
        const group = entry?.skin.mesh.parent;
        const visible = group?.visible === true && group.children.some((m) => m.visible);
        const index = entry?.skin.mesh.geometry.getIndex();
        const lighter = group?.getObjectByName(`${layer}-moving`) as Mesh | undefined;
        return {
          loaded: entry !== undefined,
          visible,
          triangles: index ? index.count / 3 : 0,
          lighterWhileTurning: lighter !== undefined,
          lighterTriangles: (lighter?.geometry.getIndex()?.count ?? 0) / 3,
        };
      };
      return { muscles: of('muscles'), skeleton: of('skeleton'), nerves: of('nerves') };
    },
    skinState: () => {
      const material = skin.mesh.material as Material;
      return {
        visible: look.shown,
        opacity: material.opacity,
        seeThrough: material.transparent && !material.depthWrite,
        glowing: look.hasGlow,
      };
    },
    referralAt,
    referralPoint,
    store: useAppStore,
    setContextGiveUp: (ms) => {
      contextWaits.giveUpMs = ms;
    },
    regionAt: (x, y) => regionAt(state.get(), skin, x, y),
    cameraAzimuth: () => {
      const from = offset();
      return Math.atan2(from.x, from.z);
    },
    cameraDistance: () => offset().length(),
    cameraPolar: () => {
      const from = offset();
      return Math.acos(Math.min(1, Math.max(-1, from.y / from.length())));
    },
    regionVisibility,
    drawCalls: () => {
      const { gl, scene, camera } = state.get();
      let skinCalls = 0;
      const counting = () => skinCalls++;
      const before = skin.mesh.onBeforeRender;
      skin.mesh.onBeforeRender = counting;
      // Each deep layer's meshes (full, ghost, lighter copy) count as that layer.
      const layers: Record<DeepLayer, number> = { muscles: 0, skeleton: 0, nerves: 0 };
      const restore: (() => void)[] = [];
      for (const entry of layerRegistry.all())
        entry.skin.mesh.parent?.traverse((o) => {
          const own = o.onBeforeRender;
          o.onBeforeRender = () => {
            layers[entry.layer]++;
          };
          restore.push(() => {
            o.onBeforeRender = own;
          });
        });
      gl.render(scene, camera);
      skin.mesh.onBeforeRender = before;
      for (const undo of restore) undo();
      return { total: gl.info.render.calls, skin: skinCalls, layers };
    },
    regionLook: (id) => ({
      selected: states.value(id, 'selected'),
      highlighted: states.value(id, 'highlighted'),
      hovered: states.value(id, 'hovered'),
    }),
  };
  return () => {
    delete window.__imsTest;
  };
}

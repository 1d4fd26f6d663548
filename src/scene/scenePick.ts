import { type Intersection, Object3D, Raycaster, type Vector3 } from 'three';
import type { RegionId } from '../content/regionIds';
import type { AnatomySlice, PartRef } from '../state/anatomySlice';
import { useAppStore } from '../state/store';
import { layerRegistry } from './layers/layerRegistry';
import { partPickable, skinTakesClicks } from './layers/partLooks';
import { segmentBridge } from './segments/segmentBridge';
import type { RegionSkin } from './skin/regionSkin';

// What a pointer takes, across the skin and the layers beneath it: a solid skin (shown, opacity
// ≥ 0.5) takes it as before (a region); a see-through or hidden skin lets the nearest visible
// part beneath take it (a muscle, bone or nerve; hidden parts never, and while one part is
// isolated only that one), and where no part is under the pointer a see-through skin's region
// still does, so regions stay clickable.

export type ScenePick = { region: RegionId; part?: undefined } | { part: PartRef; region?: undefined };

export interface PickHit {
  pick: ScenePick;
  distance: number;
  point: Vector3;
}

type PickState = Pick<
  AnatomySlice,
  'layers' | 'skinOpacity' | 'part' | 'isolated' | 'hiddenParts' | 'hoveredPart' | 'litMuscles'
>;

const raycaster = new Raycaster();

function skinHit(skin: RegionSkin, s: PickState): PickHit | null {
  if (!s.layers.skin) return null;
  raycaster.firstHitOnly = true;
  const hit = raycaster.intersectObject(skin.mesh, false)[0];
  const region = hit?.face ? skin.regionOfVertex(hit.face.a) : null;
  return hit && region ? { pick: { region }, distance: hit.distance, point: hit.point } : null;
}

function partHit(s: PickState): PickHit | null {
  let best: PickHit | null = null;
  const spotlight = segmentBridge.spotlight;
  raycaster.firstHitOnly = false;
  for (const { layer, skin } of layerRegistry.all()) {
    if (!s.layers[layer]) continue;
    // Every hit along the ray, nearest first: the first one a pointer may take.
    for (const hit of raycaster.intersectObject(skin.mesh, false)) {
      const id = hit.face ? skin.regionOfVertex(hit.face.a) : null;
      if (!id || !partPickable(s, layer, id, spotlight)) continue;
      if (!best || hit.distance < best.distance)
        best = { pick: { part: { layer, id } }, distance: hit.distance, point: hit.point };
      break;
    }
  }
  return best;
}

/** What a ray (from the camera through the pointer) takes, with the distance to it. */
export function pickAlong(from: Raycaster, skin: RegionSkin, s: PickState): PickHit | null {
  raycaster.ray.copy(from.ray);
  raycaster.near = from.near;
  raycaster.far = from.far;
  if (skinTakesClicks(s)) return skinHit(skin, s);
  return partHit(s) ?? skinHit(skin, s);
}

/**
 * An object for R3F's pointer events whose own raycast is this policy: it reports one hit (the
 * pick, at its distance), so markers in front still come first and the handlers get the pick as
 * `event.pick`.
 */
export function createPicker(skin: RegionSkin, state: () => PickState): Object3D {
  const picker = new Object3D();
  picker.name = 'picker';
  watchDrags();
  picker.raycast = (from: Raycaster, intersects: Intersection[]) => {
    // A move with a button held turns the body: no hover to find, and with every layer shown the
    // rays cost a turning frame dearly. Presses, releases and clicks still pick.
    if (dragMove) return;
    const hit = pickAlong(from, skin, state());
    if (hit)
      intersects.push({
        distance: hit.distance,
        point: hit.point,
        object: picker,
        pick: hit.pick,
      } as Intersection);
  };
  return picker;
}

/** True while the pointer event being handled is a move with a button held (a drag). */
let dragMove = false;
let watching = false;

/** Notes each pointer event's kind before R3F handles it (window, capture phase: it runs first). */
function watchDrags() {
  if (watching || typeof window === 'undefined') return;
  watching = true;
  const note = (event: PointerEvent | MouseEvent) => {
    dragMove = event.type === 'pointermove' && event.buttons !== 0;
  };
  for (const type of ['pointermove', 'pointerdown', 'pointerup', 'pointercancel', 'click'] as const)
    window.addEventListener(type, note, { capture: true, passive: true });
}

/**
 * A click that took a part: its view opens, unless the segmental view takes it (a vertebra there
 * chooses its level).
 */
export function clickPart(part: PartRef): void {
  if (segmentBridge.partClick?.(part)) return;
  useAppStore.getState().choosePart(part);
}

/** The pick an R3F event carries (see createPicker). */
export const pickOf = (event: object): ScenePick | null => (event as { pick?: ScenePick }).pick ?? null;

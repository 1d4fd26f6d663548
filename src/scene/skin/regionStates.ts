import { type Camera, DataTexture, type PerspectiveCamera, RGBAFormat, UnsignedByteType } from 'three';
import { REGION_IDS, type RegionId } from '../../content/regionIds';

// The small per-part state table a layer's shader reads: one texel per part (its index in the
// layer's id list: REGION_IDS for the skin, the lists of content/anatomyIdList.mjs for the layers
// beneath), red = selected, green = highlighted (part of the chosen condition, or a condition's
// muscles lit), blue = hovered, alpha = how much the part shows (1 shown, 0 hidden, in between a
// faded ghost; the skin always shows). Changing a look is writing a few bytes, whatever the number
// of parts or draw calls.

export interface RegionState {
  selected: boolean;
  highlighted: boolean;
  hovered: boolean;
  /** 1 shown (the default), 0 hidden, in between faded (isolation). */
  shown?: number;
}

/** Texels in the table: room for every part of any layer (at most 64 ids per layer). */
export const STATE_TABLE_SIZE = 64;
/** Seconds a look takes to fade in or out. */
const FADE_S = 0.18;

const CHANNEL = { selected: 0, highlighted: 1, hovered: 2, shown: 3 } as const;

export class RegionStates<Id extends string = RegionId> {
  readonly texture: DataTexture;
  /** The angle one CSS pixel spans at the camera (radians), kept up to date by the scene. */
  readonly pixelAngle = { value: 0.001 };
  readonly ids: readonly Id[];
  private readonly target = new Float32Array(STATE_TABLE_SIZE * 4);
  private readonly current = new Float32Array(STATE_TABLE_SIZE * 4);

  constructor(ids: readonly Id[] = REGION_IDS as unknown as readonly Id[]) {
    if (ids.length > STATE_TABLE_SIZE) throw new Error(`At most ${STATE_TABLE_SIZE} parts per layer.`);
    this.ids = ids;
    const data = new Uint8Array(STATE_TABLE_SIZE * 4);
    // Every part starts shown.
    for (let i = 0; i < STATE_TABLE_SIZE; i++) {
      data[i * 4 + 3] = 255;
      this.target[i * 4 + 3] = 1;
      this.current[i * 4 + 3] = 1;
    }
    this.texture = new DataTexture(data, STATE_TABLE_SIZE, 1, RGBAFormat, UnsignedByteType);
    this.texture.needsUpdate = true;
  }

  /** Sets where each part's look is heading; `state` is asked once per part. */
  aim(state: (id: Id) => RegionState): void {
    this.ids.forEach((id, i) => {
      const s = state(id);
      this.target.set([s.selected ? 1 : 0, s.highlighted ? 1 : 0, s.hovered ? 1 : 0, s.shown ?? 1], i * 4);
    });
  }

  /**
   * Moves every look towards its aim by `seconds` of fading (all the way when `instant`), writes
   * the table, and says whether some look is still on its way.
   */
  step(seconds: number, instant: boolean): boolean {
    const reach = instant ? 1 : Math.min(1, seconds / FADE_S);
    const data = this.texture.image.data as Uint8Array;
    let moving = false;
    let changed = false;
    for (let i = 0; i < this.current.length; i++) {
      const from = this.current[i] ?? 0;
      const to = this.target[i] ?? 0;
      const next = Math.abs(to - from) <= reach ? to : from + Math.sign(to - from) * reach;
      if (next !== to) moving = true;
      this.current[i] = next;
      const byte = Math.round(next * 255);
      if (data[i] !== byte) {
        data[i] = byte;
        changed = true;
      }
    }
    if (changed) this.texture.needsUpdate = true;
    return moving;
  }

  /** The current value of one channel for one part (0–1), for tests. */
  value(id: Id, channel: keyof RegionState): number {
    return this.current[this.ids.indexOf(id) * 4 + CHANNEL[channel]] ?? 0;
  }

  /** Whether some part is (or is fading to or from) neither fully shown nor hidden. */
  anyFaded(): boolean {
    for (let i = 0; i < this.ids.length; i++) {
      const now = this.current[i * 4 + 3] ?? 1;
      const aim = this.target[i * 4 + 3] ?? 1;
      if ((now > 0 && now < 1) || (aim > 0 && aim < 1)) return true;
    }
    return false;
  }

  dispose(): void {
    this.texture.dispose();
  }
}

/** The angle one CSS pixel spans at a perspective camera (radians); null for any other camera. */
export function pixelAngleOf(camera: Camera, heightPx: number): number | null {
  const perspective = camera as PerspectiveCamera;
  if (!perspective.isPerspectiveCamera) return null;
  return (2 * Math.tan((perspective.fov * Math.PI) / 360)) / heightPx;
}

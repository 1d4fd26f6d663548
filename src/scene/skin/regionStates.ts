import { DataTexture, RGBAFormat, UnsignedByteType } from 'three';
import { REGION_IDS, type RegionId } from '../../content/regionIds';

// The small per-region state table the skin shader reads: one texel per region (its index in
// REGION_IDS), red = selected, green = highlighted (part of the chosen condition), blue = hovered.
// Changing a look is writing a few bytes, whatever the number of regions or draw calls.

export interface RegionState {
  selected: boolean;
  highlighted: boolean;
  hovered: boolean;
}

/** Texels in the table: room for every region now and the anatomy layers' parts later. */
export const STATE_TABLE_SIZE = 64;
/** Seconds a look takes to fade in or out. */
const FADE_S = 0.18;

export class RegionStates {
  readonly texture: DataTexture;
  /** The angle one CSS pixel spans at the camera (radians), kept up to date by the scene. */
  readonly pixelAngle = { value: 0.001 };
  private readonly target = new Float32Array(STATE_TABLE_SIZE * 4);
  private readonly current = new Float32Array(STATE_TABLE_SIZE * 4);

  constructor() {
    this.texture = new DataTexture(
      new Uint8Array(STATE_TABLE_SIZE * 4),
      STATE_TABLE_SIZE,
      1,
      RGBAFormat,
      UnsignedByteType,
    );
    this.texture.needsUpdate = true;
  }

  /** Sets where each region's look is heading; `state` is asked once per region. */
  aim(state: (id: RegionId) => RegionState): void {
    REGION_IDS.forEach((id, i) => {
      const s = state(id);
      this.target.set([s.selected ? 1 : 0, s.highlighted ? 1 : 0, s.hovered ? 1 : 0], i * 4);
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

  /** The current value of one channel for one region (0–1), for tests. */
  value(id: RegionId, channel: keyof RegionState): number {
    const k = { selected: 0, highlighted: 1, hovered: 2 }[channel];
    return this.current[REGION_IDS.indexOf(id) * 4 + k] ?? 0;
  }

  dispose(): void {
    this.texture.dispose();
  }
}

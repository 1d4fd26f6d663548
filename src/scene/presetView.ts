import { VIEW_PRESETS, type ViewPreset } from '../state/urlState';
import { VIEW_AZIMUTH } from './framing';

/** The polar angle of a level camera: the preset views look straight at the body. */
export const UPRIGHT = Math.PI / 2;

/**
 * How near (in radians, about half a degree) the camera must be to a preset's direction to count
 * as that view. Presets and key steps land exactly; a hand drag practically never does.
 */
export const PRESET_TOLERANCE = 0.01;

/** An angle wrapped into (-π, π]. */
export function wrapAngle(angle: number): number {
  const turn = 2 * Math.PI;
  const wrapped = (((angle + Math.PI) % turn) + turn) % turn;
  return wrapped === 0 ? Math.PI : wrapped - Math.PI;
}

/**
 * The view button that matches a camera direction (azimuth around the body, 0 = in front; polar
 * from straight above, π/2 = level), or null when the camera is not looking from a preset side.
 */
export function presetAt(azimuth: number, polar: number): ViewPreset | null {
  if (!Number.isFinite(azimuth) || !Number.isFinite(polar)) return null;
  if (Math.abs(polar - UPRIGHT) > PRESET_TOLERANCE) return null;
  for (const preset of VIEW_PRESETS) {
    if (Math.abs(wrapAngle(azimuth - VIEW_AZIMUTH[preset])) <= PRESET_TOLERANCE) return preset;
  }
  return null;
}

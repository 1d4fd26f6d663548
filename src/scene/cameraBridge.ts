import type { CameraPose } from '../consult/types';

// The camera, for code outside the 3D chunk (the patient screen, the take-home link, the
// handout's pictures): CameraRig fills these in while the body is on screen. Kept free of three
// so the first-paint chunk can import it.

export const cameraBridge: {
  /** Where the camera looks now, relative to the body; null before the body is drawn. */
  pose: (() => CameraPose | null) | null;
  /** Moves the camera to a pose (a cut without `transition`). */
  setPose: ((pose: CameraPose, transition: boolean) => void) | null;
  /**
   * Draws the body from each pose (in turn, off screen or between frames) and returns each
   * picture as a PNG data URL, then puts the camera back; null before the body is drawn.
   */
  snapshot: ((poses: CameraPose[], size: { width: number; height: number }) => Promise<string[]>) | null;
  listeners: Set<() => void>;
} = { pose: null, setPose: null, snapshot: null, listeners: new Set() };

/** Calls `listener` after every camera move (drags included); returns an unsubscribe. */
export function onCameraMove(listener: () => void): () => void {
  cameraBridge.listeners.add(listener);
  return () => cameraBridge.listeners.delete(listener);
}

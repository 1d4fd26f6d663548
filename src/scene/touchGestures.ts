import { CameraControlsImpl } from '@react-three/drei';

const { ACTION } = CameraControlsImpl;

/** How far (CSS px) a finger moves before its swipe counts as sideways or up-and-down. */
export const DECIDE_AFTER_PX = 8;

export type OneFingerIntent = 'undecided' | 'turn' | 'scroll';

/**
 * The embedded-map rule for one finger: a swipe that starts mostly sideways turns the body; one
 * that starts mostly up or down belongs to the page, which scrolls.
 */
export function oneFingerIntent(dx: number, dy: number, threshold = DECIDE_AFTER_PX): OneFingerIntent {
  if (Math.hypot(dx, dy) < threshold) return 'undecided';
  return Math.abs(dx) > Math.abs(dy) ? 'turn' : 'scroll';
}

/**
 * Touch on the 3D body, as on an embedded map: one finger sideways turns it, an up-and-down swipe
 * scrolls the page, two fingers pinch to zoom and move together to turn and tilt. A tap still
 * selects (the controls never take it). Mouse, wheel and keys are not touched.
 *
 * `element` is the element the controls listen on. Its `touch-action: pan-y` lets the browser own
 * vertical swipes; each one-finger touch starts with the controls ignoring it until its first
 * movement shows which way it goes.
 */
export function attachTouchGestures(controls: CameraControlsImpl, element: HTMLElement): () => void {
  element.style.touchAction = 'pan-y';
  const oneBefore = controls.touches.one;
  const twoBefore = controls.touches.two;
  const polarSpeedBefore = controls.polarRotateSpeed;
  controls.touches.one = ACTION.NONE;
  controls.touches.two = ACTION.TOUCH_DOLLY_ROTATE;

  const fingers = new Map<number, { x: number; y: number }>();
  let intent: OneFingerIntent | 'two' = 'undecided';

  const reset = () => {
    intent = 'undecided';
    controls.touches.one = ACTION.NONE;
    controls.polarRotateSpeed = polarSpeedBefore;
  };

  const onDown = (event: PointerEvent) => {
    if (event.pointerType !== 'touch') return;
    fingers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (fingers.size === 1) reset();
    else {
      // Two fingers: pinch to zoom, move together to turn and tilt.
      intent = 'two';
      controls.touches.one = ACTION.NONE;
      controls.polarRotateSpeed = polarSpeedBefore;
    }
  };
  const onMove = (event: PointerEvent) => {
    const start = fingers.get(event.pointerId);
    if (!start || intent !== 'undecided' || fingers.size !== 1) return;
    intent = oneFingerIntent(event.clientX - start.x, event.clientY - start.y);
    if (intent === 'turn') {
      // Sideways turns only: tilting is for two fingers, so a slanted swipe does not tip the body.
      controls.touches.one = ACTION.TOUCH_ROTATE;
      controls.polarRotateSpeed = 0;
    }
  };
  const onUp = (event: PointerEvent) => {
    if (!fingers.delete(event.pointerId)) return;
    if (fingers.size === 0) reset();
  };
  // Once a swipe turns the body, or two fingers are down, the page must not scroll under it.
  const onTouchMove = (event: TouchEvent) => {
    if (event.cancelable && (intent === 'turn' || event.touches.length > 1)) event.preventDefault();
  };

  // Capture phase: decide before the controls see the same event.
  element.addEventListener('pointerdown', onDown, true);
  window.addEventListener('pointermove', onMove, true);
  window.addEventListener('pointerup', onUp, true);
  window.addEventListener('pointercancel', onUp, true);
  element.addEventListener('touchmove', onTouchMove, { passive: false });
  return () => {
    element.removeEventListener('pointerdown', onDown, true);
    window.removeEventListener('pointermove', onMove, true);
    window.removeEventListener('pointerup', onUp, true);
    window.removeEventListener('pointercancel', onUp, true);
    element.removeEventListener('touchmove', onTouchMove);
    // Not put back to the controls' "none": they may already have let go of this element, and a
    // stale "none" would stop the page scrolling under a finger.
    if (element.style.touchAction === 'pan-y') element.style.touchAction = '';
    controls.touches.one = oneBefore;
    controls.touches.two = twoBefore;
    controls.polarRotateSpeed = polarSpeedBefore;
  };
}

/**
 * Signs of use that come before the app's code has started: a pointer, a touch, a key or focus.
 * If the first one was aimed at the 3D body, the body starts as soon as the app does (React,
 * attached later, does not see a pointer that is already over it).
 */
const EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'keydown', 'focusin', 'wheel'] as const;

let bodyUsed = false;

/** Notes whether the first sign of use is aimed at the 3D body. */
export function watchFirstUse(): void {
  const seen = (event: Event) => {
    for (const type of EVENTS) window.removeEventListener(type, seen, true);
    if (event.target instanceof Element && event.target.closest('.canvas-host')) bodyUsed = true;
  };
  for (const type of EVENTS) window.addEventListener(type, seen, { capture: true, passive: true });
}

/** Whether the first sign of use, before the app started, was aimed at the 3D body. */
export function bodyUsedEarly(): boolean {
  return bodyUsed;
}

/**
 * Signs of use that come before the app's code has started (the page is the pre-rendered HTML,
 * which cannot answer them itself). A tap, a key or focus starts the app at once; a pointer that
 * only rests on the page does not. If the body was pointed at or tapped, the 3D starts as soon as
 * the app does, and a tap on the picture of the body is applied once the 3D is ready (React,
 * attached later, sees neither). A button pressed before the app is live is pressed again then.
 */
const INTENT = ['pointerdown', 'touchstart', 'keydown', 'focusin'] as const;
const NOTED = ['pointerover', 'wheel', 'pointerup', 'click'] as const;
/** A press and release further apart than this is a drag, not a tap. */
const TAP_SLOP_PX = 6;

let bodyUsed = false;
let pressedAt: { x: number; y: number } | null = null;
let tap: { x: number; y: number } | null = null;
let watching = false;
let clicksWatched = true;
/** The last button pressed before the app was live, and that press's event. */
let earlyClick: { button: HTMLElement; event: Event } | null = null;

const onBody = (event: Event) =>
  event.target instanceof Element && event.target.closest('.canvas-host') !== null;

/** Watches for the first signs of use; calls `onIntent` once, on the first tap, key or focus. */
export function watchFirstUse(onIntent: () => void): void {
  watching = true;
  let told = false;
  const seen = (event: Event) => {
    if (!watching) return;
    if (onBody(event)) bodyUsed = true;
    if (event.type === 'pointerdown' && onBody(event)) {
      const { clientX: x, clientY: y } = event as PointerEvent;
      pressedAt = { x, y };
    }
    if (event.type === 'pointerup' && pressedAt) {
      const { clientX: x, clientY: y } = event as PointerEvent;
      if (Math.hypot(x - pressedAt.x, y - pressedAt.y) < TAP_SLOP_PX) tap = { x, y };
      pressedAt = null;
    }
    if (event.type === 'click' && clicksWatched && event.target instanceof Element && !onBody(event)) {
      const button = event.target.closest('button');
      if (button) earlyClick = { button, event };
    }
    if (!told && (INTENT as readonly string[]).includes(event.type)) {
      told = true;
      onIntent();
    }
  };
  for (const type of [...INTENT, ...NOTED])
    window.addEventListener(type, seen, { capture: true, passive: true });
}

/** Whether the body was pointed at, tapped or focused before the app started. */
export function bodyUsedEarly(): boolean {
  return bodyUsed;
}

/**
 * The app has taken over (the 3D stage is live): stops watching, and hands over a tap on the
 * picture of the body made before then (null if none).
 */
export function takeEarlyTap(): { x: number; y: number } | null {
  watching = false;
  const taken = tap;
  tap = null;
  return taken;
}

/**
 * The app is live (its first render is on the page): presses again the last button pressed before
 * then (or the one that took its place). Until that render is in place React drops a press (a page it is still
 * hydrating stops the event, one it is rendering afresh has no handlers yet), with one exception:
 * a press that makes React finish hydrating at once, inside that press's own dispatch, which React
 * then handles itself. That press is still being dispatched now (its eventPhase is not NONE), so
 * it is not pressed twice.
 */
export function replayEarlyClick(): void {
  clicksWatched = false;
  const early = earlyClick;
  earlyClick = null;
  if (!early || early.event.eventPhase !== Event.NONE) return;
  const button = early.button.isConnected ? early.button : sameButtonNow(early.button);
  if (button) setTimeout(() => button.click(), 0);
}

const labelOf = (button: HTMLElement) =>
  button.getAttribute('aria-label') ?? button.textContent?.trim() ?? '';

/**
 * The button that has taken a pressed one's place (a view rendered afresh makes new buttons): the
 * only one with the same label, else none.
 */
function sameButtonNow(gone: HTMLElement): HTMLElement | null {
  const label = labelOf(gone);
  if (!label) return null;
  const matches = [...document.querySelectorAll('button')].filter((button) => labelOf(button) === label);
  return matches.length === 1 ? (matches[0] ?? null) : null;
}

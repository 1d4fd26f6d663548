import { useEffect, useRef } from 'react';

/**
 * The mouse pointer over the body, shown as a soft, large circle the patient can follow on a wall
 * screen. Only for a mouse (a finger or a pen needs none); it never takes a click.
 */
export function PointerHighlight() {
  const spot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onMove = (event: PointerEvent) => {
      const el = spot.current;
      if (!el) return;
      const overBody =
        event.pointerType === 'mouse' &&
        event.target instanceof Element &&
        event.target.closest('.canvas-host, .cycle-canvas') !== null;
      el.hidden = !overBody;
      if (overBody) el.style.transform = `translate(${event.clientX}px, ${event.clientY}px)`;
    };
    const onLeave = () => {
      if (spot.current) spot.current.hidden = true;
    };
    document.addEventListener('pointermove', onMove, { passive: true });
    document.documentElement.addEventListener('pointerleave', onLeave);
    return () => {
      document.removeEventListener('pointermove', onMove);
      document.documentElement.removeEventListener('pointerleave', onLeave);
    };
  }, []);
  return <div ref={spot} className="pointer-highlight" aria-hidden="true" hidden />;
}

import { type RefObject, useEffect, useRef } from 'react';
import { getRegion } from '../content';
import { useAppStore } from '../state/store';

/** The name of the region under the pointer, drawn next to it. Position updates skip React. */
export function HoverLabel({ hostRef }: { hostRef: RefObject<HTMLDivElement | null> }) {
  const hovered = useAppStore((s) => s.hoveredRegionId);
  const labelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const move = (event: PointerEvent) => {
      const label = labelRef.current;
      if (!label) return;
      const box = host.getBoundingClientRect();
      label.style.transform = `translate(${event.clientX - box.left + 14}px, ${event.clientY - box.top + 14}px)`;
    };
    host.addEventListener('pointermove', move);
    return () => host.removeEventListener('pointermove', move);
  }, [hostRef]);

  const name = hovered ? getRegion(hovered)?.name : undefined;
  return (
    <div ref={labelRef} className="hover-label" aria-hidden="true" hidden={!name}>
      {name}
    </div>
  );
}

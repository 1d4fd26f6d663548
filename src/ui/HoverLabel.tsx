import { type RefObject, useEffect, useRef } from 'react';
import { getRegion } from '../content';
import { useAppStore } from '../state/store';
import { partNameIn, useAnatomyContent } from './anatomy/anatomyContent';

/**
 * The name of the region, muscle, bone or nerve under the pointer, drawn next to it. Position
 * updates skip React.
 */
export function HoverLabel({ hostRef }: { hostRef: RefObject<HTMLDivElement | null> }) {
  const hovered = useAppStore((s) => s.hoveredRegionId);
  const hoveredPart = useAppStore((s) => s.hoveredPart);
  // The parts' names are in the anatomy chunk, fetched the first time a part is pointed at.
  const anatomy = useAnatomyContent(hoveredPart !== null);
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

  const partName = hoveredPart && anatomy ? partNameIn(anatomy, hoveredPart) : undefined;
  const name = partName ?? (hovered ? getRegion(hovered)?.name : undefined);
  return (
    <div ref={labelRef} className="hover-label" aria-hidden="true" hidden={!name}>
      {name}
    </div>
  );
}

import type { ReactNode } from 'react';
import { markerKey } from '../../scene/needling/compareMarkers';
import { useAppStore } from '../../state/store';

/**
 * The DOM twin of one needle site on the body (an orange diamond): pointing at it, focusing it or
 * pressing it names the marker beside it on the body.
 */
export function SiteButton({
  id,
  className,
  children,
}: {
  id: string;
  className: string;
  children: ReactNode;
}) {
  const key = markerKey('ims', id);
  const hoverMarker = useAppStore((s) => s.hoverMarker);
  const named = useAppStore((s) => s.hoveredMarker === key);
  const name = () => hoverMarker(key);
  const leave = () => {
    if (useAppStore.getState().hoveredMarker === key) hoverMarker(null);
  };
  return (
    <button
      type="button"
      className={className}
      data-marker={key}
      data-named={named || undefined}
      onClick={name}
      onMouseEnter={name}
      onMouseLeave={leave}
      onFocus={name}
      onBlur={leave}
    >
      {children}
    </button>
  );
}

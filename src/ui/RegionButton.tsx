import type { Region } from '../content';
import { useAppStore } from '../state/store';

/** The DOM twin of one 3D region: selecting it here is the same as clicking it on the body. */
export function RegionButton({ region, label }: { region: Region; label?: string }) {
  const selected = useAppStore((s) => s.regionId === region.id && s.conditionId === null);
  const selectRegion = useAppStore((s) => s.selectRegion);
  const hoverRegion = useAppStore((s) => s.hoverRegion);
  return (
    <button
      type="button"
      className="chip"
      aria-pressed={selected}
      data-region={region.id}
      onClick={() => selectRegion(region.id, { frame: true })}
      onMouseEnter={() => hoverRegion(region.id)}
      onMouseLeave={() => hoverRegion(null)}
      onFocus={() => hoverRegion(region.id)}
      onBlur={() => hoverRegion(null)}
    >
      {label ?? region.name}
    </button>
  );
}

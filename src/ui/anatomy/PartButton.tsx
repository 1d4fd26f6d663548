import { type DeepLayer, type PartRef, samePart } from '../../state/anatomySlice';
import { useAppStore } from '../../state/store';

/**
 * The DOM twin of one part beneath the skin: choosing it here is the same as clicking it on the
 * body (and frames it); hover or focus names it on the body.
 */
export function PartButton({ part, name, detail }: { part: PartRef; name: string; detail?: string }) {
  const chosen = useAppStore((s) => samePart(s.part, part));
  const choosePart = useAppStore((s) => s.choosePart);
  const hoverPart = useAppStore((s) => s.hoverPart);
  const leave = () => {
    if (samePart(useAppStore.getState().hoveredPart, part)) hoverPart(null);
  };
  return (
    <button
      type="button"
      className="part-button"
      aria-pressed={chosen}
      data-part={`${part.layer}:${part.id}`}
      onClick={() => choosePart(part, { frame: true })}
      onMouseEnter={() => hoverPart(part)}
      onMouseLeave={leave}
      onFocus={() => hoverPart(part)}
      onBlur={leave}
    >
      <span className="part-name">{name}</span>
      {detail && <span className="part-detail">{detail}</span>}
    </button>
  );
}

/** A row of part buttons (a muscle's nerves, a nerve's muscles, a level's muscles). */
export function PartChips({
  label,
  parts,
  layer,
}: {
  label: string;
  parts: readonly { id: string; name: string }[];
  layer: DeepLayer;
}) {
  return (
    <ul className="part-chips" aria-label={label}>
      {parts.map((p) => (
        <li key={p.id}>
          <PartButton part={{ layer, id: p.id }} name={p.name} />
        </li>
      ))}
    </ul>
  );
}

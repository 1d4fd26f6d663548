import type { DeepLayer } from '../../state/anatomySlice';
import { PartChips } from '../anatomy/PartButton';
import { partInfo } from '../anatomy/partInfo';

// Muscles, nerves and bones named in the segmental view: each a DOM twin of its part on the body
// (choosing it opens its view over this one, and Back returns here).

/** Part buttons by id; ids the content does not know are left out, and an empty row is not drawn. */
export function PartChipList({
  label,
  layer,
  ids,
}: {
  label: string;
  layer: DeepLayer;
  ids: readonly string[];
}) {
  const parts = ids.flatMap((id) => {
    const name = partInfo({ layer, id })?.info.name;
    return name ? [{ id, name }] : [];
  });
  return parts.length > 0 ? <PartChips label={label} parts={parts} layer={layer} /> : null;
}

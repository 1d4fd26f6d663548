import { imsSitesFor } from '../../content/imsSites';
import { levelRanges } from '../../content/segments/ranges';

/**
 * A condition's spinal levels as ranges ("C5–C8"; "" for the jaw). Fetched, not imported, by the
 * condition view: imsSites.ts carries the comparison's words, which the first paint must not.
 */
export const levelsLine = (conditionId: string) => levelRanges(imsSitesFor(conditionId)?.levels ?? []);

import type { Source } from './schema';
import { SOURCES } from './sources';

// The sources behind the statements. Its own module, kept out of the first-paint bundle: the lists
// of sources sit at the foot of each page and load just after it (see ui/SourceList.tsx).

const sourceById = new Map<string, Source>(SOURCES.map((s) => [s.id, s]));

/** The sources with these ids, once each, in the order asked; unknown ids are skipped. */
export function sourcesFor(ids: readonly string[]): Source[] {
  return [...new Set(ids)].map((id) => sourceById.get(id)).filter((s): s is Source => s !== undefined);
}

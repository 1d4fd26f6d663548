import type { Source } from '../content';
import { sourcesFor } from '../content/sourceLookup';
import type { SourceId } from '../content/sources';

// The pain cycle cites the same source list as the rest of the app (src/content/sources.ts), so a
// work is named the same way everywhere and a mistyped id fails to compile.

export type CycleSourceId = SourceId;
export type CycleSource = Source;

/** The sources with these ids, once each, in the order asked. */
export function cycleSourcesFor(ids: readonly string[]): CycleSource[] {
  return sourcesFor([...ids]);
}

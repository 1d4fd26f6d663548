import { sourcesFor } from '../content/sourceLookup';
import { Citations } from './Citations';

/** The citations for these source ids: the lazy chunk that holds the source list. */
export default function SourceCitations({ ids }: { ids: readonly string[] }) {
  return <Citations sources={sourcesFor(ids)} />;
}

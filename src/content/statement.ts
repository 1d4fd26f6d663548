import type { Statement } from './schema';
import type { SourceId } from './sources';

/** A statement and the ids of its sources; the id type makes a mistyped source a compile error. */
export function say(text: string, ...sources: [SourceId, ...SourceId[]]): Statement {
  return { text, sources };
}

import { type Statement, sourcesFor } from '../content';

/** The citations behind some statements, once each, in the order they are first cited. */
export function SourceList({
  statements,
  extraIds = [],
}: {
  statements: readonly Statement[];
  extraIds?: string[];
}) {
  const sources = sourcesFor([...statements.flatMap((s) => s.sources), ...extraIds]);
  return (
    <ol className="sources">
      {sources.map((source) => (
        <li key={source.id}>
          {source.url ? (
            <a href={source.url} rel="noreferrer noopener" target="_blank">
              {source.citation}
            </a>
          ) : (
            source.citation
          )}
        </li>
      ))}
    </ol>
  );
}

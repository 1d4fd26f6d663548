export interface Citation {
  id: string;
  citation: string;
  url?: string | undefined;
}

/** A numbered list of citations, each a link when it has an address. */
export function Citations({ sources }: { sources: readonly Citation[] }) {
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

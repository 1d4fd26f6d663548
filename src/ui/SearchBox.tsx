import { useId, useMemo, useRef, useState } from 'react';
import { search } from '../content/search';
import { useAppStore } from '../state/store';

// The "nothing found" line repeats what was typed, shortened so a long paste stays readable.
const ECHO_MAX = 60;
function echo(text: string): string {
  const chars = [...text]; // whole characters, so an emoji is never cut in half
  return chars.length > ECHO_MAX
    ? `${chars
        .slice(0, ECHO_MAX - 1)
        .join('')
        .trimEnd()}…`
    : text;
}

/** Finds conditions and body areas from everyday words and misspellings. */
export function SearchBox() {
  const [query, setQuery] = useState('');
  const results = useMemo(() => search(query), [query]);
  const selectCondition = useAppStore((s) => s.selectCondition);
  const selectRegion = useAppStore((s) => s.selectRegion);
  const listRef = useRef<HTMLUListElement>(null);
  const inputId = useId();
  const statusId = useId();
  const trimmed = query.trim();

  const choose = (result: (typeof results)[number]) => {
    if (result.kind === 'condition') selectCondition(result.condition.id);
    else selectRegion(result.region.id, { frame: true });
    setQuery('');
  };

  // Up/Down move between results, like a menu; Escape clears.
  const onKeyDown = (event: React.KeyboardEvent) => {
    const buttons = [...(listRef.current?.querySelectorAll('button') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (buttons.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = index === -1 ? (step === 1 ? 0 : buttons.length - 1) : index + step;
      if (next < 0) document.getElementById(inputId)?.focus();
      else buttons[Math.min(next, buttons.length - 1)]?.focus();
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
      document.getElementById(inputId)?.focus();
    }
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a div with role="search" is read the same everywhere; <search> is new.
    <div className="search" role="search" onKeyDown={onKeyDown}>
      <label htmlFor={inputId} className="search-label">
        Search conditions and body areas
      </label>
      <input
        id={inputId}
        type="search"
        className="search-input"
        placeholder="For example: heel pain, sore jaw, tennis elbow"
        autoComplete="off"
        spellCheck={false}
        value={query}
        aria-describedby={statusId}
        onChange={(event) => setQuery(event.target.value)}
      />
      <p id={statusId} className="search-status" aria-live="polite">
        {trimmed === ''
          ? ''
          : results.length === 0
            ? `Nothing found for “${echo(trimmed)}”. Try other words, like “knee” or “back pain”.`
            : `${results.length} ${results.length === 1 ? 'match' : 'matches'}`}
      </p>
      {results.length > 0 && (
        <ul ref={listRef} className="search-results" aria-label="Search results">
          {results.map((result) => (
            <li
              key={`${result.kind}:${result.kind === 'condition' ? result.condition.id : result.region.id}`}
            >
              <button type="button" className="search-result" onClick={() => choose(result)}>
                <span className="condition-name">
                  {result.kind === 'condition' ? result.condition.name : result.region.name}
                </span>
                <span className="result-kind">{result.kind === 'condition' ? 'Condition' : 'Body area'}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

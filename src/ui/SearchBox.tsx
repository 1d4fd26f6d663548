import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { COMPARISON_PAGE_ID } from '../content/pageIds';
import type { SearchResult } from '../content/search';
import { t } from '../i18n/t';
import { useAppStore } from '../state/store';

type Search = typeof import('../content/search')['search'];

// The fuzzy matcher (fuse.js and the index) is its own chunk, fetched when the search box is first
// focused or typed in: most visits start by looking, and the first paint stays small. What is
// typed meanwhile is kept; its results show as soon as the chunk arrives.
let searchArrived: Search | undefined;
let searchLoading: Promise<Search> | undefined;
function loadSearch(): Promise<Search> {
  searchLoading ??= import('../content/search').then(
    (module) => {
      searchArrived = module.search;
      return module.search;
    },
    (error: unknown) => {
      // The next focus or keystroke tries again.
      searchLoading = undefined;
      throw error;
    },
  );
  return searchLoading;
}

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

function resultKey(result: SearchResult): string {
  if (result.kind === 'condition') return `condition:${result.condition.id}`;
  return result.kind === 'region' ? `region:${result.region.id}` : `page:${result.page}`;
}

function resultName(result: SearchResult): string {
  if (result.kind === 'condition') return result.condition.name;
  return result.kind === 'region' ? result.region.name : result.title;
}

/** What kind of thing a result is; a page is the comparison or a patient's question. */
function resultKind(result: SearchResult): string {
  if (result.kind === 'condition') return t('search.kindCondition');
  if (result.kind === 'region') return t('search.kindRegion');
  return result.page === COMPARISON_PAGE_ID ? t('search.kindComparison') : t('search.kindQuestion');
}

/** The line under the box: how many matches, nothing found, or that search could not load. */
function statusLine(trimmed: string, results: SearchResult[] | 'loading' | 'failed'): string {
  if (trimmed === '' || results === 'loading') return '';
  if (results === 'failed') return t('search.failed');
  if (results.length === 0) return t('search.nothing', { text: echo(trimmed) });
  return t('search.matches', { count: results.length });
}

/** Finds conditions, body areas and the patients' questions from everyday words and misspellings. */
export function SearchBox() {
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<Search | undefined>(() => searchArrived);
  const [failed, setFailed] = useState(false);
  const results = useMemo(() => search?.(query) ?? [], [search, query]);
  const selectCondition = useAppStore((s) => s.selectCondition);
  const selectRegion = useAppStore((s) => s.selectRegion);
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const statusId = useId();
  const trimmed = query.trim();
  // Down pressed before the search code arrived: the first result takes focus when it shows.
  const downWhileLoading = useRef(false);
  useEffect(() => {
    if (!downWhileLoading.current || results.length === 0) return;
    downWhileLoading.current = false;
    listRef.current?.querySelector('button')?.focus();
  }, [results]);

  const openPage = useAppStore((s) => s.openPage);

  // Words typed into the pre-rendered box before the app had started are searched now.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the app takes over the box.
  useEffect(() => {
    const typed = inputRef.current?.value ?? '';
    if (typed === '') return;
    setQuery(typed);
    wantSearch();
  }, []);

  const wantSearch = () => {
    if (search) return;
    setFailed(false);
    loadSearch().then(
      (arrived) => setSearch(() => arrived),
      () => setFailed(true),
    );
  };

  const choose = (result: SearchResult) => {
    if (result.kind === 'condition') selectCondition(result.condition.id);
    else if (result.kind === 'region') selectRegion(result.region.id, { frame: true });
    else openPage(result.page);
    setQuery('');
  };

  // Up/Down move between results, like a menu; Escape clears.
  const onKeyDown = (event: React.KeyboardEvent) => {
    const buttons = [...(listRef.current?.querySelectorAll('button') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (buttons.length === 0) {
        downWhileLoading.current = event.key === 'ArrowDown' && !search && trimmed !== '';
        return;
      }
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
        {t('search.label')}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="search"
        className="search-input"
        placeholder={t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        aria-describedby={statusId}
        onFocus={wantSearch}
        onChange={(event) => {
          downWhileLoading.current = false;
          setQuery(event.target.value);
          wantSearch();
        }}
      />
      <p id={statusId} className="search-status" aria-live="polite">
        {statusLine(trimmed, search ? results : failed ? 'failed' : 'loading')}
      </p>
      {results.length > 0 && (
        <ul ref={listRef} className="search-results" aria-label={t('search.results')}>
          {results.map((result) => (
            <li key={resultKey(result)}>
              <button type="button" className="search-result" onClick={() => choose(result)}>
                <span className="condition-name">{resultName(result)}</span>
                <span className="result-kind">{resultKind(result)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

import { useId, useMemo, useState } from 'react';
import { bonesByGroup, type Grouped, musclesByGroup, nervesByGroup } from '../../content/anatomy';
import { DEEP_LAYERS, type DeepLayer } from '../../state/anatomySlice';
import { useAppStore } from '../../state/store';
import { PartButton } from './PartButton';
import { t } from './words';

interface ListedPart {
  id: string;
  name: string;
  plainName: string;
}

const LISTS: Record<DeepLayer, () => Grouped<ListedPart>[]> = {
  muscles: musclesByGroup,
  skeleton: bonesByGroup,
  nerves: nervesByGroup,
};

/** Lower case, no accents or punctuation: "Sterno-cleido" finds "sternocleidomastoid". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

function filtered(groups: Grouped<ListedPart>[], query: string): Grouped<ListedPart>[] {
  const words = query.split(/\s+/).map(fold).filter(Boolean);
  if (words.length === 0) return groups;
  const matches = (p: ListedPart) => {
    const text = fold(`${p.name} ${p.plainName} ${p.id}`);
    return words.every((w) => text.includes(w));
  };
  return groups.map((g) => ({ ...g, items: g.items.filter(matches) })).filter((g) => g.items.length > 0);
}

/**
 * The DOM twins of the layers beneath the skin: every muscle, bone and nerve in a list grouped by
 * body area, with a box that narrows the list as you type. Choosing one opens its view and shows
 * it on the body.
 */
export default function PartBrowser() {
  // The list of the layer last shown on the body, muscles by default.
  const [layer, setLayer] = useState<DeepLayer>(() => {
    const { layers } = useAppStore.getState();
    return DEEP_LAYERS.find((l) => layers[l]) ?? 'muscles';
  });
  const [query, setQuery] = useState('');
  const groups = useMemo(() => filtered(LISTS[layer](), query), [layer, query]);
  const count = groups.reduce((n, g) => n + g.items.length, 0);
  const headingId = useId();
  const inputId = useId();
  const statusId = useId();
  const trimmed = query.trim();

  return (
    <section className="part-browser" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('anatomy.heading')}</h2>
      <p className="hint">{t('anatomy.hint')}</p>
      {/* biome-ignore lint/a11y/useSemanticElements: three toggle buttons, one pressed. */}
      <div className="part-tabs" role="group" aria-label={t('anatomy.whichList')}>
        {DEEP_LAYERS.map((l) => (
          <button
            key={l}
            type="button"
            className="part-tab"
            aria-pressed={layer === l}
            onClick={() => {
              setLayer(l);
              setQuery('');
            }}
          >
            {t(`anatomy.tab.${l}`)}
          </button>
        ))}
      </div>
      <label htmlFor={inputId} className="part-filter-label">
        {t(`anatomy.find.${layer}`)}
      </label>
      <input
        id={inputId}
        type="search"
        className="search-input part-filter"
        autoComplete="off"
        spellCheck={false}
        placeholder={layer === 'muscles' ? t('anatomy.placeholder') : undefined}
        value={query}
        aria-describedby={statusId}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && query) {
            event.preventDefault();
            setQuery('');
          }
        }}
      />
      <p id={statusId} className="search-status" aria-live="polite">
        {trimmed === ''
          ? ''
          : count === 0
            ? t(`anatomy.noMatch.${layer}`, { query: trimmed.slice(0, 40) })
            : t(`anatomy.count.${layer}`, { count })}
      </p>
      {groups.map((group) => (
        <div key={group.id} className="group">
          <h3>{group.name}</h3>
          <ul
            className="part-list"
            aria-label={t('anatomy.listLabel', { list: t(`anatomy.tab.${layer}`), group: group.name })}
          >
            {group.items.map((p) => (
              <li key={p.id}>
                <PartButton
                  part={{ layer, id: p.id }}
                  name={p.name}
                  detail={p.plainName === p.name ? undefined : p.plainName}
                />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

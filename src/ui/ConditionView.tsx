import { type Condition, getRegion, type Region, type Statement, sourcesFor } from '../content';
import { useAppStore } from '../state/store';
import { RegionButton } from './RegionButton';
import { StatementList } from './StatementList';
import { useFocusOnChange } from './useFocusOnChange';

function sourceIdsOf(condition: Condition): string[] {
  const statements: Statement[] = [
    ...condition.whatItIs,
    ...condition.whereFelt,
    ...condition.howImsMayHelp,
    ...condition.treatmentCourse,
  ];
  const ids = [...statements.flatMap((s) => s.sources), ...condition.muscles.flatMap((m) => m.sources)];
  return [...new Set(ids)];
}

export function ConditionView({ condition, fromRegion }: { condition: Condition; fromRegion?: Region }) {
  const selectCondition = useAppStore((s) => s.selectCondition);
  const selectRegion = useAppStore((s) => s.selectRegion);
  const headingRef = useFocusOnChange<HTMLHeadingElement>(condition.id);
  const regions = condition.regions.map(getRegion).filter((r): r is Region => r !== undefined);
  const sources = sourcesFor(sourceIdsOf(condition));

  const goBack = () => (fromRegion ? selectRegion(fromRegion.id) : selectCondition(null));

  return (
    <article className="view" aria-labelledby="condition-heading">
      <button type="button" className="back-link" onClick={goBack}>
        ← {fromRegion ? `Back to ${fromRegion.name}` : 'All conditions'}
      </button>
      <h1 id="condition-heading" ref={headingRef} tabIndex={-1}>
        {condition.name}
      </h1>
      {condition.otherNames.length > 0 && (
        <p className="other-names">Also called: {condition.otherNames.join(', ')}</p>
      )}
      <p className="summary">{condition.summary}</p>

      <h2>What it is</h2>
      <StatementList statements={condition.whatItIs} />

      <h2>Where it is felt</h2>
      <StatementList statements={condition.whereFelt} />
      <ul className="chip-list" aria-label="Highlighted body areas">
        {regions.map((region) => (
          <li key={region.id}>
            <RegionButton region={region} />
          </li>
        ))}
      </ul>

      <h2>Muscles involved</h2>
      <ul className="muscle-list">
        {condition.muscles.map((muscle) => (
          <li key={muscle.name}>
            <strong>{muscle.name}</strong>: {muscle.plain}{' '}
            <span className="muted">(nerves from about {muscle.nerveRoots})</span>
          </li>
        ))}
      </ul>

      <h2>How IMS may help</h2>
      <StatementList statements={condition.howImsMayHelp} />

      <h2>What a course of treatment looks like</h2>
      <StatementList statements={condition.treatmentCourse} />

      <h2>Sources</h2>
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
    </article>
  );
}

import { type Condition, getRegion, type Region } from '../content';
import { CycleEntryLink } from '../cycle/CycleEntryLink';
import { useAppStore } from '../state/store';
import { RegionButton } from './RegionButton';
import { SourceList } from './SourceList';
import { StatementList } from './StatementList';

// Spinal levels read "nerves leave the spine at about C6–C8"; other supplies are shown as written.
function nerveSupply(levels: string): string {
  return /^[CTLS]\d/.test(levels)
    ? `its nerves leave the spine at about ${levels}`
    : `nerve supply: ${levels}`;
}

export function ConditionView({ condition, fromRegion }: { condition: Condition; fromRegion?: Region }) {
  const selectCondition = useAppStore((s) => s.selectCondition);
  const selectRegion = useAppStore((s) => s.selectRegion);
  const regions = condition.regions.map(getRegion).filter((r): r is Region => r !== undefined);
  const statements = [
    ...condition.whatItIs,
    ...condition.whereFelt,
    ...condition.howImsMayHelp,
    ...condition.treatmentCourse,
  ];

  const goBack = () => (fromRegion ? selectRegion(fromRegion.id) : selectCondition(null));

  return (
    <article className="view" aria-labelledby="condition-heading">
      <button type="button" className="back-link" onClick={goBack}>
        ← {fromRegion ? `Back to ${fromRegion.name}` : 'All conditions'}
      </button>
      <h1 id="condition-heading" tabIndex={-1}>
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
            <span className="muted">({nerveSupply(muscle.nerveRoots)})</span>
          </li>
        ))}
      </ul>

      <h2>How IMS may help</h2>
      <StatementList statements={condition.howImsMayHelp} />
      <CycleEntryLink
        label="See how this pain keeps itself going"
        hint="A short animation of the pain cycle."
      />

      <h2>What a course of treatment looks like</h2>
      <StatementList statements={condition.treatmentCourse} />

      <h2>Sources</h2>
      <SourceList statements={statements} extraIds={condition.muscles.flatMap((m) => m.sources)} />
    </article>
  );
}

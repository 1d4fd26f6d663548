import { type Condition, content, getRegion, type Region, warningSignsFor } from '../content';
import { STRENGTH_LABEL, TESTED_LABEL } from '../content/evidenceLabels';
import { CycleEntryLink } from '../cycle/CycleEntryLink';
import { useAppStore } from '../state/store';
import { conditionMuscleIds, ShowMusclesButton } from './anatomy/ConditionMuscles';
import { ComparePanel } from './ComparePanel';
import { PageLink } from './PageLink';
import { RegionButton } from './RegionButton';
import { SafetyLinks } from './SafetyLinks';
import { SourceList } from './SourceList';
import { StatementList } from './StatementList';
import { SpineLevelsSection } from './segments/SpineLevelsSection';

/** A spinal level such as C5, T12 or S1 (not V3, the jaw branch of a nerve from the brain). */
const SPINAL_LEVEL = /\b[CTLS]\d{1,2}\b/;

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
  const warningSigns = warningSignsFor(condition.warningSigns);
  const { spinalLevels } = content.general;
  // The key to C, T, L and S goes where the levels first appear: the muscle list.
  const showsLevels = condition.muscles.some((m) => SPINAL_LEVEL.test(m.nerveRoots));
  const statements = [
    ...condition.whatItIs,
    ...condition.whereFelt,
    ...(showsLevels ? spinalLevels : []),
    ...condition.imsApproach,
    ...condition.evidence.statements,
    ...condition.treatmentCourse,
  ];

  const allMuscles = conditionMuscleIds(condition);

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
      <p className="compare-line">
        <PageLink page="ims-vs-acupuncture">Is this acupuncture? See how IMS differs</PageLink>
      </p>
      <ComparePanel condition={condition} />

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

      <section className="before-ims" aria-labelledby="before-ims-heading">
        <h2 id="before-ims-heading">Before you try IMS</h2>
        {warningSigns.length > 0 ? (
          <>
            <p>See a doctor first if you have:</p>
            <ul className="warning-list" aria-label={`Warning signs for ${condition.name}`}>
              {warningSigns.map((sign) => (
                <li key={sign.id}>{sign.text}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>Some signs mean a doctor should see you before any needling.</p>
        )}
        <SafetyLinks label={`Safety for ${condition.name}`} />
      </section>

      <h2>Muscles involved</h2>
      {showsLevels && (
        <div className="level-key">
          <p className="level-key-title">What C5, T1, L4 and S1 mean</p>
          <StatementList statements={spinalLevels} />
        </div>
      )}
      {allMuscles.length > 0 && (
        <p>
          <ShowMusclesButton
            ids={allMuscles}
            className="tool-button show-muscles"
            spoken={`The muscles of ${condition.name}`}
            label="Show these muscles on the body"
          />{' '}
          <span className="muted">Or press a muscle's name to see it alone.</span>
        </p>
      )}
      <ul className="muscle-list">
        {condition.muscles.map((muscle) => (
          <li key={muscle.name}>
            {muscle.ids.length > 0 ? (
              <ShowMusclesButton
                ids={muscle.ids}
                className="muscle-link"
                spoken={muscle.name}
                label={<strong>{muscle.name}</strong>}
              />
            ) : (
              <strong>{muscle.name}</strong>
            )}
            : {muscle.plain} <span className="muted">({nerveSupply(muscle.nerveRoots)})</span>
          </li>
        ))}
      </ul>

      <h2>How IMS is meant to work here</h2>
      <StatementList statements={condition.imsApproach} />
      <CycleEntryLink
        label="See how this pain keeps itself going"
        hint="A short animation of the pain cycle."
      />

      <SpineLevelsSection condition={condition} />

      <h2>What the research shows</h2>
      <dl className="evidence-facts">
        <div>
          <dt>What was tested</dt>
          <dd>{TESTED_LABEL[condition.evidence.tested]}</dd>
        </div>
        <div>
          <dt>How strong it is</dt>
          <dd>{STRENGTH_LABEL[condition.evidence.strength]}</dd>
        </div>
      </dl>
      <StatementList statements={condition.evidence.statements} />

      <h2>What a course of treatment looks like</h2>
      <StatementList statements={condition.treatmentCourse} />

      <h2>Sources</h2>
      <SourceList
        statements={statements}
        extraIds={[...condition.muscles.flatMap((m) => m.sources), ...warningSigns.flatMap((s) => s.sources)]}
      />
    </article>
  );
}

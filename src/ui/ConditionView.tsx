import { type Condition, content, getRegion, type Region, warningSignsFor } from '../content';
import { STRENGTH_LABEL, TESTED_LABEL } from '../content/evidenceLabels';
import { CycleEntryLink } from '../cycle/CycleEntryLink';
import { t } from '../i18n/t';
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
    ? t('condition.nervesLeave', { levels })
    : t('condition.nerveSupply', { levels });
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
        ← {fromRegion ? t('common.backTo', { name: fromRegion.name }) : t('condition.all')}
      </button>
      <h1 id="condition-heading" tabIndex={-1}>
        {condition.name}
      </h1>
      {condition.otherNames.length > 0 && (
        <p className="other-names">{t('condition.alsoCalled', { names: condition.otherNames.join(', ') })}</p>
      )}
      <p className="summary">{condition.summary}</p>
      <p className="compare-line">
        <PageLink page="ims-vs-acupuncture">{t('condition.isThisAcupuncture')}</PageLink>
      </p>
      <ComparePanel condition={condition} />

      <h2>{t('condition.whatItIs')}</h2>
      <StatementList statements={condition.whatItIs} />

      <h2>{t('condition.whereFelt')}</h2>
      <StatementList statements={condition.whereFelt} />
      <ul className="chip-list" aria-label={t('condition.highlightedAreas')}>
        {regions.map((region) => (
          <li key={region.id}>
            <RegionButton region={region} />
          </li>
        ))}
      </ul>

      <section className="before-ims" aria-labelledby="before-ims-heading">
        <h2 id="before-ims-heading">{t('condition.beforeIms')}</h2>
        {warningSigns.length > 0 ? (
          <>
            <p>{t('condition.seeDoctorIf')}</p>
            <ul
              className="warning-list"
              aria-label={t('condition.warningSignsFor', { name: condition.name })}
            >
              {warningSigns.map((sign) => (
                <li key={sign.id}>{sign.text}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('condition.someSigns')}</p>
        )}
        <SafetyLinks label={t('condition.safetyFor', { name: condition.name })} />
      </section>

      <h2>{t('condition.muscles')}</h2>
      {showsLevels && (
        <div className="level-key">
          <p className="level-key-title">{t('condition.levelKey')}</p>
          <StatementList statements={spinalLevels} />
        </div>
      )}
      {allMuscles.length > 0 && (
        <p>
          <ShowMusclesButton
            ids={allMuscles}
            className="tool-button show-muscles"
            spoken={t('condition.musclesOf', { name: condition.name })}
            label={t('condition.showMuscles')}
          />{' '}
          <span className="muted">{t('condition.pressMuscle')}</span>
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

      <h2>{t('condition.howImsWorks')}</h2>
      <StatementList statements={condition.imsApproach} />
      <CycleEntryLink label={t('condition.cycleLabel')} hint={t('condition.cycleHint')} />

      <SpineLevelsSection condition={condition} />

      <h2>{t('condition.research')}</h2>
      <dl className="evidence-facts">
        <div>
          <dt>{t('condition.tested')}</dt>
          <dd>{TESTED_LABEL[condition.evidence.tested]}</dd>
        </div>
        <div>
          <dt>{t('condition.strength')}</dt>
          <dd>{STRENGTH_LABEL[condition.evidence.strength]}</dd>
        </div>
      </dl>
      <StatementList statements={condition.evidence.statements} />

      <h2>{t('condition.course')}</h2>
      <StatementList statements={condition.treatmentCourse} />

      <h2>{t('common.sources')}</h2>
      <SourceList
        statements={statements}
        extraIds={[...condition.muscles.flatMap((m) => m.sources), ...warningSigns.flatMap((s) => s.sources)]}
      />
    </article>
  );
}

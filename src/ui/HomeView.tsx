import { ChartEntryLink } from '../consult/chart/ChartEntryLink';
import { conditionsByArea, content, regionsByArea } from '../content';
import { CycleEntryLink } from '../cycle/CycleEntryLink';
import { t } from '../i18n/t';
import { LazyPartBrowser } from './anatomy/LazyAnatomy';
import { ComparisonEntryLink } from './ComparisonEntryLink';
import { ConditionButton } from './ConditionButton';
import { PageLink } from './PageLink';
import { QuestionLinks } from './QuestionLinks';
import { RegionButton } from './RegionButton';
import { SafetyLinks } from './SafetyLinks';
import { SourceList } from './SourceList';
import { SpineEntryLink } from './SpineEntryLink';
import { StatementList } from './StatementList';

export function HomeView() {
  const { general, safety } = content;
  return (
    <div className="view">
      <h1 tabIndex={-1}>{t('home.title')}</h1>
      <StatementList statements={general.whatIsIms.slice(0, 2)} />
      <SafetyLinks label={t('home.safety')} />
      <CycleEntryLink label={t('home.cycleLabel')} hint={t('home.cycleHint')} />
      <ComparisonEntryLink />
      <ChartEntryLink />
      <p className="hint">{t('home.hint')}</p>

      <section aria-labelledby="index-heading">
        <h2 id="index-heading">{t('home.conditions')}</h2>
        {conditionsByArea().map(({ area, conditions }) =>
          conditions.length === 0 ? null : (
            <div key={area.id} className="group">
              <h3>{area.name}</h3>
              <ul className="condition-list">
                {conditions.map((condition) => (
                  <li key={condition.id}>
                    <ConditionButton condition={condition} showSummary />
                  </li>
                ))}
              </ul>
            </div>
          ),
        )}
      </section>

      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading">{t('home.questions')}</h2>
        <QuestionLinks label={t('home.questions')} />
      </section>

      <section aria-labelledby="regions-heading">
        <h2 id="regions-heading">{t('home.bodyAreas')}</h2>
        {regionsByArea().map(({ area, regions }) =>
          regions.length === 0 ? null : (
            <div key={area.id} className="group">
              <h3>{area.name}</h3>
              <ul className="chip-list">
                {regions.map((region) => (
                  <li key={region.id}>
                    <RegionButton region={region} />
                  </li>
                ))}
              </ul>
            </div>
          ),
        )}
      </section>

      <LazyPartBrowser />

      <section aria-labelledby="more-heading">
        <h2 id="more-heading">{t('home.howItWorks')}</h2>
        <StatementList statements={general.whatIsIms.slice(2)} />
        <SpineEntryLink />
        <h2>{t('home.whoFor')}</h2>
        <StatementList statements={general.whoIsItFor} />
        <h2>{t('home.feel')}</h2>
        <StatementList statements={general.whatItFeelsLike} />
        <h2>{t('home.sessions')}</h2>
        <StatementList statements={general.course} />
        <h2>{t('home.evidence')}</h2>
        <StatementList statements={general.evidence} />
        <h2>{safety.sideEffects.title}</h2>
        <StatementList statements={safety.sideEffects.intro} />
        <p>
          <PageLink page="side-effects">{t('home.moreSideEffects')}</PageLink>
        </p>
        <h2>{safety.warningSigns.title}</h2>
        <StatementList statements={safety.warningSigns.intro} />
        <p>
          <PageLink page="see-a-doctor-first">{t('home.allWarningSigns')}</PageLink>
        </p>
        <h2>{t('common.sources')}</h2>
        <SourceList
          statements={[
            ...general.whatIsIms,
            ...general.whoIsItFor,
            ...general.whatItFeelsLike,
            ...general.course,
            ...general.evidence,
            ...safety.sideEffects.intro,
            ...safety.warningSigns.intro,
          ]}
        />
      </section>
    </div>
  );
}

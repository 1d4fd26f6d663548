import { ChartEntryLink } from '../consult/chart/ChartEntryLink';
import { conditionsByArea, content, regionsByArea } from '../content';
import { CycleEntryLink } from '../cycle/CycleEntryLink';
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
      <h1 tabIndex={-1}>What is IMS?</h1>
      <StatementList statements={general.whatIsIms.slice(0, 2)} />
      <SafetyLinks label="Safety" />
      <CycleEntryLink
        label="Why the pain keeps going"
        hint="A short animation: the pain cycle, and what the needle is thought to do."
      />
      <ComparisonEntryLink />
      <ChartEntryLink />
      <p className="hint">Tap or click a part of the body, or choose from the lists below.</p>

      <section aria-labelledby="index-heading">
        <h2 id="index-heading">Conditions this clinic treats with IMS</h2>
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
        <h2 id="questions-heading">Questions new patients ask</h2>
        <QuestionLinks label="Questions new patients ask" />
      </section>

      <section aria-labelledby="regions-heading">
        <h2 id="regions-heading">Body areas</h2>
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
        <h2 id="more-heading">How IMS works</h2>
        <StatementList statements={general.whatIsIms.slice(2)} />
        <SpineEntryLink />
        <h2>Who is IMS for?</h2>
        <StatementList statements={general.whoIsItFor} />
        <h2>What does it feel like?</h2>
        <StatementList statements={general.whatItFeelsLike} />
        <h2>How many sessions?</h2>
        <StatementList statements={general.course} />
        <h2>How strong is the evidence?</h2>
        <StatementList statements={general.evidence} />
        <h2>{safety.sideEffects.title}</h2>
        <StatementList statements={safety.sideEffects.intro} />
        <p>
          <PageLink page="side-effects">Read more about side effects</PageLink>
        </p>
        <h2>{safety.warningSigns.title}</h2>
        <StatementList statements={safety.warningSigns.intro} />
        <p>
          <PageLink page="see-a-doctor-first">See all the warning signs</PageLink>
        </p>
        <h2>Sources</h2>
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

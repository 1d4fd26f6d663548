import { ClinicFooter } from '../../clinic/ClinicFooter';
import { content } from '../../content';
import { cycleHref, openCycleFromLink } from '../../cycle/links';
import { useAppStore } from '../../state/store';
import { ConditionButton } from '../../ui/ConditionButton';
import { PageLink } from '../../ui/PageLink';
import { StatementList } from '../../ui/StatementList';
import { Handout } from './Handout';
import { closeVisit } from './openVisit';
import { usePrintHandout } from './usePrintHandout';
import { areaName, conditionsOf, markWords, stagesOf, whatToExpect } from './visitWords';
import './takehome.css';
import { withLang } from '../../i18n/t';

/** "Your visit": what a take-home link holds, on the patient's phone (or any screen). */
export default function VisitView() {
  const visit = useAppStore((s) => s.visit);
  // The chart on show: the link's, unless it was changed here since.
  const chart = useAppStore((s) => s.chart);
  const clinic = useAppStore((s) => s.clinic);
  const { pictures, preparing, print } = usePrintHandout();
  if (!visit) return null;
  const conditions = conditionsOf(visit.conditions);
  const stages = stagesOf(visit.stages);

  return (
    <div className="view visit-view">
      <h1 tabIndex={-1}>Your visit</h1>
      <p>
        This is what your physiotherapist showed you. It is all in the link: there is no account, and nothing
        about you is kept on a server.
      </p>

      <h2>What we talked about</h2>
      {conditions.length === 0 ? (
        <p className="muted">No condition was opened.</p>
      ) : (
        <>
          <ul className="condition-list">
            {conditions.map((condition) => (
              <li key={condition.id}>
                <ConditionButton condition={condition} showSummary />
              </li>
            ))}
          </ul>
          <p className="hint">These are to discuss with your physiotherapist. This is not a diagnosis.</p>
        </>
      )}

      {stages.length > 0 && (
        <>
          <h2>The pain cycle</h2>
          <ul className="visit-stages">
            {stages.map((stage) => (
              <li key={stage.id}>
                <a href={cycleHref(stage.id)} onClick={(event) => openCycleFromLink(event, stage.id)}>
                  {stage.title}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>Your pain chart</h2>
      {chart.length === 0 ? (
        <p className="muted">No marks were made.</p>
      ) : (
        <>
          <p className="hint">Your marks are shown on the body too.</p>
          <ul className="visit-chart" aria-label="Your pain chart">
            {chart.map((mark) => (
              <li key={mark.id}>
                <strong>{areaName(mark)}</strong>: {markWords(mark)}
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>What to expect</h2>
      <StatementList statements={whatToExpect()} />
      <p>
        <PageLink page="what-happens-in-a-session">What happens in a session?</PageLink>
      </p>

      <h2>{content.safety.warningSigns.title}</h2>
      <StatementList statements={content.safety.warningSigns.intro.slice(0, 1)} />
      <p>
        <PageLink page="see-a-doctor-first">See the warning signs</PageLink>
      </p>

      {clinic && (
        <>
          <h2>Your clinic</h2>
          <div className="visit-clinic">
            <ClinicFooter />
          </div>
        </>
      )}

      <div className="visit-actions">
        <button type="button" className="tool-button" onClick={print} disabled={preparing}>
          {preparing ? 'Getting the handout ready…' : 'Print the handout'}
        </button>
        <button type="button" className="tool-button" onClick={closeVisit}>
          Close this visit
        </button>
      </div>
      <Handout
        takeHome={{ ...visit, chart }}
        link={`${window.location.origin}${window.location.pathname}${withLang('')}${window.location.hash}`}
        pictures={pictures}
      />
    </div>
  );
}

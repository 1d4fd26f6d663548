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
import { t } from '../words';

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
      <h1 tabIndex={-1}>{t('consult.visit.heading')}</h1>
      <p>{t('consult.visit.intro')}</p>

      <h2>{t('consult.visit.talked')}</h2>
      {conditions.length === 0 ? (
        <p className="muted">{t('consult.visit.noCondition')}</p>
      ) : (
        <>
          <ul className="condition-list">
            {conditions.map((condition) => (
              <li key={condition.id}>
                <ConditionButton condition={condition} showSummary />
              </li>
            ))}
          </ul>
          <p className="hint">{t('consult.visit.notDiagnosis')}</p>
        </>
      )}

      {stages.length > 0 && (
        <>
          <h2>{t('consult.visit.cycle')}</h2>
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

      <h2>{t('consult.visit.chart')}</h2>
      {chart.length === 0 ? (
        <p className="muted">{t('consult.visit.noMarks')}</p>
      ) : (
        <>
          <p className="hint">{t('consult.visit.marksOnBody')}</p>
          <ul className="visit-chart" aria-label={t('consult.visit.chart')}>
            {chart.map((mark) => (
              <li key={mark.id}>
                <strong>{areaName(mark)}</strong>: {markWords(mark)}
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>{t('consult.visit.expect')}</h2>
      <StatementList statements={whatToExpect()} />
      <p>
        <PageLink page="what-happens-in-a-session">{t('consult.visit.session')}</PageLink>
      </p>

      <h2>{content.safety.warningSigns.title}</h2>
      <StatementList statements={content.safety.warningSigns.intro.slice(0, 1)} />
      <p>
        <PageLink page="see-a-doctor-first">{t('consult.visit.warningSigns')}</PageLink>
      </p>

      {clinic && (
        <>
          <h2>{t('consult.visit.clinic')}</h2>
          <div className="visit-clinic">
            <ClinicFooter />
          </div>
        </>
      )}

      <div className="visit-actions">
        <button type="button" className="tool-button" onClick={print} disabled={preparing}>
          {preparing ? t('consult.takeHome.preparing') : t('consult.takeHome.print')}
        </button>
        <button type="button" className="tool-button" onClick={closeVisit}>
          {t('consult.visit.close')}
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

import { useEffect, useRef, useState } from 'react';
import { getCondition, getRegion } from '../../content';
import { sourcesFor } from '../../content/sourceLookup';
import { useAppStore } from '../../state/store';
import { Citations } from '../../ui/Citations';
import { isPlainClick } from '../../ui/plainClick';
import { ChartTools } from '../chart/ChartTools';
import { suggestConditions } from '../chart/suggest';
import { useMarkLevels } from '../chart/useMarkLevels';
import { PatientScreenButton } from '../sync/PatientScreenButton';
import { TakeHomePanel } from '../takehome/TakeHomePanel';
import { COMMON_CONDITIONS } from '../tour/showStep';
import { TOUR_WORDS } from '../tour/steps';
import { stepCount, TOUR_TITLES } from '../tour/titles';
import { TOUR_STEPS, type TourStepId } from '../types';
import { t } from '../words';
import { BlankScreen } from './BlankScreen';
import { EndConsultation } from './EndConsultation';
import { PointerHighlight } from './PointerHighlight';
import { runClickerAction, stopPresenting, toggleBlank } from './presenterActions';

// Presenter mode's caption bar (its own chunk, loaded when presenter mode starts): the step's
// heading and words, large, for the patient to read; and, in the practitioner's window only
// (`.presenter-only`, hidden on the patient's screen), the controls and the talking points.

/** The conditions step: the chart's suggestions to discuss, else a few common ones to choose from. */
function ConditionChoices() {
  const chart = useAppStore((s) => s.chart);
  const conditionId = useAppStore((s) => s.conditionId);
  const selectCondition = useAppStore((s) => s.selectCondition);
  const suggested = suggestConditions(chart);
  const fromChart = suggested.length > 0;
  const choices = fromChart
    ? suggested
    : COMMON_CONDITIONS.map((id) => getCondition(id)).filter((c) => c !== undefined);
  const shown = conditionId ? getCondition(conditionId) : undefined;
  return (
    <div className="presenter-choices">
      {shown && <p className="presenter-line presenter-shown">{shown.summary}</p>}
      <h3 className="presenter-choices-title">
        {fromChart ? t('consult.toDiscuss') : t('consult.choices.common')}
      </h3>
      <ul className="presenter-choice-list">
        {choices.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              className="presenter-button"
              aria-pressed={c.id === conditionId}
              onClick={() => selectCondition(c.id)}
            >
              {c.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The spinal-levels step with a pain chart: which levels the marks fall in (the scene finds them
 * while the chart is laid over the bands), for both screens; nothing without marks.
 */
function MarkLevelsLine() {
  const marks = useAppStore((s) => s.chart.length);
  const overlay = useAppStore((s) => s.chartOverlay);
  const found = useMarkLevels();
  if (marks === 0 || !overlay) return null;
  return (
    <div className="presenter-levels">
      <p className="presenter-line" aria-live="polite">
        {found?.sentence ?? t('consult.levels.finding')}
      </p>
      <p className="presenter-levels-note">{t('consult.levels.note')}</p>
    </div>
  );
}

/** What a step adds under its words. */
function StepExtra({ step }: { step: TourStepId }) {
  if (step === 'where-it-hurts')
    return (
      <div className="presenter-only presenter-extra">
        <ChartTools />
      </div>
    );
  if (step === 'conditions') return <ConditionChoices />;
  if (step === 'spinal-levels') return <MarkLevelsLine />;
  if (step === 'take-home')
    return (
      <div className="presenter-extra">
        <TakeHomePanel />
      </div>
    );
  return null;
}

/** Outside the tour: what is on show, so the caption still says what the patient sees. */
function FreeCaption() {
  const condition = useAppStore((s) => (s.conditionId ? getCondition(s.conditionId) : undefined));
  const region = useAppStore((s) => (s.regionId ? getRegion(s.regionId) : undefined));
  const shown = condition ?? region;
  const words = condition ? condition.summary : region?.description;
  return (
    <>
      <p className="presenter-count presenter-only">{t('consult.free.count')}</p>
      <h2 className="presenter-title" tabIndex={-1}>
        {shown ? shown.name : t('consult.free.body')}
      </h2>
      {words && <p className="presenter-line">{words}</p>}
    </>
  );
}

function StepList({ current, onClose }: { current: TourStepId | null; onClose: () => void }) {
  const goToStep = useAppStore((s) => s.goToStep);
  return (
    <nav
      id="presenter-steps"
      className="presenter-steps"
      aria-label={t('consult.steps.label')}
      data-own-keys=""
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <ol>
        {TOUR_STEPS.map((step) => (
          <li key={step}>
            <a
              href={`?tour=${step}`}
              aria-current={step === current ? 'step' : undefined}
              onClick={(event) => {
                if (!isPlainClick(event)) return;
                event.preventDefault();
                goToStep(step);
                onClose();
              }}
            >
              {TOUR_TITLES[step]}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Controls({ step }: { step: TourStepId | null }) {
  const lastTourStep = useAppStore((s) => s.lastTourStep);
  const goToStep = useAppStore((s) => s.goToStep);
  const [listOpen, setListOpen] = useState(false);
  const listButton = useRef<HTMLButtonElement>(null);
  const closeList = () => {
    setListOpen(false);
    listButton.current?.focus();
  };
  const first = step === TOUR_STEPS[0];
  const last = step === TOUR_STEPS[TOUR_STEPS.length - 1];
  return (
    <div className="presenter-controls presenter-only">
      <div className="presenter-nav">
        <button
          type="button"
          className="presenter-button"
          // Not `disabled`: a focused button that became disabled would drop the keyboard's focus.
          aria-disabled={step !== null && first}
          onClick={() => runClickerAction('previous')}
        >
          {t('consult.back')}
        </button>
        <button
          type="button"
          className="presenter-button presenter-next"
          aria-disabled={step !== null && last}
          onClick={() => runClickerAction('next')}
        >
          {t('consult.next')}
        </button>
        <button
          ref={listButton}
          type="button"
          className="presenter-button"
          aria-expanded={listOpen}
          aria-controls="presenter-steps"
          onClick={() => setListOpen(!listOpen)}
        >
          {t('consult.allSteps')}
        </button>
      </div>
      {listOpen && <StepList current={step} onClose={closeList} />}
      <div className="presenter-tools">
        {step ? (
          <button type="button" className="presenter-button" onClick={() => goToStep(null)}>
            {t('consult.leaveTour')}
          </button>
        ) : (
          <button
            type="button"
            className="presenter-button"
            onClick={() => goToStep(lastTourStep ?? TOUR_STEPS[0])}
          >
            {t('consult.backToTour')}
          </button>
        )}
        <button type="button" className="presenter-button" onClick={toggleBlank}>
          {t('consult.blankScreen')}
        </button>
        <PatientScreenButton />
        <EndConsultation />
        <button type="button" className="presenter-button" onClick={stopPresenting}>
          {t('consult.stopPresenting')}
        </button>
      </div>
    </div>
  );
}

function Notes({ step }: { step: TourStepId }) {
  const words = TOUR_WORDS[step];
  const sources = sourcesFor(words.lines.flatMap((line) => [...line.sources]));
  return (
    <section className="presenter-notes presenter-only" aria-label={t('consult.notes')}>
      <h3>{t('consult.notes')}</h3>
      <ul>
        {words.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <p className="presenter-keys">{t('consult.keys')}</p>
      {sources.length > 0 && (
        <details className="presenter-sources">
          <summary>{t('consult.sources')}</summary>
          <Citations sources={sources} />
        </details>
      )}
    </section>
  );
}

export default function PresenterBar() {
  const step = useAppStore((s) => s.tourStep);
  const cycleOpen = useAppStore((s) => s.cycleStage !== null);
  const barRef = useRef<HTMLElement>(null);

  // Presenter mode just started: land on the caption (the header's button has gone).
  useEffect(() => {
    barRef.current?.querySelector<HTMLElement>('.presenter-title')?.focus({ preventScroll: true });
  }, []);

  const words = step ? TOUR_WORDS[step] : null;
  return (
    <>
      <section ref={barRef} className="presenter-bar" aria-label={t('consult.bar')}>
        <div className="presenter-caption">
          {step && words ? (
            <>
              <p className="presenter-count">{stepCount(step)}</p>
              <h2 className="presenter-title" tabIndex={-1}>
                {words.title}
              </h2>
              {/* The pain cycle's own caption, above the bar, says its step. */}
              {!(words.ownCaption && cycleOpen) &&
                words.lines.map((line) => (
                  <p key={line.text} className="presenter-line">
                    {line.text}
                  </p>
                ))}
              <StepExtra step={step} />
            </>
          ) : (
            <FreeCaption />
          )}
        </div>
        <div className="presenter-side presenter-only">
          <Controls step={step} />
          {step && <Notes step={step} />}
        </div>
      </section>
      <BlankScreen />
      <PointerHighlight />
    </>
  );
}

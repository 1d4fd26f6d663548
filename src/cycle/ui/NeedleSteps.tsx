import { useAppStore } from '../../state/store';
import type { CycleStageId } from '../stageIds';
import { CYCLE_NOTES, CYCLE_STAGES } from '../stages';
import { t } from '../words';
import { stepLabel } from './stepLabel';

const NEEDLE = CYCLE_STAGES.map((stage, i) => ({ stage, number: i + 1 })).filter(
  (s) => s.stage.part === 'needle',
);

/** The second part: how the needle breaks the cycle, step by step. */
export function NeedleSteps({ current }: { current: CycleStageId }) {
  const setCycleStage = useAppStore((s) => s.setCycleStage);
  return (
    <nav className="needle-nav" aria-labelledby="needle-heading">
      <h2 id="needle-heading">{t('cycle.part.needle')}</h2>
      <ol className="needle-steps">
        {NEEDLE.map(({ stage, number }) => (
          <li key={stage.id}>
            <button
              type="button"
              className="loop-step needle-step"
              aria-current={current === stage.id ? 'step' : undefined}
              onClick={() => setCycleStage(stage.id)}
            >
              <span className="loop-number" aria-hidden="true">
                {number}
              </span>
              <span className="visually-hidden">{t('cycle.stepNumber', { number })}</span>
              {stepLabel(stage)}
            </button>
          </li>
        ))}
      </ol>
      <p className="cycle-honesty">{CYCLE_NOTES.needleHonesty}</p>
    </nav>
  );
}

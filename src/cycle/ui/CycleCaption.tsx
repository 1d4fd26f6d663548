import type { CycleStage } from '../stages';
import { TIMELINE } from '../timeline';
import { t } from '../words';

const PART_NAMES = { cycle: 'cycle.part.cycle', needle: 'cycle.part.needle' } as const;

/** The caption under the picture, read aloud (politely) whenever the step changes. */
export function CycleCaption({ stage, index }: { stage: CycleStage; index: number }) {
  return (
    <div className="cycle-caption" aria-live="polite" aria-atomic="true">
      <p className="cycle-caption-step">
        {t('cycle.caption.step', {
          part: t(PART_NAMES[stage.part]),
          number: index + 1,
          total: TIMELINE.stages.length,
        })}
      </p>
      <h2 className="cycle-caption-title">{stage.title}</h2>
      <p className="cycle-caption-text" data-testid="cycle-caption">
        {stage.caption}
      </p>
      {stage.clinic && <p className="cycle-clinic-tag">{t('cycle.clinicTag')}</p>}
    </div>
  );
}

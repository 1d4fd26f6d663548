import type { CycleStage } from '../stages';
import { TIMELINE } from '../timeline';

const PART_NAMES = { cycle: 'The pain cycle', needle: 'What the needle is thought to do' } as const;

/** The caption under the picture, read aloud (politely) whenever the step changes. */
export function CycleCaption({ stage, index }: { stage: CycleStage; index: number }) {
  return (
    <div className="cycle-caption" aria-live="polite" aria-atomic="true">
      <p className="cycle-caption-step">
        {PART_NAMES[stage.part]} · Step {index + 1} of {TIMELINE.stages.length}
      </p>
      <h2 className="cycle-caption-title">{stage.title}</h2>
      <p className="cycle-caption-text" data-testid="cycle-caption">
        {stage.caption}
      </p>
      {stage.clinic && <p className="cycle-clinic-tag">What this clinic tells its patients</p>}
    </div>
  );
}

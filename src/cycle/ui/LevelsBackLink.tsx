import { getCondition } from '../../content';
import { useAppStore } from '../../state/store';
import { leaveCycleForLevels, levelsHref } from '../links';
import type { CycleStageId } from '../stageIds';
import { t } from '../words';

/** The steps about the nerve root and the tight muscle: where the segmental view shows them. */
const LINKED_STEPS: readonly CycleStageId[] = ['nerve-root', 'muscle-tightens'];

/**
 * "See the spinal levels of tennis elbow": on the steps about the root and the muscle, when the
 * explainer was opened with a condition, a way back to that condition's levels on the body.
 */
export function LevelsBackLink({ stageId }: { stageId: CycleStageId }) {
  const conditionId = useAppStore((s) => s.conditionId);
  const condition = conditionId ? getCondition(conditionId) : undefined;
  if (!condition || !LINKED_STEPS.includes(stageId)) return null;
  return (
    <p className="cycle-levels-link">
      <a href={levelsHref(condition.id)} onClick={(event) => leaveCycleForLevels(event, condition.id)}>
        {t('cycle.levelsLink', { condition: condition.name })}
      </a>
    </p>
  );
}

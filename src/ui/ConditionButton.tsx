import type { Condition } from '../content';
import { useAppStore } from '../state/store';

export function ConditionButton({
  condition,
  showSummary = false,
}: {
  condition: Condition;
  showSummary?: boolean;
}) {
  const selectCondition = useAppStore((s) => s.selectCondition);
  return (
    <button
      type="button"
      className="condition-button"
      data-condition={condition.id}
      onClick={() => selectCondition(condition.id)}
    >
      <span className="condition-name">{condition.name}</span>
      {showSummary && <span className="condition-summary">{condition.summary}</span>}
    </button>
  );
}

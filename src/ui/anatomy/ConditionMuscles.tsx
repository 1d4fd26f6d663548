import type { Condition } from '../../content';
import { useAppStore } from '../../state/store';
import { t } from './layerNames';

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/** Every muscle id a condition names, once each, in its order. */
export function conditionMuscleIds(condition: Condition): string[] {
  return [...new Set(condition.muscles.flatMap((m) => m.ids))];
}

/**
 * A button that lights some of a condition's muscles on the body (the muscle layer shows, the skin
 * turns see-through) and frames them; pressed while exactly those are lit.
 */
export function ShowMusclesButton({
  ids,
  label,
  spoken,
  className,
}: {
  ids: string[];
  label: React.ReactNode;
  /** What is read aloud, e.g. "Upper trapezius". */
  spoken: string;
  className: string;
}) {
  const lit = useAppStore((s) => s.litMuscles.length > 0 && sameIds(s.litMuscles, ids));
  const showMuscles = useAppStore((s) => s.showMuscles);
  const announce = useAppStore((s) => s.announce);
  return (
    <button
      type="button"
      className={className}
      aria-pressed={lit}
      data-muscles={ids.join(' ')}
      onClick={() => {
        showMuscles(lit ? [] : ids);
        announce(
          lit ? t('layers.musclesUnlit', { muscles: spoken }) : t('layers.musclesLit', { muscles: spoken }),
        );
      }}
    >
      {label}
    </button>
  );
}

import type { KeyboardEvent } from 'react';
import { SPINAL_LEVELS, type SpinalLevel, stepLevel } from '../../content/segments';
import { t } from './words';

// The level picker: C1 to S2 as buttons, grouped by part of the spine. One tab stop (a roving
// tabindex): the arrow keys move up and down the spine and choose as they go, Home and End jump to
// the ends, and Page Up / Page Down step too (a presentation clicker sends those).

export const SPINE_PARTS = [
  { letter: 'C', name: () => t('segments.partNeck') },
  { letter: 'T', name: () => t('segments.partUpperBack') },
  { letter: 'L', name: () => t('segments.partLowBack') },
  { letter: 'S', name: () => t('segments.partBase') },
] as const;

/** The name of the part of the spine a level belongs to: "Neck" for C6. */
export const spinePartOf = (level: SpinalLevel) =>
  SPINE_PARTS.find((p) => p.letter === level[0])?.name() ?? '';

const KEY_STEPS: Readonly<Record<string, number>> = {
  ArrowUp: -1,
  ArrowLeft: -1,
  PageUp: -1,
  ArrowDown: 1,
  ArrowRight: 1,
  PageDown: 1,
};

const buttonOf = (level: SpinalLevel) =>
  document.querySelector<HTMLButtonElement>(`.level-picker [data-level="${level}"]`);

/**
 * Focuses a level's button at once (the next key press starts from it), and again once the view
 * has drawn: a choice made in the picker keeps the focus in the picker, even where the view around
 * it changes (a condition's levels → a level, which draws a new picker).
 */
export function focusLevelButton(level: SpinalLevel) {
  buttonOf(level)?.focus();
  requestAnimationFrame(() => {
    const button = buttonOf(level);
    if (button && document.activeElement !== button) button.focus();
  });
}

export function LevelPicker({
  chosen,
  marked,
  markedLabel,
  onChoose,
}: {
  chosen: SpinalLevel | null;
  /** The condition's levels, marked with a dot. */
  marked: readonly SpinalLevel[];
  /** What the dot means, e.g. "the levels of tennis elbow"; shown only when some are marked. */
  markedLabel: string;
  onChoose: (level: SpinalLevel) => void;
}) {
  // The tab stop: the chosen level, else the first marked one, else the top of the spine.
  const tabStop = chosen ?? marked[0] ?? SPINAL_LEVELS[0];
  const choose = (level: SpinalLevel) => {
    onChoose(level);
    focusLevelButton(level);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    const from = (event.target as HTMLElement).dataset.level as SpinalLevel | undefined;
    if (!from || event.altKey || event.ctrlKey || event.metaKey) return;
    let to: SpinalLevel | null = null;
    if (event.key === 'Home') to = SPINAL_LEVELS[0];
    else if (event.key === 'End') to = SPINAL_LEVELS[SPINAL_LEVELS.length - 1] as SpinalLevel;
    else if (event.key in KEY_STEPS) to = stepLevel(from, KEY_STEPS[event.key] ?? 0);
    if (!to) return;
    event.preventDefault();
    if (to !== from) choose(to);
  };
  return (
    <fieldset className="level-picker" aria-describedby="level-picker-hint" onKeyDown={onKeyDown}>
      <legend className="level-picker-title">{t('segments.chooseLevel')}</legend>
      <p className="level-picker-hint" id="level-picker-hint">
        {marked.length > 0 && (
          <>
            <span className="level-dot" aria-hidden="true" />{' '}
            {t('segments.marked', {
              label: markedLabel,
            })}{' '}
          </>
        )}
        {t('segments.pickerHint')}
      </p>
      <span id="level-marked-note" hidden>
        {markedLabel}
      </span>
      {SPINE_PARTS.map((part) => (
        <fieldset key={part.letter} className="level-group">
          <legend className="level-group-name">{part.name()}</legend>
          <div className="level-buttons">
            {SPINAL_LEVELS.filter((l) => l[0] === part.letter).map((level) => (
              <button
                key={level}
                type="button"
                className="level-button"
                data-level={level}
                data-marked={marked.includes(level) || undefined}
                aria-pressed={chosen === level}
                aria-describedby={marked.includes(level) ? 'level-marked-note' : undefined}
                tabIndex={level === tabStop ? 0 : -1}
                onClick={() => choose(level)}
              >
                {level}
              </button>
            ))}
          </div>
        </fieldset>
      ))}
    </fieldset>
  );
}

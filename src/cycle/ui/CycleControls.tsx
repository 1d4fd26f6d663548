import { useEffect, useRef } from 'react';
import { useAppStore } from '../../state/store';
import type { CycleStageId } from '../stageIds';
import { CYCLE_STAGES, getStage, stageIndex } from '../stages';
import { isCycleSpeed, SPEEDS, TIMELINE } from '../timeline';
import { t } from '../words';
import { NextIcon, PauseIcon, PlayIcon, PreviousIcon, ReplayIcon } from './Icons';
import { stepLabel } from './stepLabel';

const COUNT = TIMELINE.stages.length;
const NEEDLE_START = CYCLE_STAGES.findIndex((s) => s.part === 'needle');

/**
 * The scrubber follows the clock without React: a clock listener writes its value (and the filled
 * part of the track) straight to the element, so playing never re-renders the controls.
 */
function Scrubber({ stageId }: { stageId: CycleStageId }) {
  const ref = useRef<HTMLInputElement>(null);
  const seekCycle = useAppStore((s) => s.seekCycle);

  useEffect(() => {
    const { cycleClock } = useAppStore.getState();
    const update = () => {
      const input = ref.current;
      if (!input) return;
      const value = cycleClock.time.toFixed(1);
      if (input.value !== value) input.value = value;
      input.style.setProperty('--fill', `${((cycleClock.time / TIMELINE.total) * 100).toFixed(2)}%`);
    };
    update();
    cycleClock.listeners.add(update);
    return () => {
      cycleClock.listeners.delete(update);
    };
  }, []);

  const index = stageIndex(stageId);
  return (
    <div className="cycle-scrubber">
      <input
        ref={ref}
        type="range"
        min={0}
        max={TIMELINE.total}
        step={0.5}
        defaultValue={0}
        aria-label={t('cycle.scrubber')}
        aria-valuetext={t('cycle.scrubberValue', {
          number: index + 1,
          total: COUNT,
          label: stepLabel(getStage(stageId)),
        })}
        onInput={(event) => seekCycle(Number(event.currentTarget.value))}
      />
      <div className="cycle-ticks" aria-hidden="true">
        {TIMELINE.starts.map((start, i) => (
          <span
            key={TIMELINE.stages[i]?.id}
            className={i === NEEDLE_START ? 'cycle-tick cycle-tick-part' : 'cycle-tick'}
            style={{ left: `${(start / TIMELINE.total) * 100}%` }}
          />
        ))}
      </div>
    </div>
  );
}

export function CycleControls({ stageId }: { stageId: CycleStageId }) {
  const playing = useAppStore((s) => s.cyclePlaying);
  const speed = useAppStore((s) => s.cycleSpeed);
  const toggle = useAppStore((s) => s.toggleCyclePlay);
  const stepCycle = useAppStore((s) => s.stepCycle);
  const setSpeed = useAppStore((s) => s.setCycleSpeed);
  const index = stageIndex(stageId);
  const atEnd = index === COUNT - 1;
  const atStart = index === 0;
  const playLabel = playing ? t('cycle.pause') : atEnd ? t('cycle.playFromStart') : t('cycle.play');

  return (
    <fieldset className="cycle-controls">
      <legend className="visually-hidden">{t('cycle.playback')}</legend>
      <div className="cycle-buttons">
        <button
          type="button"
          className="cycle-button"
          aria-label={t('cycle.previous')}
          aria-disabled={atStart}
          aria-keyshortcuts="ArrowLeft PageUp"
          onClick={() => !atStart && stepCycle(-1)}
        >
          <PreviousIcon />
        </button>
        <button
          type="button"
          className="cycle-button cycle-play"
          aria-label={playLabel}
          aria-keyshortcuts="Space"
          onClick={toggle}
        >
          {playing ? <PauseIcon /> : atEnd ? <ReplayIcon /> : <PlayIcon />}
        </button>
        <button
          type="button"
          className="cycle-button"
          aria-label={t('cycle.next')}
          aria-disabled={atEnd}
          aria-keyshortcuts="ArrowRight PageDown"
          onClick={() => !atEnd && stepCycle(1)}
        >
          <NextIcon />
        </button>
      </div>
      <Scrubber stageId={stageId} />
      <label className="cycle-speed">
        <span>{t('cycle.speed')}</span>
        <select
          value={speed}
          onChange={(event) => {
            const value = Number(event.currentTarget.value);
            if (isCycleSpeed(value)) setSpeed(value);
          }}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}

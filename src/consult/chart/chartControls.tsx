import { useId } from 'react';
import { useAppStore } from '../../state/store';
import { MAX_INTENSITY, PAIN_KINDS, type PainKind } from '../types';
import { painKindName, t } from '../words';
import { intensityWords, PAIN_KIND_COLOURS, painKindLetter } from './markStyle';
import './chart.css';

// The chart's controls, shared by the panel (the 2D twin) and the presenter's bar (ChartTools):
// the kind and the intensity. They change the chosen mark when one is chosen (a new mark is
// chosen at once, so a tap and then a kind is the natural order) and the next mark's brush too.

/** The kind and intensity on show, and how to change them. */
export function useChartBrush() {
  const selected = useAppStore((s) => s.chart.find((m) => m.id === s.chartSelected) ?? null);
  const brushKind = useAppStore((s) => s.chartKind);
  const brushIntensity = useAppStore((s) => s.chartIntensity);
  const set = (change: { kind?: PainKind; intensity?: number }) => {
    const store = useAppStore.getState();
    store.setChartBrush(change);
    const chosen = store.chart.find((m) => m.id === store.chartSelected);
    if (chosen) store.updateMark(chosen.id, change);
  };
  return {
    selected,
    kind: selected?.kind ?? brushKind,
    intensity: selected?.intensity ?? brushIntensity,
    set,
  };
}

/** A kind's letter on its colour: the kinds are told apart without colour too. */
export function KindBadge({ kind }: { kind: PainKind }) {
  return (
    <span className="kind-badge" style={{ background: PAIN_KIND_COLOURS[kind] }} aria-hidden="true">
      {painKindLetter(kind)}
    </span>
  );
}

/** The kind of pain: a radio group of large targets. */
export function KindChoice({ compact = false }: { compact?: boolean }) {
  const { kind, set } = useChartBrush();
  const name = useId();
  return (
    <fieldset className={compact ? 'kind-choice compact' : 'kind-choice'}>
      <legend>{t('consult.kind.legend')}</legend>
      {PAIN_KINDS.map((k) => (
        <label key={k} className="kind-option">
          <input type="radio" name={name} value={k} checked={kind === k} onChange={() => set({ kind: k })} />
          <KindBadge kind={k} />
          <span>{painKindName(k)}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** How strong, 0–10: a labelled range whose value is said in words. */
export function IntensityChoice() {
  const { intensity, set } = useChartBrush();
  const id = useId();
  return (
    <div className="intensity-choice">
      <label htmlFor={id}>{t('consult.strength.label')}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={MAX_INTENSITY}
        step={1}
        value={intensity}
        aria-valuetext={intensityWords(intensity)}
        onChange={(event) => set({ intensity: Number(event.currentTarget.value) })}
      />
      <output htmlFor={id} aria-hidden="true">
        {intensityWords(intensity)}
      </output>
    </div>
  );
}

/** Clears every mark in one click, and says so. */
export function ClearChartButton({ className = 'chart-clear' }: { className?: string }) {
  const count = useAppStore((s) => s.chart.length);
  return (
    <button
      type="button"
      className={className}
      disabled={count === 0}
      onClick={() => {
        const store = useAppStore.getState();
        store.clearChart();
        store.announce(t('consult.clear.said'));
      }}
    >
      {t('consult.clear.button')}
    </button>
  );
}

export const marksCountWords = (n: number) => t('consult.marksCount', { count: n });

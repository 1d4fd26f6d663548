import { useAppStore } from '../../state/store';
import { ClearChartButton, IntensityChoice, KindChoice, marksCountWords } from './chartControls';

/** The chart's controls, compact, for the presenter's caption bar: kind, intensity, count, clear. */
export function ChartTools() {
  const count = useAppStore((s) => s.chart.length);
  return (
    <section className="chart-tools" aria-label="Pain chart">
      <KindChoice compact />
      <IntensityChoice />
      <p className="chart-tools-count" aria-live="off">
        {marksCountWords(count)} · tap the body to add one
      </p>
      <ClearChartButton className="chart-clear big" />
    </section>
  );
}

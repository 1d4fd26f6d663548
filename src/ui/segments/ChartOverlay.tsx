import { useMarkLevels } from '../../consult/chart/useMarkLevels';
import { useAppStore } from '../../state/store';

// The pain chart laid over the dermatome bands (issue 12): a switch, shown when the chart has
// marks, and the levels the marks fall in, so practitioner and patient see together whether the
// pain follows one spinal level. The scene works the levels out (scene/segments/SegmentLayer).

export function ChartOverlay() {
  const marks = useAppStore((s) => s.chart.length);
  const on = useAppStore((s) => s.chartOverlay);
  const setChartOverlay = useAppStore((s) => s.setChartOverlay);
  const announce = useAppStore((s) => s.announce);
  const found = useMarkLevels();
  if (marks === 0) return null;
  const sentence = found?.sentence ?? null;
  return (
    <section className="chart-overlay" aria-labelledby="chart-overlay-heading">
      <h2 id="chart-overlay-heading" className="visually-hidden">
        Your pain chart on the spinal levels
      </h2>
      <button
        type="button"
        className="chart-overlay-switch"
        aria-pressed={on}
        onClick={() => {
          setChartOverlay(!on);
          announce(
            on
              ? 'Your pain chart is no longer shown on the levels.'
              : 'Your pain chart is shown on the levels.',
          );
        }}
      >
        Show my pain chart
      </button>
      {on && (
        <div className="chart-overlay-words">
          <p className="chart-overlay-levels" aria-live="polite">
            {sentence ?? 'Finding the levels of your marks…'}
          </p>
          {found && [...found.levels.values()].some(Boolean) && (
            <p>Those levels' skin bands are painted in blue.</p>
          )}
          <p className="muted">
            Skin maps are averages: the bands differ from person to person and overlap. This is to talk over
            with your physiotherapist, not a diagnosis.
          </p>
        </div>
      )}
    </section>
  );
}

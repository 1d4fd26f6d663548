import { useMarkLevels } from '../../consult/chart/useMarkLevels';
import { useAppStore } from '../../state/store';
import { t } from './words';

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
        {t('segments.chartHeading')}
      </h2>
      <button
        type="button"
        className="chart-overlay-switch"
        aria-pressed={on}
        onClick={() => {
          setChartOverlay(!on);
          announce(on ? t('segments.chartOff') : t('segments.chartOn'));
        }}
      >
        {t('segments.showChart')}
      </button>
      {on && (
        <div className="chart-overlay-words">
          <p className="chart-overlay-levels" aria-live="polite">
            {sentence ?? t('segments.findingLevels')}
          </p>
          {found && [...found.levels.values()].some(Boolean) && <p>{t('segments.bandsBlue')}</p>}
          <p className="muted">{t('segments.skinMapsNote')}</p>
        </div>
      )}
    </section>
  );
}

import { regionsByArea } from '../../content';
import { useAppStore } from '../../state/store';
import { MAX_MARKS } from '../types';
import { t } from '../words';
import { addMarkAt, markWords } from './addMark';
import { ClearChartButton, IntensityChoice, KindChoice, marksCountWords } from './chartControls';
import { MarkList } from './MarkList';
import { suggestConditions } from './suggest';

// The pain chart's panel (its own chunk): the 2D twin of the marks on the body. Every mark can be
// added, chosen, changed and removed here without touching the body; the areas are the DOM twins
// of the body's regions.

function Suggestions() {
  const chart = useAppStore((s) => s.chart);
  const suggested = suggestConditions(chart);
  return (
    <section className="chart-suggest" aria-labelledby="chart-suggest-heading">
      <h2 id="chart-suggest-heading">{t('consult.toDiscuss')}</h2>
      {suggested.length === 0 ? (
        <p className="muted">{t('consult.chart.empty')}</p>
      ) : (
        <>
          <p>{t('consult.chart.suggestIntro')}</p>
          <ul className="condition-list">
            {suggested.slice(0, 6).map((condition) => (
              <li key={condition.id}>
                <button
                  type="button"
                  className="condition-button"
                  data-condition={condition.id}
                  onClick={() => {
                    const store = useAppStore.getState();
                    store.openChart(false);
                    store.selectCondition(condition.id);
                  }}
                >
                  <span className="condition-name">{condition.name}</span>
                  <span className="condition-summary">{condition.summary}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function AreaList() {
  const full = useAppStore((s) => s.chart.length >= MAX_MARKS);
  return (
    <section aria-labelledby="chart-areas-heading">
      <h2 id="chart-areas-heading">{t('consult.chart.areas')}</h2>
      {regionsByArea().map(({ area, regions }) =>
        regions.length === 0 ? null : (
          <div key={area.id} className="group">
            <h3 id={`chart-area-${area.id}`}>{area.name}</h3>
            <ul className="chip-list" aria-labelledby={`chart-area-${area.id}`}>
              {regions.map((region) => (
                <li key={region.id}>
                  <button
                    type="button"
                    className="chip"
                    data-region={region.id}
                    disabled={full}
                    onClick={() => addMarkAt(region.id, null)}
                  >
                    {region.name}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
    </section>
  );
}

/** The pain chart's panel: how to use it, the kind and intensity, the marks, suggestions, areas. */
export default function ChartPanel() {
  const count = useAppStore((s) => s.chart.length);
  const selected = useAppStore((s) => s.chart.find((m) => m.id === s.chartSelected) ?? null);
  return (
    <article className="view chart-view" aria-labelledby="chart-heading">
      <button type="button" className="back-link" onClick={() => useAppStore.getState().openChart(false)}>
        {t('consult.chart.done')}
      </button>
      <h1 id="chart-heading" tabIndex={-1}>
        {t('consult.chart.heading')}
      </h1>
      <p className="chart-how">{t('consult.chart.how')}</p>
      <div className="chart-brush">
        <p className="chart-brush-for">
          {selected
            ? t('consult.chart.changing', { mark: markWords(selected) })
            : t('consult.chart.nextMark')}
        </p>
        <KindChoice />
        <IntensityChoice />
      </div>
      <h2 className="chart-marks-heading">
        {t('consult.chart.yourMarks')} <span className="muted">({marksCountWords(count)})</span>
      </h2>
      <MarkList empty={t('consult.chart.noMarksPanel')} />
      <ClearChartButton />
      <Suggestions />
      <AreaList />
      <p className="chart-privacy">
        <strong>{t('consult.chart.privacyStrong')}</strong> {t('consult.chart.privacy')}
      </p>
    </article>
  );
}

import { regionsByArea } from '../../content';
import { useAppStore } from '../../state/store';
import { MAX_MARKS } from '../types';
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
      <h2 id="chart-suggest-heading">To discuss with your physiotherapist</h2>
      {suggested.length === 0 ? (
        <p className="muted">Mark where it hurts to see the conditions felt in those areas.</p>
      ) : (
        <>
          <p>
            These conditions can be felt in the areas you marked. This is not a diagnosis: only your
            physiotherapist can tell what is going on, after they examine you.
          </p>
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
      <h2 id="chart-areas-heading">Or choose an area</h2>
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
        ← Done with the chart
      </button>
      <h1 id="chart-heading" tabIndex={-1}>
        Where does it hurt?
      </h1>
      <p className="chart-how">
        Tap the body where it hurts, or choose an area from the list below. Then say what it feels like and
        how strong it is.
      </p>
      <div className="chart-brush">
        <p className="chart-brush-for">
          {selected ? `Changing: ${markWords(selected)}` : 'For the next mark'}
        </p>
        <KindChoice />
        <IntensityChoice />
      </div>
      <h2 className="chart-marks-heading">
        Your marks <span className="muted">({marksCountWords(count)})</span>
      </h2>
      <MarkList empty="No marks yet. Tap where it hurts, or choose an area below." />
      <ClearChartButton />
      <Suggestions />
      <AreaList />
      <p className="chart-privacy">
        <strong>Stays on this device.</strong> Your chart is not sent anywhere. It is wiped when the
        consultation ends or this tab is closed.
      </p>
    </article>
  );
}

import { useId, useState } from 'react';
import { regionsByArea } from '../../content';
import { isRegionId, type RegionId } from '../../content/regionIds';
import { useAppStore } from '../../state/store';
import { MAX_MARKS } from '../types';
import { t } from '../words';
import { addMarkAt, markWords } from './addMark';
import { ClearChartButton, IntensityChoice, KindChoice, marksCountWords } from './chartControls';
import { MarkList } from './MarkList';

// The chart's tools for the presenter's caption bar. The side panel is hidden in presenter mode,
// so everything the panel does is here too, without the canvas: add a mark by area (a grouped
// list, as the panel's), the kind and intensity, the marks (choose, change, remove), clear.

/** Add a mark at a body area chosen from a list: the keyboard's and screen reader's way in. */
function AddByArea() {
  const id = useId();
  const [region, setRegion] = useState<RegionId | ''>('');
  const full = useAppStore((s) => s.chart.length >= MAX_MARKS);
  return (
    <div className="chart-add">
      <label htmlFor={id}>{t('consult.tools.addAt')}</label>
      <div className="chart-add-row">
        <select
          id={id}
          value={region}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setRegion(isRegionId(value) ? value : '');
          }}
        >
          <option value="">{t('consult.tools.chooseArea')}</option>
          {regionsByArea().map(({ area, regions }) =>
            regions.length === 0 ? null : (
              <optgroup key={area.id} label={area.name}>
                {regions.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </optgroup>
            ),
          )}
        </select>
        <button
          type="button"
          className="chart-add-button"
          disabled={full}
          onClick={() => {
            if (region) addMarkAt(region, null);
            else {
              useAppStore.getState().announce(t('consult.tools.chooseFirst'));
              document.getElementById(id)?.focus();
            }
          }}
        >
          {t('consult.tools.add')}
        </button>
      </div>
    </div>
  );
}

/** The chart's controls, compact, for the presenter's caption bar. */
export function ChartTools() {
  const count = useAppStore((s) => s.chart.length);
  const selected = useAppStore((s) => s.chart.find((m) => m.id === s.chartSelected) ?? null);
  return (
    <section className="chart-tools" aria-label={t('consult.tools.label')}>
      <AddByArea />
      <p className="chart-tools-for">
        {selected ? t('consult.chart.changing', { mark: markWords(selected) }) : t('consult.chart.nextMark')}
      </p>
      <KindChoice compact />
      <IntensityChoice />
      <h3 className="chart-tools-count">
        {t('consult.chart.yourMarks')} <span>({marksCountWords(count)})</span>
      </h3>
      <MarkList compact empty={t('consult.tools.noMarks')} />
      <ClearChartButton className="chart-clear big" />
    </section>
  );
}

import { useAppStore } from '../../state/store';
import { t } from '../words';
import { markWords } from './addMark';
import { KindBadge } from './chartControls';

// The marks as a list, shared by the chart panel and the presenter bar's tools: each mark's area,
// kind and intensity; choose one to change it with the kind and intensity controls; remove it.

export function MarkList({ empty, compact = false }: { empty: string; compact?: boolean }) {
  const chart = useAppStore((s) => s.chart);
  const selected = useAppStore((s) => s.chartSelected);
  if (chart.length === 0) return <p className="muted chart-empty">{empty}</p>;
  return (
    <ul className={compact ? 'mark-list compact' : 'mark-list'} aria-label={t('consult.chart.yourMarks')}>
      {chart.map((mark) => {
        const words = markWords(mark);
        return (
          <li key={mark.id} data-mark={mark.id} data-selected={mark.id === selected || undefined}>
            <button
              type="button"
              className="mark-choose"
              aria-pressed={mark.id === selected}
              onClick={() => {
                const store = useAppStore.getState();
                store.selectMark(mark.id === selected ? null : mark.id);
              }}
            >
              <KindBadge kind={mark.kind} />
              <span>{words}</span>
            </button>
            <button
              type="button"
              className="mark-remove"
              aria-label={t('consult.mark.remove', { mark: words })}
              onClick={() => {
                const store = useAppStore.getState();
                store.removeMark(mark.id);
                store.announce(t('consult.mark.removed', { mark: words }));
              }}
            >
              {t('consult.mark.removeButton')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

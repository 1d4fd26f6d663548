import type { MouseEvent } from 'react';
import { useAppStore } from '../../state/store';
import { isPlainClick } from '../../ui/plainClick';
import { t } from '../entryWords';

/** The start page's way into the pain chart (a real link: `?chart=open`, never the marks). */
export function ChartEntryLink() {
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    useAppStore.getState().openChart(true);
  };
  return (
    <a href="?chart=open" className="cycle-entry compare-entry" onClick={open}>
      <span className="cycle-entry-icon" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="28" height="28" focusable="false" aria-hidden="true">
          {/* A pin on a spot: a mark on the body. */}
          <path
            d="M12 21s-6-5.4-6-10a6 6 0 0 1 12 0c0 4.6-6 10-6 10z"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.2"
            strokeLinejoin="round"
          />
          <circle cx="12" cy="11" r="2.2" fill="currentColor" />
        </svg>
      </span>
      <span className="cycle-entry-text">
        <span className="cycle-entry-label">{t('consultEntry.chart.label')}</span>
        <span className="cycle-entry-hint">{t('consultEntry.chart.hint')}</span>
      </span>
    </a>
  );
}

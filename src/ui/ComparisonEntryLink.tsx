import { t } from '../i18n/t';
import { PageLink } from './PageLink';

/** The start page's way to the comparison: a card like the pain-cycle link beside it. */
export function ComparisonEntryLink() {
  return (
    <PageLink page="ims-vs-acupuncture" className="cycle-entry compare-entry">
      <span className="cycle-entry-icon" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="28" height="28" focusable="false" aria-hidden="true">
          {/* Two columns side by side: the table. */}
          <path
            d="M4.5 4h4.5a1.5 1.5 0 0 1 1.5 1.5v13a1.5 1.5 0 0 1-1.5 1.5H4.5A1.5 1.5 0 0 1 3 18.5v-13A1.5 1.5 0 0 1 4.5 4Zm10.5 0h4.5a1.5 1.5 0 0 1 1.5 1.5v13a1.5 1.5 0 0 1-1.5 1.5H15a1.5 1.5 0 0 1-1.5-1.5v-13A1.5 1.5 0 0 1 15 4ZM5.5 9h2.5M5.5 13h2.5M16 9h2.5M16 13h2.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        </svg>
      </span>
      <span className="cycle-entry-text">
        <span className="cycle-entry-label">{t('home.compareLabel')}</span>
        <span className="cycle-entry-hint">{t('home.compareHint')}</span>
      </span>
    </PageLink>
  );
}

import type { MouseEvent } from 'react';
import { t } from '../i18n/t';
import { SPINE_LEVELS } from '../state/segmentSlice';
import { useAppStore } from '../state/store';
import { EMPTY_URL_STATE, serializeUrlState } from '../state/urlState';
import { isPlainClick } from './plainClick';

/** The start page's way to the level picker: which skin and muscles each level of the spine serves. */
export function SpineEntryLink() {
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    useAppStore.getState().showLevels(null);
  };
  return (
    <a
      href={serializeUrlState({ ...EMPTY_URL_STATE, spine: SPINE_LEVELS })}
      className="cycle-entry compare-entry"
      onClick={open}
    >
      <span className="cycle-entry-icon" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="28" height="28" focusable="false" aria-hidden="true">
          {/* A column of vertebrae. */}
          <path
            d="M9 3h6M8.5 7.5h7M8 12h8M8.5 16.5h7M9.5 21h5"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.5"
            strokeLinecap="round"
          />
        </svg>
      </span>
      <span className="cycle-entry-text">
        <span className="cycle-entry-label">{t('home.spineLabel')}</span>
        <span className="cycle-entry-hint">{t('home.spineHint')}</span>
      </span>
    </a>
  );
}

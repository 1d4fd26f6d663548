import type { ReactNode } from 'react';
import { getCondition, getRegion } from '../content';
import { useAppStore } from '../state/store';
import './safety.css';
import { t } from '../i18n/t';

/** The frame of a panel page: a way back to what was on screen, then the page's own heading. */
export function SafetyPage({
  id,
  title,
  className,
  children,
}: {
  id: string;
  title: string;
  /** Extra class for a page with its own layout (the comparison's wide table). */
  className?: string;
  children: ReactNode;
}) {
  const conditionId = useAppStore((s) => s.conditionId);
  const regionId = useAppStore((s) => s.regionId);
  const openPage = useAppStore((s) => s.openPage);
  const underneath =
    (conditionId && getCondition(conditionId)?.name) || (regionId && getRegion(regionId)?.name) || null;
  const headingId = `${id}-heading`;

  return (
    <article className={`view safety-page${className ? ` ${className}` : ''}`} aria-labelledby={headingId}>
      <button type="button" className="back-link" onClick={() => openPage(null)}>
        ← {underneath ? t('common.backTo', { name: underneath }) : t('common.backToStart')}
      </button>
      <h1 id={headingId} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </article>
  );
}

import type { MouseEvent, ReactNode } from 'react';
import type { PageId } from '../content';
import { useAppStore } from '../state/store';
import { serializeUrlState } from '../state/urlState';
import { isPlainClick } from './plainClick';

/** The link to a panel page, keeping what else is on screen (a condition, say). */
export function pageHref(page: PageId): string {
  const { regionId, conditionId, view } = useAppStore.getState();
  // A query-only link keeps the current path and needs no window, so it also pre-renders.
  return serializeUrlState({ regionId, conditionId, view, cycleStage: null, page });
}

/** A real link (it has its own address); a plain click opens the page in place. */
export function PageLink({
  page,
  className,
  children,
}: {
  page: PageId;
  className?: string;
  children: ReactNode;
}) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    useAppStore.getState().openPage(page);
  };
  return (
    <a className={className} href={pageHref(page)} onClick={onClick}>
      {children}
    </a>
  );
}

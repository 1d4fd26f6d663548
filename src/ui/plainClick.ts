import type { MouseEvent } from 'react';

/**
 * A plain click on an in-app link is handled in place; a click with a modifier (a new tab or
 * window) or another button follows the link as usual.
 */
export const isPlainClick = (event: MouseEvent<HTMLAnchorElement>) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

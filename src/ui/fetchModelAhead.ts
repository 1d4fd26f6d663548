/** The body model the 3D loads first (the same file as scene/Body.tsx's BODY_URL). */
export const BODY_MODEL_URL = `${import.meta.env.BASE_URL}models/body.glb`;

const asked = new Set<string>();

/**
 * Asks the browser for the body model before the 3D code wants it, so the file is on its way (or
 * here) while that code loads and starts, rather than after. 'prefetch': at the lowest priority,
 * for later (after the page has loaded); 'preload': now, because a person is about to see the 3D.
 * A link element, so the 3D loader's own request is answered from it, and nothing is run early.
 */
export function fetchModelAhead(how: 'prefetch' | 'preload'): void {
  if (asked.has(how) || typeof document === 'undefined') return;
  asked.add(how);
  const link = document.createElement('link');
  link.rel = how;
  link.href = BODY_MODEL_URL;
  // The 3D loader fetches with fetch() in CORS mode: the same mode, so the browser reuses this copy.
  link.crossOrigin = 'anonymous';
  if (how === 'preload') link.as = 'fetch';
  else link.fetchPriority = 'low';
  document.head.append(link);
}

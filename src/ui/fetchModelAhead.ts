/** The body model the 3D loads first (the same file as scene/Body.tsx's BODY_URL). */
export const BODY_MODEL_URL = `${import.meta.env.BASE_URL}models/body.glb`;

const asked: Partial<Record<'prefetch' | 'preload', HTMLLinkElement>> = {};

/**
 * Asks the browser for the body model before the 3D code wants it, so the file is on its way (or
 * here) while that code loads and starts, rather than after. 'prefetch': at the lowest priority,
 * for later (after the page has loaded); 'preload': now, because a person is about to see the 3D.
 * A link element, so the 3D loader's own request is answered from it, and nothing is run early;
 * in CORS mode, as the loader's fetch() asks, so the browser reuses this copy.
 */
export function fetchModelAhead(rel: 'prefetch' | 'preload'): void {
  asked[rel] ??= document.head.appendChild(
    Object.assign(document.createElement('link'), {
      rel,
      href: BODY_MODEL_URL,
      as: 'fetch',
      crossOrigin: 'anonymous',
    }),
  );
}

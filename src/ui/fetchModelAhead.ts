/** The body model the 3D loads first (scene/bodyModel.ts); a small module, so the page's entry can ask for it too. */
export const BODY_MODEL_URL = `${import.meta.env.BASE_URL}models/body.glb`;

let asked = false;

/**
 * Asks the browser for the body model now, before the 3D code wants it, so the file is on its way
 * (or here) while that code loads and starts, rather than after. A preload link, so the 3D
 * loader's own request is answered from it and nothing is run early; in CORS mode, as the
 * loader's fetch() asks, so the browser reuses this copy.
 */
export function fetchModelAhead(): void {
  if (asked) return;
  asked = true;
  document.head.append(
    Object.assign(document.createElement('link'), {
      rel: 'preload',
      href: BODY_MODEL_URL,
      as: 'fetch',
      crossOrigin: 'anonymous',
    }),
  );
}

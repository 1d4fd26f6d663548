// The full app's address for an address inside the embed: the same view, without `embed=1`.
// The language the embed shows (`lang=`) is kept when the address does not say one.

const LEAVE_KEYS = ['cycle', 'tour', 'chart'] as const;

/** The full app for this address (absolute, or relative to `base`). */
export function fullAppHref(href: string, base: string): string {
  const url = new URL(href, base);
  url.searchParams.delete('embed');
  const lang = new URL(base).searchParams.get('lang');
  if (lang && !url.searchParams.has('lang')) url.searchParams.set('lang', lang);
  return url.href;
}

/**
 * Whether an in-app address leaves the body and the panel: the pain cycle (a whole page of its
 * own), the consultation's tour and pain chart. The embed opens those in the full app.
 */
export function leavesEmbed(href: string, base: string): boolean {
  const url = new URL(href, base);
  return LEAVE_KEYS.some((key) => url.searchParams.has(key));
}

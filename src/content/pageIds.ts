// The panel's own pages, each with its own link (`?page=<id>`). Kept apart from the words
// (safety.ts) so the link parser can check an id without loading any content.

export const PAGE_IDS = ['side-effects', 'see-a-doctor-first'] as const;

export type PageId = (typeof PAGE_IDS)[number];

export function isPageId(value: unknown): value is PageId {
  return typeof value === 'string' && (PAGE_IDS as readonly string[]).includes(value);
}

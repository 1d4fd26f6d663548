// Which web sites may show the app inside a frame (clinic.json's "embedOrigins"). Plain JavaScript
// so the server, the build (scripts/security/headers.mjs) and the app read the list the same way.

/** At most this many sites: a clinic has one or two, a long list is a mistake. */
export const MAX_EMBED_ORIGINS = 10;

/**
 * One site as the CSP's frame-ancestors needs it: "https://clinic.example" (scheme, host and port
 * only). Plain http only for this computer (localhost, 127.0.0.1), for trying it out. Returns the
 * origin, or null when the text is not one.
 * @param {unknown} text
 * @returns {string | null}
 */
export function embedOrigin(text) {
  if (typeof text !== 'string' || text.length > 200) return null;
  let url;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) return null;
  // A path, a query or a user name would be dropped silently by the browser: ask for the bare site.
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== ''))
    return null;
  if (!/^[a-z0-9.-]+$/.test(url.hostname) && !/^\[[0-9a-f:.]+\]$/.test(url.hostname)) return null;
  return url.origin;
}

/**
 * Reads clinic.json's "embedOrigins": the sites, and what was wrong in plain words.
 * @param {unknown} value
 * @returns {{ origins: string[]; problems: string[] }}
 */
export function readEmbedOrigins(value) {
  if (value === undefined) return { origins: [], problems: [] };
  if (!Array.isArray(value))
    return {
      origins: [],
      problems: ['"embedOrigins" must be a list of web sites, like ["https://clinic.example"].'],
    };
  const origins = [];
  const problems = [];
  for (const item of value.slice(0, MAX_EMBED_ORIGINS)) {
    const origin = embedOrigin(item);
    if (origin === null) {
      const shown = typeof item === 'string' ? ` (${item.slice(0, 60)})` : '';
      problems.push(`"embedOrigins" has an entry that is not a web site starting with https://${shown}.`);
    } else if (!origins.includes(origin)) origins.push(origin);
  }
  if (value.length > MAX_EMBED_ORIGINS)
    problems.push(`"embedOrigins" has more than ${MAX_EMBED_ORIGINS} sites; the rest are left out.`);
  return { origins, problems };
}

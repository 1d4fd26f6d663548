// The security headers of the built app, in one place: `npm start`'s server sends them
// (scripts/serve.mjs) and the build writes them into the files static hosts read
// (host-files.mjs). A strict Content-Security-Policy: scripts, styles, pictures and data only from
// the app's own address, no inline script or style, no eval. Which other sites may show the app
// in a frame comes from the clinic's clinic.json ("embedOrigins"); without it, none.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEmbedOrigins } from '../../src/clinic/embedOrigins.mjs';
import { errorPage } from '../error-page.mjs';

/** The hash of the one inline <style> the app has: the self-contained 404 page's (error-page.mjs). */
export function errorPageStyleHash() {
  const style = /<style>([\s\S]*?)<\/style>/.exec(errorPage(404))?.[1];
  if (style === undefined) throw new Error('error-page.mjs has no <style> block to hash');
  return `'sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}'`;
}

/**
 * The Content-Security-Policy, directive by directive.
 * - script-src: 'wasm-unsafe-eval' lets the meshopt decoder (three.js, for the compressed body
 *   model) compile its WebAssembly; it allows no eval of JavaScript.
 * - img-src data: blob: — the poster icon and snapshots are data: addresses; the model loader may
 *   hand textures over as blob: addresses.
 * - worker-src 'self': the offline service worker, from the app's own address.
 * - frame-ancestors: the app itself, and the clinic's own sites from clinic.json.
 * @param {{ frameAncestors?: readonly string[] }} [options]
 */
export function cspDirectives({ frameAncestors = [] } = {}) {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'wasm-unsafe-eval'"],
    'style-src': ["'self'", errorPageStyleHash()],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'media-src': ["'self'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'frame-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'self'", ...frameAncestors],
  };
}

/** The policy as one header value. */
export function contentSecurityPolicy(options) {
  return Object.entries(cspDirectives(options))
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** Features the app never uses, turned off for it and anything it might frame. */
const PERMISSIONS_POLICY = ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()'].join(
  ', ',
);

/**
 * Every security header, name → value. Without clinic sites, X-Frame-Options keeps old browsers
 * (which ignore frame-ancestors) from framing it anywhere else too.
 * @param {{ frameAncestors?: readonly string[] }} [options]
 * @returns {Record<string, string>}
 */
export function securityHeaders(options = {}) {
  const headers = {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
  if (!options.frameAncestors?.length) headers['X-Frame-Options'] = 'SAMEORIGIN';
  return headers;
}

/**
 * The clinic's sites allowed to frame the app, from clinic.json in `dir` (none when there is no
 * file, or it cannot be read). Problems are returned for the person starting the server.
 * @param {string} dir
 * @returns {{ origins: string[]; problems: string[] }}
 */
export function readFrameAncestors(dir) {
  let text;
  try {
    text = readFileSync(join(dir, 'clinic.json'), 'utf8');
  } catch {
    return { origins: [], problems: [] };
  }
  try {
    const json = JSON.parse(text);
    return readEmbedOrigins(json && typeof json === 'object' ? json.embedOrigins : undefined);
  } catch {
    return { origins: [], problems: ['clinic.json is not valid JSON.'] };
  }
}

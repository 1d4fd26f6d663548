// A small static server for the built app: serves the pre-compressed .br/.gz files the build
// writes (sirv picks the best one the browser accepts), with long caching for hashed assets.
// An unknown address gets the app's own 404 page (the build's 404.html, as static hosts send it);
// an address too long to read gets a page in the same look instead of an empty error.
// Every reply carries the security headers (security/headers.mjs): a strict Content-Security-
// Policy, with frame-ancestors from the clinic.json in the served folder, read at start.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { errorPage } from './error-page.mjs';
import { readFrameAncestors, securityHeaders } from './security/headers.mjs';

// Node reads at most 16 KB of request line and headers by default. Allow more, so a long link
// (a long search, say) still reaches the page; past this the short "too long" page is sent.
export const MAX_HEADER_BYTES = 64 * 1024;

function readNotFoundPage(dir) {
  try {
    return readFileSync(join(dir, '404.html'), 'utf8');
  } catch {
    return errorPage(404);
  }
}

/**
 * The reply to a request Node could not read, written straight to the socket: an address (or
 * headers) too long is 431, anything else 400. Both get a page in the app's look.
 */
export function clientErrorReply(error, headers = securityHeaders()) {
  const status = error?.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const reason = status === 431 ? 'Request Header Fields Too Large' : 'Bad Request';
  const body = errorPage(status);
  return [
    `HTTP/1.1 ${status} ${reason}`,
    'Content-Type: text/html; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

export function serveDist(dir, { port, host }) {
  const notFound = readNotFoundPage(dir);
  const { origins, problems } = readFrameAncestors(dir);
  for (const problem of problems) console.warn(`clinic.json: ${problem}`);
  const headers = securityHeaders({ frameAncestors: origins });
  const assets = sirv(dir, {
    brotli: true,
    gzip: true,
    etag: true,
    setHeaders(res, pathname) {
      // Hashed file names never change; the page and the model may.
      if (pathname.startsWith('/assets/'))
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      else res.setHeader('Cache-Control', 'no-cache');
    },
  });
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    assets(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Cache-Control', 'no-cache');
      res.end(req.method === 'HEAD' ? undefined : notFound);
    });
  });
  server.on('clientError', (error, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    socket.end(clientErrorReply(error, headers));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

// A small static server for the built app: serves the pre-compressed .br/.gz files the build
// writes (sirv picks the best one the browser accepts), with long caching for hashed assets.
import { createServer } from 'node:http';
import sirv from 'sirv';

export function serveDist(dir, { port, host }) {
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
  const server = createServer((req, res) =>
    assets(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found');
    }),
  );
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

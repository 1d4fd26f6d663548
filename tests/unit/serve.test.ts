import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_PAGES, errorPage, homeHref, PAGE_COLOURS } from '../../scripts/error-page.mjs';
import { clientErrorReply, MAX_HEADER_BYTES, serveDist } from '../../scripts/serve.mjs';

// The server behind `npm start` (and the browser tests), on a small built folder of its own.

let dir: string;
let server: Server;
let port: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ims-serve-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title><p>THE APP</p>');
  writeFileSync(join(dir, '404.html'), errorPage(404));
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
  server = await serveDist(dir, { port: 0, host: '127.0.0.1' });
  port = (server.address() as AddressInfo).port;
});

afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw request (fetch would refuse some of these), with the status, type and body. */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type']),
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('npm start server', () => {
  it.each([
    ['the start', '/'],
    ['a deep link', '/?condition=tennis-elbow'],
    ['a 20,000-character query', `/?q=${'x'.repeat(20_000)}`],
  ])('serves the app for %s', async (_label, path) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.body).toContain('THE APP');
  });

  it.each([
    ['/nonexistent/deep/path'],
    ['/conditions/tennis-elbow'],
    ['/index.htm'],
    ['/assets/'],
    ['/assets'],
    ['a 20,000-character path', `/${'a'.repeat(20_000)}`],
  ])('answers %s with the 404 page and status 404', async (label, path = label) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.type).toMatch(/text\/html/);
    expect(res.body).toBe(readFileSync(join(dir, '404.html'), 'utf8'));
    expect(res.body).toContain(ERROR_PAGES[404].heading.replace("'", '&#39;'));
    expect(res.body).toContain('href="/"');
  });

  it('still serves real files', async () => {
    const res = await get('/assets/index-abc.js');
    expect(res.status).toBe(200);
    expect(res.body).toBe('console.log(1)');
  });

  it.each([
    ['an address', `/${'a'.repeat(MAX_HEADER_BYTES + 1000)}`, {}],
    ['a query', `/?q=${'a'.repeat(MAX_HEADER_BYTES + 1000)}`, {}],
    ['a header', '/', { Cookie: `c=${'b'.repeat(MAX_HEADER_BYTES + 1000)}` }],
  ])(
    'answers %s too long to read with a styled 431 page, not an empty reply',
    async (_label, path, headers) => {
      const res = await get(path, headers);
      expect(res.status).toBe(431);
      expect(res.type).toMatch(/text\/html/);
      expect(res.body).toContain(ERROR_PAGES[431].heading);
      expect(res.body).toContain('Go to the start page');
    },
  );

  it('any other unreadable request gets a 400 page', () => {
    const reply = clientErrorReply(Object.assign(new Error('Parse Error'), { code: 'HPE_INVALID_METHOD' }));
    expect(reply).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(reply).toContain(ERROR_PAGES[400].heading.replace("'", '&#39;'));
  });
});

describe('error page', () => {
  it('uses the same colours as the app', () => {
    const css = readFileSync(new URL('../../src/styles.css', import.meta.url), 'utf8');
    const root = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
    for (const [name, value] of Object.entries(PAGE_COLOURS)) {
      expect(root, `--${name}`).toContain(`--${name}: ${value};`);
    }
  });

  it('is self-contained: no scripts and no other files to fetch', () => {
    const html = errorPage(404);
    expect(html).not.toMatch(/<script|<link rel="stylesheet"|src=/);
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('<meta name="viewport"');
  });

  it('links to the site root, or to base when the app is built for a fixed sub-path', () => {
    expect(homeHref('./')).toBe('/');
    expect(homeHref('')).toBe('/');
    expect(homeHref('/')).toBe('/');
    expect(homeHref('/clinic/ims/')).toBe('/clinic/ims/');
    expect(errorPage(404, '/clinic/ims/')).toContain('href="/clinic/ims/"');
    expect(errorPage(404, '"><script>')).not.toContain('<script>');
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { errorPage } from '../../scripts/error-page.mjs';
import {
  contentSecurityPolicy,
  cspDirectives,
  errorPageStyleHash,
  readFrameAncestors,
  securityHeaders,
} from '../../scripts/security/headers.mjs';
import { hostFiles, writeHostFiles } from '../../scripts/security/host-files.mjs';
import { serveDist } from '../../scripts/serve.mjs';
import { embedOrigin, readEmbedOrigins } from '../../src/clinic/embedOrigins.mjs';

// The security headers (scripts/security/headers.mjs): a strict CSP whatever the clinic's file
// says, frame-ancestors from its "embedOrigins", the same headers for npm start and static hosts.

const dirs: string[] = [];
const servers: Server[] = [];
afterAll(() => {
  for (const server of servers) server.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A built folder of its own, with this clinic.json (text as given; none when undefined). */
function builtFolder(clinicJson?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ims-headers-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title><p>THE APP</p>');
  writeFileSync(join(dir, '404.html'), errorPage(404));
  if (clinicJson !== undefined) writeFileSync(join(dir, 'clinic.json'), clinicJson);
  return dir;
}

const UNSAFE = /'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*/;

describe('the Content-Security-Policy', () => {
  it('allows only the app itself, with no inline script or style and no eval', () => {
    const csp = cspDirectives();
    expect(csp['default-src']).toEqual(["'self'"]);
    // WebAssembly only (the model decoder), not JavaScript eval.
    expect(csp['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'self'"]);
    expect(csp['form-action']).toEqual(["'self'"]);
    expect(csp['frame-ancestors']).toEqual(["'self'"]);
    expect(contentSecurityPolicy()).not.toMatch(UNSAFE);
  });

  it("lets the 404 page's one inline style in by its hash, and nothing else inline", () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(errorPage(404))?.[1] ?? '';
    expect(style.length).toBeGreaterThan(100);
    expect(cspDirectives()['style-src']).toEqual(["'self'", errorPageStyleHash()]);
    expect(errorPageStyleHash()).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    // The same style on every error page (404, 431, 400), so one hash serves them all.
    for (const status of [431, 400]) expect(errorPage(status)).toContain(`<style>${style}</style>`);
  });

  it('takes frame-ancestors from the clinic, and never anything unsafe whatever the file says', () => {
    const csp = contentSecurityPolicy({
      frameAncestors: ['https://clinic.example', 'https://www.clinic.example'],
    });
    expect(csp).toContain("frame-ancestors 'self' https://clinic.example https://www.clinic.example");
    const { origins } = readEmbedOrigins([
      "https://clinic.example 'unsafe-inline'",
      '*',
      'https://*.example',
      "'unsafe-eval'",
      'https://clinic.example; script-src *',
      'https://clinic.example',
    ]);
    expect(origins).toEqual(['https://clinic.example']);
    expect(contentSecurityPolicy({ frameAncestors: origins })).not.toMatch(UNSAFE);
  });

  it('sends the other safe headers; X-Frame-Options only when no other site may frame the app', () => {
    const headers = securityHeaders();
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['Permissions-Policy']).toContain('camera=()');
    expect(headers['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(
      securityHeaders({ frameAncestors: ['https://clinic.example'] })['X-Frame-Options'],
    ).toBeUndefined();
  });
});

describe("the clinic's sites that may frame the app (embedOrigins)", () => {
  it('keeps a site as its origin; plain http only for this computer', () => {
    expect(embedOrigin('https://clinic.example')).toBe('https://clinic.example');
    expect(embedOrigin('https://clinic.example/')).toBe('https://clinic.example');
    expect(embedOrigin(' https://Clinic.Example:8443 ')).toBe('https://clinic.example:8443');
    expect(embedOrigin('http://localhost:8080')).toBe('http://localhost:8080');
    for (const bad of [
      'http://clinic.example',
      'https://clinic.example/ims/',
      'https://clinic.example?x=1',
      'https://user@clinic.example',
      'javascript:alert(1)',
      'clinic.example',
      '',
      42,
      null,
    ])
      expect(embedOrigin(bad), String(bad)).toBeNull();
  });

  it('reads the list with plain problems, no repeats and at most ten sites', () => {
    expect(readEmbedOrigins(undefined)).toEqual({ origins: [], problems: [] });
    expect(readEmbedOrigins('https://clinic.example').problems[0]).toMatch(/must be a list/);
    const mixed = readEmbedOrigins(['https://a.example', 'https://a.example/', 'ftp://b.example']);
    expect(mixed.origins).toEqual(['https://a.example']);
    expect(mixed.problems).toEqual([
      '"embedOrigins" has an entry that is not a web site starting with https:// (ftp://b.example).',
    ]);
    const many = readEmbedOrigins(Array.from({ length: 12 }, (_, i) => `https://s${i}.example`));
    expect(many.origins).toHaveLength(10);
    expect(many.problems[0]).toMatch(/more than 10/);
  });

  it('reads them from clinic.json in a folder; none when the file is missing or broken', () => {
    expect(readFrameAncestors(builtFolder())).toEqual({ origins: [], problems: [] });
    expect(readFrameAncestors(builtFolder('{ nope')).problems).toEqual(['clinic.json is not valid JSON.']);
    const dir = builtFolder(JSON.stringify({ name: 'Riverside', embedOrigins: ['https://clinic.example'] }));
    expect(readFrameAncestors(dir)).toEqual({ origins: ['https://clinic.example'], problems: [] });
  });
});

describe('the headers on the wire and in the host files', () => {
  function headersOf(port: number, path: string) {
    return new Promise<{ status: number; headers: Record<string, unknown> }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it("npm start's server sends them on pages, files and the 404 page, frame-ancestors from clinic.json", async () => {
    const dir = builtFolder(JSON.stringify({ name: 'Riverside', embedOrigins: ['https://clinic.example'] }));
    const server = await serveDist(dir, { port: 0, host: '127.0.0.1' });
    servers.push(server);
    const { port } = server.address() as AddressInfo;
    const expected = contentSecurityPolicy({ frameAncestors: ['https://clinic.example'] });
    for (const [path, status] of [
      ['/', 200],
      ['/clinic.json', 200],
      ['/nowhere', 404],
    ] as const) {
      const res = await headersOf(port, path);
      expect(res.status, path).toBe(status);
      expect(res.headers['content-security-policy'], path).toBe(expected);
      expect(res.headers['x-content-type-options'], path).toBe('nosniff');
    }
  });

  it('writes the same headers for Netlify/Cloudflare, Apache, nginx and Vercel', () => {
    const headers = securityHeaders({ frameAncestors: ['https://clinic.example'] });
    const csp = headers['Content-Security-Policy'] ?? '';
    const files = hostFiles(headers);
    expect(files._headers).toContain(`/*\n  Content-Security-Policy: ${csp}\n`);
    expect(files['.htaccess']).toContain(`Header always set Content-Security-Policy "${csp}"`);
    expect(files['hosting/nginx-headers.conf']).toContain(
      `add_header Content-Security-Policy "${csp}" always;`,
    );
    const vercel = JSON.parse(files['hosting/vercel.json'] ?? '{}');
    expect(vercel.headers[0].headers).toContainEqual({ key: 'Content-Security-Policy', value: csp });
    for (const text of Object.values(files)) expect(text).toContain('nosniff');

    const dir = builtFolder(JSON.stringify({ name: 'Riverside', embedOrigins: ['https://clinic.example'] }));
    expect(writeHostFiles(dir).origins).toEqual(['https://clinic.example']);
    expect(readFileSync(join(dir, '_headers'), 'utf8')).toBe(files._headers);
    expect(readFileSync(join(dir, 'hosting', 'vercel.json'), 'utf8')).toBe(files['hosting/vercel.json']);
  });
});

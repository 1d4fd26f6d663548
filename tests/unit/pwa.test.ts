import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { getManifest } from 'workbox-build';
import { generateURLVariations } from 'workbox-precaching/utils/generateURLVariations.js';
import {
  cssColour,
  IGNORED_QUERY,
  MAX_PRECACHE_BYTES,
  PRECACHE_GLOBS,
  PRECACHE_IGNORES,
  pwaOptions,
  webManifest,
} from '../../scripts/pwa/pwa-options.mjs';

// Offline use and installing (scripts/pwa/pwa-options.mjs): the manifest, the icons it names, and
// which built files the service worker keeps, worked out by Workbox itself on a copy of a build.

const PUBLIC = join(import.meta.dirname, '../../public');
const readPng = (path: string) => PNG.sync.read(readFileSync(join(PUBLIC, path)));

describe('web app manifest', () => {
  const manifest = webManifest();

  it('names the app and installs it standalone from relative addresses', () => {
    expect(manifest).toMatchObject({
      name: 'IMS Explorer',
      short_name: 'IMS Explorer',
      id: './',
      start_url: './',
      scope: './',
      display: 'standalone',
    });
    expect((manifest.short_name ?? '').length).toBeLessThanOrEqual(12);
  });

  it('takes its colours from the page styles', () => {
    const css = readFileSync(join(import.meta.dirname, '../../src/styles.css'), 'utf8');
    expect(manifest.background_color).toBe(cssColour('--bg', css));
    expect(manifest.theme_color).toBe('#f4f1ec');
    expect(() => cssColour('--no-such-colour', css)).toThrow(/no --no-such-colour/);
  });

  it('names icons of 192 and 512 pixels and a maskable one, each a PNG of that size', () => {
    const icons = manifest.icons ?? [];
    expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of icons) {
      const png = readPng(icon.src);
      expect(`${png.width}x${png.height}`).toBe(icon.sizes);
    }
  });

  it('fills the maskable and Apple icons to the corners; the plain ones have rounded corners', () => {
    const cornerAlpha = (path: string) => readPng(path).data[3];
    expect(cornerAlpha('icons/icon-maskable-512.png')).toBe(255);
    expect(cornerAlpha('icons/apple-touch-icon.png')).toBe(255);
    expect(cornerAlpha('icons/icon-512.png')).toBe(0);
    expect(readPng('icons/apple-touch-icon.png').width).toBe(180);
  });
});

describe('precache list', () => {
  // A build's shape: real model files (their real sizes), chunks, pages and compressed copies.
  const dist = mkdtempSync(join(tmpdir(), 'ims-pwa-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  mkdirSync(join(dist, 'models'));
  mkdirSync(join(dist, 'assets'));
  mkdirSync(join(dist, 'icons'));
  const models = readdirSync(join(PUBLIC, 'models'));
  for (const name of models) copyFileSync(join(PUBLIC, 'models', name), join(dist, 'models', name));
  for (const name of readdirSync(join(PUBLIC, 'icons')))
    copyFileSync(join(PUBLIC, 'icons', name), join(dist, 'icons', name));
  const built = [
    'index.html',
    '404.html',
    'assets/index-a1b2c3d4.js',
    'assets/BodyScene-a1b2c3d4.js',
    'assets/index-a1b2c3d4.css',
  ];
  for (const name of built) {
    writeFileSync(join(dist, name), `/* ${name} */`);
    writeFileSync(join(dist, `${name}.br`), 'compressed');
    writeFileSync(join(dist, `${name}.gz`), 'compressed');
  }
  writeFileSync(join(dist, 'models/body.glb.br'), 'compressed');
  writeFileSync(join(dist, 'clinic.json'), '{"name":"A clinic"}');

  it('keeps every page, chunk, model file and icon, and no compressed copy or clinic.json', async () => {
    const { manifestEntries, warnings } = await getManifest({
      globDirectory: dist,
      globPatterns: PRECACHE_GLOBS,
      globIgnores: PRECACHE_IGNORES,
      maximumFileSizeToCacheInBytes: MAX_PRECACHE_BYTES,
    });
    // A file over the size limit would be left out with a warning.
    expect(warnings).toEqual([]);
    const urls = (manifestEntries ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.url));
    for (const name of [
      ...built,
      ...models.map((m) => `models/${m}`),
      'icons/icon-512.png',
      'icons/icon.svg',
    ])
      expect(urls).toContain(name);
    expect(urls.filter((url) => /\.(br|gz)$/.test(url))).toEqual([]);
    expect(urls).not.toContain('clinic.json');
  });

  it('has room for the largest model file with some to spare', () => {
    const largest = Math.max(...models.map((name) => readFileSync(join(PUBLIC, 'models', name)).length));
    expect(largest * 2).toBeLessThan(MAX_PRECACHE_BYTES);
  });
});

describe('service worker rules', () => {
  const options = pwaOptions();

  it('waits for the person to reload (prompt) and registers from the app, not an inline script', () => {
    expect(options.registerType).toBe('prompt');
    expect(options.injectRegister).toBe(false);
    expect(options.workbox?.skipWaiting).toBeUndefined();
  });

  it('opens the app for its own address with any link query, and nothing else', () => {
    // Workbox's own lookup (the one the built worker runs), for a site in a sub-folder.
    const site = 'https://example.org/clinic/ims/';
    vi.stubGlobal('location', { href: site });
    const kept = new Set([`${site}index.html`, `${site}404.html`, `${site}assets/index-a1b2c3d4.js`]);
    const opensFromCopy = (path: string) =>
      [
        ...generateURLVariations(new URL(path, site).href, { ignoreURLParametersMatching: IGNORED_QUERY }),
      ].some((url) => kept.has(url));
    for (const path of [
      './',
      './?region=lower-back',
      './?condition=tennis-elbow&lang=fr',
      './index.html?view=front',
    ])
      expect(opensFromCopy(path), path).toBe(true);
    for (const path of ['./conditions/tennis-elbow/', './conditions/tennis-elbow', '../', './models/'])
      expect(opensFromCopy(path), path).toBe(false);
    expect(options.workbox?.navigateFallback).toBeUndefined();
    vi.unstubAllGlobals();
  });

  it('fetches clinic.json network-first, falling back to the last copy', () => {
    const [rule] = options.workbox?.runtimeCaching ?? [];
    expect(rule?.handler).toBe('NetworkFirst');
    const pattern = rule?.urlPattern as RegExp;
    expect(pattern.test('https://example.org/site/clinic.json')).toBe(true);
    expect(pattern.test('https://example.org/site/models/body.glb')).toBe(false);
  });
});

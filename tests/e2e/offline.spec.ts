import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import sirv from 'sirv';
import { openApp, panelHeading, seriousAxeProblems, waitForBody } from './fixtures';

// Offline and installable (src/pwa, scripts/pwa/pwa-options.mjs). The e2e build registers the
// service worker only where a test opts in with this localStorage key (src/pwa/startPwa.ts), so the
// other specs never keep the whole app per test.

test.use({ reducedMotion: 'reduce', serviceWorkers: 'allow' });

const OPT_IN = 'ims-test-service-worker';

test.beforeEach(async ({ context }) => {
  await context.addInitScript((key) => window.localStorage.setItem(key, '1'), OPT_IN);
});

/** Waits until the worker has kept every file (install) and runs this page; returns what it kept. */
async function waitForWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  return page.evaluate(async () => {
    const kept: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) kept.push(new URL(request.url).pathname);
    }
    return kept;
  });
}

test('after the first visit the app, the 3D body and its lazy parts work with no network', async ({
  page,
  context,
}) => {
  await openApp(page);
  const kept = await waitForWorker(page);
  for (const file of [
    '/index.html',
    '/404.html',
    '/models/body.glb',
    '/models/muscles.glb',
    '/models/segments.json',
  ])
    expect(kept).toContain(file);
  expect(kept.some((file) => /\/assets\/CycleView-[^/]+\.js$/.test(file))).toBe(true);
  expect(kept.filter((file) => /\.(br|gz)$/.test(file))).toEqual([]);

  await context.setOffline(true);
  // Really offline: a file the worker did not keep does not arrive.
  expect(
    await page.evaluate(() =>
      fetch('./not-kept.txt').then(
        () => 'arrived',
        () => 'failed',
      ),
    ),
  ).toBe('failed');

  const fromWorker = new Map<string, boolean>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (/\.(glb|js|html)$|\/$/.test(path)) fromWorker.set(path, response.fromServiceWorker());
  });
  // A link with a query opens the app, not the browser's offline page; the 3D body draws.
  await page.goto('./?condition=plantar-fasciitis');
  await expect(panelHeading(page)).toHaveText(/Plantar fasciitis/);
  await waitForBody(page);
  expect(fromWorker.get('/')).toBe(true);
  expect(fromWorker.get('/models/body.glb')).toBe(true);

  // A lazy chunk: the pain cycle, which does not arrive offline without the worker (failures.spec.ts).
  await page.getByRole('link', { name: /See how this pain keeps itself going/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Why the pain keeps going' })).toBeVisible();
  const cycleChunk = [...fromWorker.keys()].find((path) => /\/CycleView-[^/]+\.js$/.test(path));
  expect(cycleChunk && fromWorker.get(cycleChunk)).toBe(true);
  await expect(page.getByText('Could not load')).toHaveCount(0);
});

/**
 * A server of the e2e build whose service worker script can change, as when a new version is
 * published: `publish()` makes sw.js differ by one comment, at the same address.
 */
async function versionedSite() {
  const dir = fileURLToPath(new URL('../../dist-e2e/', import.meta.url));
  // As `npm start` serves it (scripts/serve.mjs): the pre-compressed copies where they exist.
  const files = sirv(dir, { brotli: true, gzip: true, etag: true });
  let version = 1;
  const server = createServer((req, res) => {
    if (version > 1 && req.url?.split('?')[0] === '/sw.js') {
      res.setHeader('Content-Type', 'text/javascript');
      res.setHeader('Cache-Control', 'no-cache');
      res.end(`${readFileSync(`${dir}sw.js`, 'utf8')}\n// version ${version}\n`);
      return;
    }
    files(req, res, () => {
      res.statusCode = 404;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    publish: () => {
      version += 1;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const hasWaitingVersion = (page: Page) =>
  page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r?.waiting)));

test('a new version waits, says so calmly, and only Reload starts it', async ({ page }) => {
  const site = await versionedSite();
  try {
    await page.goto(site.url);
    await expect(page.getByRole('search')).toBeVisible();
    await waitForWorker(page);
    await page.evaluate(() => {
      (window as { stillThisPage?: boolean }).stillThisPage = true;
    });

    // A new version is published while the page is open; the page checks for it.
    site.publish();
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const notice = page.getByRole('status').filter({ hasText: 'Update available' });
    await expect(notice).toHaveText(/Update available — reload/);
    expect(await hasWaitingVersion(page)).toBe(true);
    // Calm: it does not take the focus, and it is clean under axe.
    expect(await page.evaluate(() => document.activeElement?.closest('.pwa-update') ?? null)).toBeNull();
    expect(await seriousAxeProblems(page, '.pwa-update')).toEqual([]);

    // Not now: the notice goes, the page stays as it was, and the new version goes on waiting.
    await notice.getByRole('button', { name: 'Not now' }).click();
    await expect(notice).toHaveCount(0);
    expect(await page.evaluate(() => (window as { stillThisPage?: boolean }).stillThisPage)).toBe(true);

    // The next visit offers it again; Reload starts it and reloads this page once.
    await page.reload();
    await expect(notice).toBeVisible();
    expect(await hasWaitingVersion(page)).toBe(true);
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    await expect(page.getByRole('search')).toBeVisible();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(await hasWaitingVersion(page)).toBe(false);
    await expect(notice).toHaveCount(0);
  } finally {
    await site.close();
  }
});

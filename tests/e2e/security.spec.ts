import { expect, type Page, test } from '@playwright/test';
import { panelHeading } from './fixtures';

// Issue 13: no request leaves the app's own address, and the app runs under its strict
// Content-Security-Policy (no inline script or style, no eval) without a single violation,
// across a walk of the main features: the 3D body (its model is decoded by WebAssembly), an
// area, search, a condition, the comparison with acupuncture, the layers beneath the skin and
// the pain cycle. One page walks it all, to stay quick.

test.use({ reducedMotion: 'reduce' });

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<string[]> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) fromConsole.push(message.text());
  });
  return fromConsole;
}

const violationsIn = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);

test('no request leaves the origin and nothing breaks the CSP, across the main features', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  const consoleViolations = await watchViolations(page);

  // The start page, then an area from the list (that starts the 3D body: three.js, the model and
  // meshopt's WebAssembly decoder); the rest of the walk goes on while it loads.
  const response = await page.goto('./');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await page.getByRole('region', { name: 'Body areas' }).getByRole('button', { name: 'Chest' }).click();
  await expect(panelHeading(page)).toHaveText(/Chest/);

  // Search (fuse.js is its own chunk), then a condition from the results.
  await page.getByRole('searchbox', { name: 'Search conditions and body areas' }).fill('tenis elbo');
  await page.getByRole('list', { name: 'Search results' }).getByRole('button').first().click();
  await expect(panelHeading(page)).toHaveText(/Tennis elbow/i);

  // The comparison with acupuncture, on the body and in the panel.
  await page
    .getByRole('button', { name: /acupuncture/i, pressed: false })
    .first()
    .click();
  await expect(page.getByRole('button', { name: /acupuncture/i, pressed: true }).first()).toBeVisible();

  // A layer beneath the skin: its own model file, decoded the same way.
  const layers = page.getByRole('region', { name: 'Layers' });
  const muscles = layers.getByRole('button', { name: 'Muscles', exact: true });
  await muscles.click();
  await expect(muscles).toHaveAttribute('aria-pressed', 'true');
  await page.waitForFunction(() => document.documentElement.dataset.bodyReady === 'true', null, {
    timeout: 30_000,
  });
  await expect(layers.getByRole('progressbar')).toHaveCount(0, { timeout: 20_000 });
  await expect(layers.getByRole('alert')).toHaveCount(0);

  // The pain cycle: its own chunk and 3D scene.
  await page.getByRole('link', { name: /See how this pain keeps itself going/ }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(page.locator('.cycle-canvas canvas').first()).toBeVisible();

  expect(foreign, 'requests to other addresses').toEqual([]);
  expect(await violationsIn(page), 'CSP violations reported by the page').toEqual([]);
  expect(consoleViolations, 'CSP messages in the console').toEqual([]);
});

test('the CSP is on the page, its scripts and the 404 page, and the 404 page keeps its look', async ({
  page,
  request,
}) => {
  const page200 = await request.get('./');
  const csp = page200.headers()['content-security-policy'] ?? '';
  for (const directive of [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'self'",
  ])
    expect(csp).toContain(directive);
  expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  expect(page200.headers()['x-content-type-options']).toBe('nosniff');

  // Every script the page loads has the headers too.
  const script = /<script type="module"[^>]* src="\.\/([^"]+)"/.exec(await page200.text())?.[1];
  expect(script).toBeTruthy();
  expect((await request.get(`./${script}`)).headers()['content-security-policy']).toBe(csp);

  // The 404 page's one inline style is allowed by its hash in the policy: no violation, its look kept.
  const consoleViolations = await watchViolations(page);
  const missing = await page.goto('./no-such-page');
  expect(missing?.status()).toBe(404);
  expect(missing?.headers()['content-security-policy']).toBe(csp);
  await expect(page.getByRole('link', { name: 'Go to the start page' })).toHaveCSS('border-radius', '999px');
  expect(await violationsIn(page)).toEqual([]);
  expect(consoleViolations).toEqual([]);
});

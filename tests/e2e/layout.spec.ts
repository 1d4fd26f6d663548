import { expect, type Page, test } from '@playwright/test';
import { CYCLE_STAGE_IDS } from '../../src/cycle/stageIds';
import { appLive, bodyBox, openApp, settle } from './fixtures';

// The page fits the screen at every size, with and without Large text: no sideways scroll, nothing
// cut off at the sides, the body keeps most of the window on laptops and wall screens, the view
// buttons never cover the body, a focused element is never hidden, and long input stays in its box.
// The layout does not depend on the 3D, so these tests never wait for it: the still picture of the
// body that paints first stands in for it.

test.use({ reducedMotion: 'reduce' });

test.beforeEach(async ({ page }) => {
  // The 3D scenes' code never arrives, so software WebGL does not slow these tests down; the
  // page around the picture is the same either way.
  await page.route(/\/(BodyScene|CycleScene)[^/]*\.(js|tsx)(\?.*)?$/, () => undefined);
});

const SIZES = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

/** Laptops and wall screens: the body and the panel side by side, the page itself never scrolls. */
const isWide = (size: { width: number }) => size.width >= 1024;

const VIEWS = [
  { name: 'home', search: '' },
  { name: 'a body area', search: '?region=knee-left' },
  { name: 'the pain cycle', search: `?cycle=${CYCLE_STAGE_IDS[0]}` },
] as const;

type Box = { left: number; top: number; right: number; bottom: number };

/** Turns Large text on with the header's own button (its name stays, even when it shows an icon). */
async function turnOnLargeText(page: Page) {
  await openApp(page);
  const button = page.getByRole('button', { name: 'Large text' });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveClass(/large-text/);
}

async function open(page: Page, search: string) {
  await page.goto(`./${search}`, { waitUntil: 'domcontentloaded' });
  const landmark = search.includes('cycle=') ? page.locator('.cycle-panel') : page.getByRole('search');
  await expect(landmark).toBeVisible();
  await appLive(page);
}

/**
 * What a person would see cut off or spilling: elements of the header, the notice, the panel, the
 * view buttons and the pain cycle's controls reaching past the sides of the window, and words
 * that run out of their own box.
 */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = window.innerWidth;
    const scroller = document.scrollingElement ?? document.documentElement;
    if (scroller.scrollWidth > width)
      problems.push(`page scrolls sideways: ${scroller.scrollWidth} > ${width}`);
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const parts = document.querySelectorAll(
      '.header *, .notice *, #panel, #panel *, .view-controls *, .cycle-below *',
    );
    for (const el of parts) {
      const box = el.getBoundingClientRect();
      // Skip what is not drawn, and the 1-pixel words kept for screen readers.
      if (box.width <= 1 || box.height <= 1 || el.closest('.visually-hidden, svg')) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      if (box.left < -1 || box.right > width + 1) {
        problems.push(`${name(el)} reaches past the side: ${Math.round(box.left)}..${Math.round(box.right)}`);
      }
      const wordy = el.matches('p, li, a, button, label, h1, h2, h3, .view-button, .tool-button');
      if (wordy && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
        problems.push(`${name(el)} spills out of its box: ${el.scrollWidth} > ${el.clientWidth}`);
      }
    }
    return problems;
  });
}

async function viewButtonBoxes(page: Page) {
  return page.locator('.view-controls button').evaluateAll((buttons) =>
    buttons.map((b) => {
      const r = b.getBoundingClientRect();
      return {
        name: b.getAttribute('aria-label') ?? '',
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
      };
    }),
  );
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function box(page: Page, selector: string): Promise<Box & { height: number }> {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height, height: b.height };
}

for (const largeText of [false, true]) {
  const text = largeText ? 'with Large text' : 'with normal text';

  test(`home, a body area and the pain cycle fit every size, ${text}`, async ({ page }) => {
    test.setTimeout(120_000);
    if (largeText) await turnOnLargeText(page);
    // Each view opens once and the window is resized through the sizes (the layout follows the
    // window through CSS and resize observers), instead of a page load for every size.
    for (const view of VIEWS) {
      await page.setViewportSize(SIZES[0]);
      await open(page, view.search);
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await settle(page, 3);
        const where = `${view.name} at ${size.width}×${size.height} ${text}`;
        expect(await layoutProblems(page), where).toEqual([]);
        const { height } = size;

        if (view.name === 'the pain cycle') {
          // Laptops and wall screens: the whole explainer fits, the page does not scroll.
          if (isWide(size)) {
            const pageHeight = await page.evaluate(() => document.scrollingElement?.scrollHeight ?? 0);
            expect(pageHeight, where).toBeLessThanOrEqual(height);
          }
          continue;
        }

        if (isWide(size)) {
          // The main area fills the window down to its bottom edge, with no empty band below it,
          // and the body keeps at least three quarters of the window's height.
          const main = await box(page, 'main');
          expect(main.bottom, where).toBeGreaterThanOrEqual(height - 1);
          const stage = await box(page, '.canvas-host');
          expect(stage.height / height, where).toBeGreaterThanOrEqual(0.75);
        }

        if (view.name === 'home') {
          // Every view button sits clear of the body, in the starting view.
          const body = await bodyBox(page);
          for (const button of await viewButtonBoxes(page)) {
            expect(overlaps(button, body), `${button.name} covers the body, ${where}`).toBe(false);
          }
        }
      }
    }
  });

  test(`tabbing down the start page never hides the focused element, ${text}`, async ({ page }) => {
    test.setTimeout(120_000);
    if (largeText) await turnOnLargeText(page);
    // A phone (nothing sticks there) and a laptop (the search bar and the disclaimer stick).
    const sizes = largeText ? [SIZES[1], SIZES[4]] : [SIZES[0], SIZES[3]];
    for (const size of sizes) {
      await page.setViewportSize(size);
      await open(page, '');
      const where = `at ${size.width}×${size.height} ${text}`;
      let first: string | null = null;
      let stops = 0;
      for (; stops < 400; stops++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const r = el.getBoundingClientRect();
          // Whatever is drawn on top at the middle of each line of it (a link can wrap) and near its
          // top and bottom edges: the element itself (or a part of it), never the sticky search bar
          // or the disclaimer.
          const lines = [...el.getClientRects()];
          const points = lines.map((line) => [line.left + line.width / 2, line.top + line.height / 2]);
          if (lines.length === 1)
            points.push([r.left + r.width / 2, r.top + 3], [r.left + r.width / 2, r.bottom - 3]);
          const hits = points.map(([x = 0, y = 0]) => document.elementFromPoint(x, y));
          const covered = hits.some((hit) => !hit || !(hit === el || el.contains(hit)));
          const id = `${el.tagName}:${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 50)}`;
          return { id, top: r.top, bottom: r.bottom, left: r.left, right: r.right, covered };
        });
        if (!focus || focus.id === first) break;
        first ??= focus.id;
        const { width, height } = size;
        const what = `${focus.id} ${where}`;
        expect(focus.top, what).toBeGreaterThanOrEqual(-1);
        expect(focus.bottom, what).toBeLessThanOrEqual(height + 1);
        expect(focus.left, what).toBeGreaterThanOrEqual(-1);
        expect(focus.right, what).toBeLessThanOrEqual(width + 1);
        expect(focus.covered, `${what} is covered`).toBe(false);
      }
      // The whole start page was walked: the header, the view buttons and every list.
      expect(stops, where).toBeGreaterThan(60);
    }
  });
}

test('a 500-character search with no spaces stays inside the panel', async ({ page }) => {
  for (const size of [SIZES[0], SIZES[4]]) {
    await page.setViewportSize(size);
    await open(page, '');
    const input = page.getByRole('searchbox', { name: 'Search conditions and body areas' });
    await input.fill('x'.repeat(500));
    await expect(page.getByText(/Nothing found for/)).toBeVisible();
    const panel = await box(page, '#panel');
    for (const selector of ['.search-input', '.search-status']) {
      const part = await box(page, selector);
      expect(part.left, selector).toBeGreaterThanOrEqual(panel.left);
      expect(part.right, selector).toBeLessThanOrEqual(panel.right);
    }
    // The echo is shortened, and what is left wraps.
    const status = (await page.locator('.search-status').textContent()) ?? '';
    expect(status.length).toBeLessThan(160);
    expect(await layoutProblems(page)).toEqual([]);
  }
});

test('a link with 200 parameters gives a notice that fits, with its OK button on screen', async ({
  page,
}) => {
  const link = `?${Array.from({ length: 200 }, (_, i) => `p${i}=value${i}`).join('&')}`;
  for (const size of [SIZES[0], SIZES[1], SIZES[4]]) {
    await page.setViewportSize(size);
    await open(page, link);
    const notice = page.getByRole('alert');
    await expect(notice).toBeVisible();
    const where = `at ${size.width}×${size.height}`;
    const shown = await box(page, '.notice');
    expect(shown.height, where).toBeLessThanOrEqual(size.height / 2);
    const ok = notice.getByRole('button', { name: 'OK' });
    await expect(ok).toBeInViewport({ ratio: 1 });
    expect(await layoutProblems(page), where).toEqual([]);
    if (isWide(size)) {
      // With a notice showing, the main area still reaches the bottom of the window.
      expect((await box(page, 'main')).bottom, where).toBeGreaterThanOrEqual(size.height - 1);
    }
    // The whole message can be read: it is short enough to fit, or its box scrolls and takes
    // keyboard focus to do so.
    const text = notice.locator('p');
    expect(((await text.textContent()) ?? '').length, where).toBeLessThanOrEqual(300);
    const fits = await text.evaluate((p) => p.scrollHeight <= p.clientHeight + 1);
    if (!fits) await expect(text).toHaveAttribute('tabindex', '0');
    await ok.click();
    await expect(notice).toHaveCount(0);
    if (isWide(size)) {
      expect((await box(page, 'main')).bottom, where).toBeGreaterThanOrEqual(size.height - 1);
    }
  }
});

test('the pain cycle fits a laptop; the wheel over its caption leaves the header in place', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, `?cycle=${CYCLE_STAGE_IDS[0]}`);
  const fits = await page.evaluate(
    () => (document.scrollingElement?.scrollHeight ?? 0) <= window.innerHeight,
  );
  expect(fits).toBe(true);
  const caption = await box(page, '.cycle-caption');
  await page.mouse.move((caption.left + caption.right) / 2, (caption.top + caption.bottom) / 2);
  await page.mouse.wheel(0, 800);
  await page.waitForTimeout(200);
  expect((await box(page, '.header')).top).toBe(0);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('the pain-cycle diagram: every label inside its box and the panel, each step numbered once', async ({
  page,
}) => {
  for (const size of [SIZES[3], SIZES[4], SIZES[5]]) {
    await page.setViewportSize(size);
    await open(page, `?cycle=${CYCLE_STAGE_IDS[0]}`);
    const where = `at ${size.width}×${size.height}`;
    const problems = await page.evaluate(() => {
      const panel = document.querySelector('.cycle-panel');
      if (!panel) return ['no panel'];
      const inner = panel.getBoundingClientRect();
      const padding = Number.parseFloat(getComputedStyle(panel).paddingRight);
      const found: string[] = [];
      for (const step of document.querySelectorAll<HTMLElement>('.loop-step')) {
        const label = step.textContent ?? '';
        const r = step.getBoundingClientRect();
        if (step.scrollWidth > step.clientWidth + 1) found.push(`"${label}" spills out of its box`);
        if (r.right > inner.right - padding + 1 || r.left < inner.left)
          found.push(`"${label}" reaches the edge`);
        // What the button shows, less its number badge and the words for screen readers.
        const shown = [...step.childNodes]
          .filter((n) => !(n instanceof HTMLElement && n.matches('.loop-number, .visually-hidden')))
          .map((n) => n.textContent)
          .join('')
          .trim();
        if (/^\d/.test(shown)) found.push(`"${label}" is numbered twice`);
      }
      return found;
    });
    expect(problems, where).toEqual([]);
    await expect(page.locator('.needle-step')).not.toHaveCount(0);
  }
});

import { expect, type Page, test } from '@playwright/test';
import { openApp, panelHeading, seriousAxeProblems } from './fixtures';

// IMS beside traditional acupuncture (?page=ims-vs-acupuncture): a real table (caption, column and
// row headers) at laptop and phone sizes with no sideways page scroll, reached from the start page,
// from a condition's one link line and by search, and clean under axe.

test.use({ reducedMotion: 'reduce' });

test.beforeEach(async ({ page }) => {
  // The words are what is tested: the 3D code never arrives, so software WebGL does not slow these.
  await page.route(/\/(BodyScene|CycleScene)[^/]*\.(js|tsx)(\?.*)?$/, () => undefined);
});

const TITLE = 'IMS and acupuncture: what is the difference?';
const CAPTION = 'IMS beside traditional acupuncture, one aspect at a time';

/** How far the page scrolls sideways (0 when it fits). */
async function sidewaysScroll(page: Page) {
  return page.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    return scroller.scrollWidth - window.innerWidth;
  });
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`a real table at ${size.width}×${size.height}: caption, headers, no sideways scroll, axe`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openApp(page, '?page=ims-vs-acupuncture');
    await expect(panelHeading(page)).toHaveText(TITLE);

    const table = page.getByRole('table', { name: CAPTION });
    await expect(table).toBeVisible();
    const columns = table.getByRole('columnheader');
    await expect(columns).toHaveText(['Aspect', 'IMS', 'Traditional acupuncture']);
    const rowHeaders = table.getByRole('rowheader');
    expect(await rowHeaders.count()).toBeGreaterThanOrEqual(8);
    await expect(rowHeaders).toContainText([
      'The idea behind it',
      'How the problem is found',
      'Where the needles go',
      'The needle',
      'How the needle is used',
      'What it feels like',
      'Who gives it',
      'What the evidence shows',
      'Side effects',
    ]);
    // Each body row: its row header, then one cell for each method.
    const evidence = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'What the evidence shows' }) });
    await expect(evidence.getByRole('cell')).toHaveCount(2);
    await expect(evidence.getByRole('cell').nth(1)).toContainText(/20,827 people/);
    // Numbered sources under the table.
    await expect(page.locator('#panel .sources li').first()).toBeVisible();

    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    // Every cell fits inside the panel: nothing is cut off at the side.
    const spill = await page.evaluate(() => {
      const panel = document.querySelector('#panel')?.getBoundingClientRect();
      if (!panel) return ['no panel'];
      return [...document.querySelectorAll('.comparison-table th, .comparison-table td')]
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.right > panel.right + 1 || box.left < panel.left - 1)
        .map(({ el }) => el.textContent?.slice(0, 30) ?? '');
    });
    expect(spill).toEqual([]);
    expect(await seriousAxeProblems(page)).toEqual([]);
  });
}

test('fits every size, with normal and Large text: no sideways scroll, no cell spills', async ({ page }) => {
  test.setTimeout(90_000);
  for (const largeText of [false, true]) {
    await openApp(page, '?page=ims-vs-acupuncture');
    if (largeText) await page.getByRole('button', { name: 'Large text' }).click();
    for (const [width, height] of [
      [320, 568],
      [390, 844],
      [768, 1024],
      [1024, 768],
      [1280, 800],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      const where = `${width}×${height}${largeText ? ', Large text' : ''}`;
      expect(await sidewaysScroll(page), where).toBeLessThanOrEqual(0);
      const spills = await page.evaluate(() => {
        const panel = document.querySelector('#panel')?.getBoundingClientRect();
        if (!panel) return ['no panel'];
        return [
          ...document.querySelectorAll<HTMLElement>(
            '.comparison-table caption, .comparison-table th, .comparison-table td',
          ),
        ]
          .filter((el) => {
            // Stacked, the column headers are kept for screen readers only, in a 1-pixel box.
            const thead = el.closest('thead');
            if (thead && thead.getBoundingClientRect().width <= 1) return false;
            const box = el.getBoundingClientRect();
            return (
              box.right > panel.right + 1 || box.left < panel.left - 1 || el.scrollWidth > el.clientWidth + 1
            );
          })
          .map((el) => el.textContent?.slice(0, 30) ?? '');
      });
      expect(spills, where).toEqual([]);
    }
  }
});

test('stacked on a phone: one card per aspect, each side labelled', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, '?page=ims-vs-acupuncture');
  const firstRow = page.locator('.comparison-table tbody tr').first();
  const [header, ims, acupuncture] = await Promise.all(
    ['th', 'td:nth-of-type(1)', 'td:nth-of-type(2)'].map((s) => firstRow.locator(s).first().boundingBox()),
  );
  // Stacked: the IMS cell sits under the aspect, and acupuncture under IMS, each the full width.
  expect(ims?.y ?? 0).toBeGreaterThan(header?.y ?? 0);
  expect(acupuncture?.y ?? 0).toBeGreaterThan(ims?.y ?? 0);
  expect(Math.abs((ims?.width ?? 0) - (header?.width ?? 0))).toBeLessThan(2);
  await expect(firstRow.locator('.cell-label')).toHaveText(['IMS', 'Traditional acupuncture']);
});

test('three columns side by side on a laptop', async ({ page }) => {
  await openApp(page, '?page=ims-vs-acupuncture');
  const firstRow = page.locator('.comparison-table tbody tr').first();
  const [header, ims, acupuncture] = await Promise.all(
    ['th', 'td:nth-of-type(1)', 'td:nth-of-type(2)'].map((s) => firstRow.locator(s).first().boundingBox()),
  );
  expect(Math.abs((ims?.y ?? 0) - (header?.y ?? 0))).toBeLessThan(2);
  expect(ims?.x ?? 0).toBeGreaterThan(header?.x ?? 0);
  expect(acupuncture?.x ?? 0).toBeGreaterThan(ims?.x ?? 0);
  await expect(firstRow.locator('.cell-label').first()).toBeHidden();
});

test('from the start page by keyboard, and back', async ({ page }) => {
  await openApp(page);
  const link = page.locator('#panel').getByRole('link', { name: /IMS or acupuncture\? See the difference/ });
  await expect(link).toHaveAttribute('href', '?page=ims-vs-acupuncture');
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(panelHeading(page)).toHaveText(TITLE);
  await expect(panelHeading(page)).toBeFocused();
  await expect(page).toHaveURL(/\?page=ims-vs-acupuncture$/);
  await expect(page.getByRole('status')).toHaveText(`${TITLE}`);
  await page.getByRole('button', { name: /Back to the start/ }).click();
  await expect(panelHeading(page)).toHaveText('What is IMS?');
});

test('from every condition: one link line at the top of its words', async ({ page }) => {
  for (const id of ['tennis-elbow', 'plantar-fasciitis', 'chronic-whiplash-pain', 'jaw-pain']) {
    await openApp(page, `?condition=${id}`);
    const link = page
      .locator('#panel')
      .getByRole('link', { name: 'Is this acupuncture? See how IMS differs' });
    await expect(link).toHaveCount(1);
    await expect(link).toHaveAttribute(
      'href',
      new RegExp(`\\?condition=${id}(&view=\\w+)?&page=ims-vs-acupuncture$`),
    );
  }
  const name = await panelHeading(page).textContent();
  await page
    .locator('#panel')
    .getByRole('link', { name: 'Is this acupuncture? See how IMS differs' })
    .click();
  await expect(panelHeading(page)).toHaveText(TITLE);
  await page.getByRole('button', { name: `Back to ${name}` }).click();
  await expect(panelHeading(page)).toHaveText(name ?? '');
});

for (const query of ['acupuncture', 'dry needling', 'difference']) {
  test(`search finds it: "${query}"`, async ({ page }) => {
    await openApp(page);
    await page.getByRole('searchbox').fill(query);
    const results = page.getByRole('list', { name: 'Search results' });
    const first = results.getByRole('button').first();
    await expect(first).toContainText(TITLE);
    await expect(first).toContainText('Comparison');
    await page.getByRole('searchbox').press('ArrowDown');
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panelHeading(page)).toHaveText(TITLE);
    await expect(panelHeading(page)).toBeFocused();
  });
}

import { expect, type Page, test } from '@playwright/test';
import type { PainMark } from '../../src/consult/types';
import { keepThe3DAway, openApp, panelHeading, seriousAxeProblems } from './fixtures';

// The simple view (issue 13): the flat body map in the 3D body's place, at every screen size; its
// areas are buttons for the mouse and the keyboard; a condition's areas are lit; the pain chart
// takes marks on it (spots on the skin, the same marks the 3D body draws); the switch to and from
// the 3D body keeps the link. The 3D code is kept away: the map needs none of it.

test.use({ reducedMotion: 'reduce' });

const bodyMap = (page: Page) => page.getByRole('region', { name: 'Body map' });
const area = (page: Page, name: string) => bodyMap(page).getByRole('button', { name, exact: true });
/** The chart as kept in this tab (the marks themselves, with their spots on the skin). */
const savedChart = (page: Page) =>
  page.evaluate(
    () =>
      (JSON.parse(sessionStorage.getItem('ims-explorer-chart') ?? '{}') as { marks?: PainMark[] }).marks ??
      [],
  );

test('the body map works at every size, by mouse and keyboard, with conditions and the pain chart', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await keepThe3DAway(page);
  await openApp(page, '?simple=1');
  await expect(page.getByRole('region', { name: '3D body' })).toHaveCount(0);

  for (const [width, height] of [
    [1920, 1080],
    [1280, 800],
    [1024, 768],
    [390, 844],
  ] as const) {
    await test.step(`${width} wide`, async () => {
      await page.setViewportSize({ width, height });
      const knee = area(page, 'Left knee');
      await expect(knee).toBeVisible();
      // The whole figure is on the screen, beside the panel (or above it on a phone).
      const front = await bodyMap(page).getByRole('group', { name: 'Front', exact: true }).boundingBox();
      expect(front && front.x >= 0 && front.x + front.width <= width && front.height > 250).toBe(true);
      await knee.click();
      await expect(panelHeading(page)).toHaveText('Left knee');
      await expect(knee).toHaveAttribute('aria-pressed', 'true');

      // The keyboard: one tab stop per area, head to feet; Enter and Space choose; a visible ring.
      // (Choosing moves the focus to the panel's heading, as from the 3D body.)
      await expect(bodyMap(page).locator('.map-focus-ring')).toHaveCount(0);
      await knee.focus();
      await page.keyboard.press('Tab');
      await expect(area(page, 'Right knee')).toBeFocused();
      await expect(bodyMap(page).locator('.map-focus-ring')).toHaveCount(1);
      await page.keyboard.press(width === 390 ? 'Space' : 'Enter');
      await expect(panelHeading(page)).toHaveText('Right knee');

      // Narrow: one side at a time, with a Front/Back switch; wide: both sides at once.
      const switchToBack = bodyMap(page).getByRole('button', { name: 'Back', exact: true });
      if (width === 390) {
        await expect(area(page, 'Lower back')).toHaveCount(0);
        await switchToBack.click();
        await expect(switchToBack).toHaveAttribute('aria-pressed', 'true');
      } else await expect(switchToBack).toHaveCount(0);
      await area(page, 'Lower back').click();
      await expect(panelHeading(page)).toHaveText('Lower back');
      // the soles are on the map too, seen from below
      await area(page, 'Left sole').click();
      await expect(panelHeading(page)).toHaveText('Left sole');
    });
  }

  await test.step('a condition lights its areas', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('searchbox').fill('tennis elbow');
    await page.getByRole('list', { name: 'Search results' }).getByRole('button').first().click();
    await expect(panelHeading(page)).toHaveText(/Tennis elbow/);
    await expect(area(page, 'Left outer elbow')).toHaveClass(/is-lit/);
    await expect(area(page, 'Right forearm')).toHaveClass(/is-lit/);
    await expect(area(page, 'Left knee')).not.toHaveClass(/is-lit/);
    expect(await seriousAxeProblems(page, '.stage-map')).toEqual([]);
  });

  await test.step('the pain chart takes marks on the map: spots on the skin', async () => {
    await page.goto('./?simple=1&chart=open');
    await expect(bodyMap(page)).toBeVisible();
    await area(page, 'Left knee').click();
    const list = page.getByRole('list', { name: 'Your marks' });
    await expect(list).toContainText('Left knee: aching, 5 out of 10');
    await expect(bodyMap(page).getByRole('img', { name: 'Left knee: aching, 5 out of 10' })).toBeVisible();
    // from the keyboard: the middle of the area, on the back
    await area(page, 'Lower back').press('Enter');
    await expect(bodyMap(page).getByRole('img', { name: /^Lower back: aching/ })).toBeVisible();
    // Kept by a small chunk fetched with the first mark: a moment after the marks show.
    await expect
      .poll(async () => (await savedChart(page)).map((m) => m.region))
      .toEqual(['knee-left', 'lower-back']);
    const marks = await savedChart(page);
    const [knee, back] = marks.map((m) => m.point);
    // The left knee is on the person's left (+x), low, at the front; the lower back behind.
    expect(knee?.[0]).toBeGreaterThan(0.02);
    expect(knee?.[1]).toBeGreaterThan(0.35);
    expect(knee?.[1]).toBeLessThan(0.65);
    expect(knee?.[2]).toBeGreaterThan(0.02);
    expect(back?.[2]).toBeLessThan(-0.03);
  });

  await test.step('the switch goes to the 3D body and back, and the link follows', async () => {
    const toggle = page.getByRole('button', { name: 'Simple view' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: '3D body' })).toBeVisible();
    await expect(page).not.toHaveURL(/simple=1/);
    // the switch on the 3D side has the focus, so the keyboard stays on it
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('Enter');
    await expect(bodyMap(page)).toBeVisible();
    await expect(page).toHaveURL(/simple=1/);
  });
  expect(errors).toEqual([]);
});

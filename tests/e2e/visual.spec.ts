import { expect, test } from '@playwright/test';
import { cameraAzimuth, openApp, settle, waitForBody } from './fixtures';

test.describe('how the body looks', () => {
  test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });

  for (const view of ['front', 'back'] as const) {
    test(`${view} view matches the reference picture`, async ({ page }) => {
      await openApp(page, view === 'front' ? '' : '?view=back');
      await waitForBody(page);
      await settle(page, 6);
      await expect(page.locator('canvas')).toHaveScreenshot(`body-${view}.png`, { maxDiffPixelRatio: 0.01 });
    });
  }

  test('a selected region glows; at rest the skin is even', async ({ page }) => {
    await openApp(page);
    await waitForBody(page);
    const before = await page.locator('canvas').screenshot();
    await page.getByRole('region', { name: 'Body areas' }).getByRole('button', { name: 'Chest' }).click();
    await settle(page, 6);
    const after = await page.locator('canvas').screenshot();
    expect(after.equals(before)).toBe(false);
  });
});

test.describe('motion', () => {
  test('camera moves are flights normally', async ({ page }) => {
    await openApp(page);
    await waitForBody(page);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await settle(page, 2);
    const midway = Math.abs(await cameraAzimuth(page));
    expect(midway).toBeLessThan(Math.PI - 0.05);
    await expect
      .poll(async () => Math.abs(await cameraAzimuth(page)), { timeout: 10_000 })
      .toBeGreaterThan(Math.PI - 0.02);
  });

  test('prefers-reduced-motion turns them into cuts', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openApp(page);
    await waitForBody(page);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await settle(page, 2);
    expect(Math.abs(await cameraAzimuth(page))).toBeGreaterThan(Math.PI - 0.02);
  });
});

import { devices, expect, test } from '@playwright/test';
import { openApp, panelHeading, regionPoint, waitForBody } from './fixtures';

test.use({
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent: devices['Pixel 7'].userAgent,
  reducedMotion: 'reduce',
});

test.describe('on a phone', () => {
  test('body on top, panel as a sheet below, no sideways scroll', async ({ page }) => {
    await openApp(page);
    await waitForBody(page);
    const stage = await page.getByRole('region', { name: '3D body' }).boundingBox();
    const panel = await page.locator('#panel').boundingBox();
    expect(stage && panel).toBeTruthy();
    if (!stage || !panel) return;
    expect(stage.width).toBeGreaterThan(380);
    expect(panel.y).toBeGreaterThan(stage.y + stage.height / 2);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('a tap on the body selects a region', async ({ page }) => {
    await openApp(page);
    await waitForBody(page);
    const { x, y } = await regionPoint(page, 'shin-left');
    await page.touchscreen.tap(x, y);
    await expect(panelHeading(page)).toHaveText('Left shin');
  });

  test('a condition reads well with no sideways scroll', async ({ page }) => {
    await openApp(page, '?condition=iliotibial-band-syndrome');
    await expect(panelHeading(page)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

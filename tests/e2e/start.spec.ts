import { expect, test } from '@playwright/test';
import { openApp, panelHeading } from './fixtures';

test.use({ reducedMotion: 'reduce' });

test.describe('before the 3D has started', () => {
  test('a picture of the body shows at once, and the 3D takes over by itself when the page is quiet', async ({
    page,
  }) => {
    await openApp(page);
    const poster = page.locator('.body-poster');
    await expect(poster).toBeVisible();
    expect(await poster.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
    // Nobody touches anything: the 3D still arrives, and the picture steps aside.
    await page.waitForFunction(() => document.documentElement.dataset.bodyReady === 'true', null, {
      timeout: 30_000,
    });
    await expect(poster).toBeHidden();
    await expect(page.locator('canvas')).toBeVisible();
  });

  test('a tap on the picture selects that part of the body once the 3D is ready', async ({ page }) => {
    await openApp(page);
    const stage = await page.locator('.canvas-host').boundingBox();
    if (!stage) throw new Error('no stage');
    // The middle of the belly in the starting view, picture and 3D alike.
    await page.mouse.click(stage.x + stage.width / 2, stage.y + stage.height * 0.45);
    await expect(panelHeading(page)).toHaveText('Belly', { timeout: 30_000 });
  });
});

import { expect, test } from '@playwright/test';
import { cameraAzimuth, openApp, panelHeading, settle, waitForBody } from './fixtures';

test.use({ reducedMotion: 'reduce' });

test.describe('keyboard only', () => {
  test('search, choose, read and come back without a mouse', async ({ page }) => {
    await openApp(page);
    // The first Tab reaches the skip link, which jumps to the information panel.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the information' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');

    const box = page.getByRole('searchbox', { name: 'Search conditions and body areas' });
    await page.keyboard.press('Tab');
    await expect(box).toBeFocused();
    await page.keyboard.type('golfers elbow');
    await page.keyboard.press('ArrowDown');
    const first = page.getByRole('list', { name: 'Search results' }).getByRole('button').first();
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panelHeading(page)).toHaveText(/Golfer/);
    await expect(panelHeading(page)).toBeFocused();

    // Tab on to the first highlighted region and open it.
    const chip = page
      .locator('#panel')
      .getByRole('button', { name: /inner elbow/i })
      .first();
    await chip.focus();
    await page.keyboard.press('Enter');
    await expect(panelHeading(page)).toHaveText(/inner elbow/i);
    await expect(panelHeading(page)).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: /All body areas/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panelHeading(page)).toHaveText('What is IMS?');
  });

  test('focus is clearly visible', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Large text' }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { width: Number.parseFloat(style.outlineWidth), style: style.outlineStyle };
    });
    expect(outline.style).toBe('solid');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });

  test('arrow keys turn the body and plus and minus zoom', async ({ page }) => {
    await openApp(page);
    await waitForBody(page);
    const body = page.getByRole('application', { name: /3D body/ });
    await body.focus();
    const before = await cameraAzimuth(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await settle(page, 6);
    expect(Math.abs((await cameraAzimuth(page)) - before)).toBeGreaterThan(0.5);
    const distance = () =>
      page.evaluate(() => {
        const canvas = document.querySelector('canvas');
        return canvas ? window.__imsTest?.cameraDistance() : Number.NaN;
      });
    const far = await distance();
    await page.keyboard.press('+');
    await settle(page, 6);
    expect(await distance()).toBeLessThan(far ?? 0);
  });
});

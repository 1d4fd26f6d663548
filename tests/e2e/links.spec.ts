import { expect, test } from '@playwright/test';
import { openApp, panelHeading } from './fixtures';

test.use({ reducedMotion: 'reduce' });

test.describe('links and history', () => {
  test('a deep link reopens a condition', async ({ page }) => {
    await openApp(page, '?condition=jaw-pain');
    await expect(panelHeading(page)).toHaveText(/Jaw pain/i);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a deep link reopens a region and a view', async ({ page }) => {
    await openApp(page, '?region=heel-left&view=back');
    await expect(panelHeading(page)).toHaveText('Left heel');
    await expect(page.getByRole('button', { name: 'Back', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('Back and Forward walk through what was on screen', async ({ page }) => {
    await openApp(page);
    await page
      .getByRole('region', { name: 'Body areas' })
      .getByRole('button', { name: 'Right knee' })
      .click();
    await expect(panelHeading(page)).toHaveText('Right knee');
    await page
      .locator('#panel')
      .getByRole('button', { name: /Patellofemoral/ })
      .click();
    await expect(panelHeading(page)).toHaveText(/Patellofemoral/);
    await expect(page).toHaveURL(/condition=patellofemoral/);

    await page.goBack();
    await expect(panelHeading(page)).toHaveText('Right knee');
    await expect(page).not.toHaveURL(/condition=/);
    await page.goBack();
    await expect(panelHeading(page)).toHaveText('What is IMS?');
    await page.goForward();
    await expect(panelHeading(page)).toHaveText('Right knee');
    await page.goForward();
    await expect(panelHeading(page)).toHaveText(/Patellofemoral/);
  });

  for (const [label, search] of [
    ['an unknown region', '?region=left-wing'],
    ['an unknown condition', '?condition=broken-heart'],
    ['a malformed value', '?condition=%E0%A4%A'],
    ['an unknown view', '?view=sideways'],
    ['an unknown key', '?foo=bar'],
  ]) {
    test(`${label} gives a friendly notice and the default view`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await openApp(page, search);
      await expect(page.getByRole('alert')).toContainText(/link didn't fully work/i);
      await expect(panelHeading(page)).toHaveText('What is IMS?');
      // The address bar is tidied so a reload does not repeat the notice.
      expect(new URL(page.url()).search).toBe('');
      expect(errors).toEqual([]);
    });
  }

  test('a partly good link keeps the good part', async ({ page }) => {
    await openApp(page, '?region=wrist-right&view=upside-down');
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(panelHeading(page)).toHaveText('Right wrist');
    await expect(page).toHaveURL(/region=wrist-right/);
  });
});

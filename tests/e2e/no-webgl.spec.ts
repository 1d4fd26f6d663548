import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';
import { openApp, panelHeading } from './fixtures';

test.use({
  launchOptions: {
    executablePath: process.env.IMS_CHROMIUM,
    args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'],
  },
});

test.describe('without WebGL', () => {
  test('says so plainly and everything else still works', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openApp(page);
    await expect(page.getByRole('heading', { name: "The 3D body can't be shown here" })).toBeVisible();
    await expect(page.locator('canvas')).toHaveCount(0);

    await page
      .getByRole('region', { name: 'Body areas' })
      .getByRole('button', { name: 'Left wrist' })
      .click();
    await expect(panelHeading(page)).toHaveText('Left wrist');
    await page
      .locator('#panel')
      .getByRole('button', { name: /Carpal tunnel/ })
      .click();
    await expect(panelHeading(page)).toHaveText(/Carpal tunnel/);

    await page.getByRole('searchbox').fill('plantar');
    await page.getByRole('list', { name: 'Search results' }).getByRole('button').first().click();
    await expect(panelHeading(page)).toHaveText(/Plantar fasciitis/);
    expect(errors).toEqual([]);
  });
});

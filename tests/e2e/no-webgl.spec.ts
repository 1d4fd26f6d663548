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
  test('says so plainly, shows the flat body map instead, and everything else still works', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openApp(page);
    const map = page.getByRole('region', { name: 'Body map' });
    await expect(map.getByRole('note')).toHaveText(
      "This browser or device can't show the 3D body, so here is a flat map of the body. It works the same way.",
    );
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
    // The map does what the 3D body does; there is no 3D to switch back to.
    await map.getByRole('button', { name: 'Right knee', exact: true }).click();
    await expect(panelHeading(page)).toHaveText('Right knee');
    await expect(map.getByRole('button', { name: 'Simple view' })).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

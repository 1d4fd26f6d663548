import { expect, test } from '@playwright/test';
import { openApp, panelHeading, waitForBody } from './fixtures';

test.describe('when the WebGL context is lost', () => {
  test.use({ reducedMotion: 'reduce' });

  test('tells the person and keeps the lists working', async ({ page }) => {
    await openApp(page);
    await waitForBody(page);
    await page.evaluate(() => {
      const canvas = document.querySelector('canvas');
      const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
    });
    await expect(page.getByRole('heading', { name: 'The 3D body stopped working' })).toBeVisible();
    await page
      .getByRole('region', { name: 'Conditions this clinic treats with IMS' })
      .getByRole('button', { name: /Trigger finger/ })
      .click();
    await expect(panelHeading(page)).toHaveText(/Trigger finger/);
  });
});

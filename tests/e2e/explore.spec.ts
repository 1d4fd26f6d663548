import { expect, test } from '@playwright/test';
import { REGION_IDS } from '../../src/content/regionIds';
import {
  cameraAzimuth,
  clickRegion,
  openApp,
  panelHeading,
  regionPoint,
  settle,
  waitForBody,
} from './fixtures';

test.use({ reducedMotion: 'reduce' });

test.describe('the body explorer', () => {
  test('the words paint with the disclaimer, the index and a button for every body area', async ({
    page,
  }) => {
    await openApp(page);
    await expect(panelHeading(page)).toHaveText('What is IMS?');
    await expect(page.getByText(/not a diagnosis/i)).toBeVisible();
    const index = page.getByRole('region', { name: 'Conditions this clinic treats with IMS' });
    await expect(index.getByRole('button')).toHaveCount(16);
    const areas = page.getByRole('region', { name: 'Body areas' });
    await expect(areas.getByRole('button')).toHaveCount(REGION_IDS.length);
  });

  // One page load for the pointer on the body (the 3D is slow to start in software WebGL): hover,
  // clicks from the front and the back, and a drag from the start view.
  test('hovering names a region, a click selects it (front and back), a drag turns the body instead', async ({
    page,
  }) => {
    await openApp(page);
    await waitForBody(page);

    await test.step('hovering the body names the region', async () => {
      const { x, y } = await regionPoint(page, 'abdomen');
      await page.mouse.move(x, y);
      const label = page.locator('.hover-label');
      await expect(label).toBeVisible();
      await expect(label).toHaveText('Belly');
    });

    await test.step('a click on the body selects the region under the pointer', async () => {
      await clickRegion(page, 'knee-right');
      await expect(panelHeading(page)).toHaveText('Right knee');
      await expect(page.locator('#panel').getByRole('button', { name: /Patellofemoral/i })).toBeVisible();
      await expect(page).toHaveURL(/region=knee-right/);

      await clickRegion(page, 'elbow-outer-left');
      await expect(panelHeading(page)).toHaveText('Left outer elbow');
      await expect(page.locator('#panel').getByRole('button', { name: /Tennis elbow/i })).toBeVisible();
    });

    await test.step('the back of the body can be turned to and clicked', async () => {
      // From the start view, as when the page opens (a selected area would be framed close up).
      await page.getByRole('button', { name: 'Reset view' }).click();
      await expect(panelHeading(page)).toHaveText('What is IMS?');
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await settle(page);
      expect(Math.abs(Math.abs(await cameraAzimuth(page)) - Math.PI)).toBeLessThan(0.05);
      await expect(page).toHaveURL(/view=back/);
      await clickRegion(page, 'calf-left');
      await expect(panelHeading(page)).toHaveText('Left calf');
      await clickRegion(page, 'lower-back');
      await expect(panelHeading(page)).toHaveText('Lower back');
    });

    await test.step('a drag turns the body instead of selecting', async () => {
      await page.getByRole('button', { name: 'Reset view' }).click();
      await expect(panelHeading(page)).toHaveText('What is IMS?');
      await settle(page);
      const { x, y } = await regionPoint(page, 'chest');
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + 200, y, { steps: 8 });
      await page.mouse.up();
      await settle(page, 10);
      expect(Math.abs(await cameraAzimuth(page))).toBeGreaterThan(0.3);
      await expect(panelHeading(page)).toHaveText('What is IMS?');
    });
  });

  test('a region with no listed condition says so kindly', async ({ page }) => {
    await openApp(page);
    await page.getByRole('region', { name: 'Body areas' }).getByRole('button', { name: 'Chest' }).click();
    await expect(panelHeading(page)).toHaveText('Chest');
    await expect(page.locator('.kind-note')).toBeVisible();
    await expect(page.getByRole('status')).toContainText(/no condition/i);
  });

  test('a condition view explains it in full and frames its regions', async ({ page }) => {
    await openApp(page);
    await waitForBody(page);
    await page
      .getByRole('region', { name: 'Conditions this clinic treats with IMS' })
      .getByRole('button', { name: /Achilles/ })
      .click();
    await expect(panelHeading(page)).toHaveText(/Achilles/);
    for (const section of [
      'What it is',
      'Where it is felt',
      'Muscles involved',
      'Before you try IMS',
      'How IMS is meant to work here',
      'What the research shows',
      'What a course of treatment looks like',
      'Sources',
    ]) {
      await expect(page.getByRole('heading', { name: section, level: 2 })).toBeVisible();
    }
    await expect(page.locator('.sources li').first()).toBeVisible();
    await expect(page).toHaveURL(/condition=achilles/);
    await settle(page, 6);
    // Heels and the Achilles are at the back: the camera turned round to show them (from behind,
    // or behind and to one side, whichever shows both heels and calves best).
    expect(Math.abs(await cameraAzimuth(page))).toBeGreaterThan(Math.PI / 2 + 0.3);
    await regionPoint(page, 'heel-left');
    await regionPoint(page, 'heel-right');
  });

  test('search finds conditions from everyday words and misspellings', async ({ page }) => {
    await openApp(page);
    const box = page.getByRole('searchbox', { name: 'Search conditions and body areas' });
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('button');

    await box.fill('tenis elbo');
    await expect(results.first()).toContainText('Tennis elbow');
    await box.fill('sore jaw');
    await expect(results.first()).toContainText(/Jaw pain/i);
    await box.fill('heel pain');
    await expect(results.filter({ hasText: /Plantar fasciitis|Achilles/ }).first()).toBeVisible();
    await box.fill('zzqqxx');
    await expect(page.getByText(/Nothing found/)).toBeVisible();

    await box.fill('carpel tunel');
    await results.first().click();
    await expect(panelHeading(page)).toHaveText(/Carpal tunnel/i);
    await expect(box).toHaveValue('');
  });

  test('what is typed before the search code arrives gets its results when it does', async ({ page }) => {
    // fuse.js is fetched on the first focus: hold it back while a person types.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/assets/search-*.js', async (route) => {
      await held;
      await route.continue();
    });
    await openApp(page);
    const box = page.getByRole('searchbox', { name: 'Search conditions and body areas' });
    await box.pressSequentially('tenis elbo');
    await expect(box).toHaveValue('tenis elbo');
    await expect(page.getByText(/Nothing found/)).toHaveCount(0);
    release();
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('button');
    await expect(results.first()).toContainText('Tennis elbow');
  });

  test('reset view returns to the start', async ({ page }) => {
    await openApp(page, '?region=calf-right&view=back');
    await expect(panelHeading(page)).toHaveText('Right calf');
    await page.getByRole('button', { name: 'Reset view' }).click();
    await expect(panelHeading(page)).toHaveText('What is IMS?');
    await expect(page).not.toHaveURL(/region=/);
  });

  test('large text is a saved preference', async ({ page }) => {
    await openApp(page);
    const toggle = page.getByRole('button', { name: 'Large text' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveClass(/large-text/);
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/large-text/);
  });

  test('broken saved settings give a notice and a working page', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('ims-explorer:preferences', '{not json'));
    await openApp(page);
    await expect(page.getByRole('alert')).toContainText(/saved settings/i);
    await page.getByRole('button', { name: 'OK' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.getByRole('button', { name: 'Large text' }).click();
    await expect(page.locator('html')).toHaveClass(/large-text/);
  });
});

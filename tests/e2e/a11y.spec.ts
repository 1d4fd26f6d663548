import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { keepThe3DAway, openApp, panelHeading, waitForBody } from './fixtures';

test.use({ reducedMotion: 'reduce' });

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

// The home view is checked with the 3D body drawn; the other views are words only (the 3D, which
// a link to an area or a condition starts at once, stays away so it does not slow axe down).
test.describe('accessibility (axe)', () => {
  test('home view', async ({ page }) => {
    await openApp(page);
    await waitForBody(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('region view with a notice', async ({ page }) => {
    await keepThe3DAway(page);
    await openApp(page, '?region=chest&nope=1');
    await expect(panelHeading(page)).toHaveText('Chest');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('condition view, large text', async ({ page }) => {
    await keepThe3DAway(page);
    await openApp(page, '?condition=tennis-elbow');
    await page.getByRole('button', { name: 'Large text' }).click();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('search results', async ({ page }) => {
    await keepThe3DAway(page);
    await openApp(page);
    await page.getByRole('searchbox').fill('knee');
    await expect(page.getByRole('list', { name: 'Search results' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('phone layout', async ({ page }) => {
    await keepThe3DAway(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, '?condition=shin-splints');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

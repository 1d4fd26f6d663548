import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { keepThe3DAway, openApp, panelHeading, seriousAxeProblems } from './fixtures';

// French end to end, words only (the 3D stays away): a French browser gets French, search finds
// French names, the switch goes back to English on the same link, and lang= in a link wins.
test.use({ locale: 'fr-CA', reducedMotion: 'reduce' });

/** The French of a content string, from the dictionaries the app loads (English while one is missing). */
const CONTENT_FR: Record<string, string> = Object.assign(
  {},
  ...readdirSync(join(import.meta.dirname, '../../src/i18n/content/fr'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(import.meta.dirname, '../../src/i18n/content/fr', f), 'utf8'))),
);
const fr = (english: string) => CONTENT_FR[english] ?? english;
const CORE_FR = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../src/i18n/locales/fr/core.json'), 'utf8'),
) as Record<string, string>;

test('a French browser gets French, searches in French and switches back to English on the same link', async ({
  page,
}) => {
  await keepThe3DAway(page);
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(panelHeading(page)).toHaveText(CORE_FR['home.title'] ?? '');
  await expect(page).toHaveTitle(CORE_FR['app.documentTitle'] ?? '');
  const toEnglish = page.getByRole('button', { name: 'English' });
  await expect(toEnglish).toHaveAttribute('lang', 'en');

  // Search in French: the condition's French name finds it.
  const name = fr('Tennis elbow');
  const box = page.getByRole('searchbox', { name: CORE_FR['search.label'] });
  await box.fill(name.split(' (')[0] ?? name);
  await page
    .getByRole('button', { name: new RegExp(`^${name.slice(0, 12)}`) })
    .first()
    .click();
  await expect(panelHeading(page)).toHaveText(name);
  await expect(page).toHaveURL(/\?condition=tennis-elbow&lang=fr$/);
  await expect(page.getByRole('heading', { name: CORE_FR['condition.beforeIms'] })).toBeVisible();

  // The warning signs, from the condition's safety links; the link keeps French.
  const warning = fr('When to see a doctor first');
  await page.getByRole('link', { name: warning }).first().click();
  await expect(panelHeading(page)).toHaveText(warning);
  await expect(page.getByRole('list', { name: CORE_FR['safety.warningSigns'] })).toBeVisible();
  await expect(page).toHaveURL(/page=see-a-doctor-first&lang=fr$/);
  expect(await seriousAxeProblems(page)).toEqual([]);

  // Back to English: the same view, saved for the next visit.
  await toEnglish.click();
  await expect(page).toHaveURL(/condition=tennis-elbow&page=see-a-doctor-first&lang=en$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(panelHeading(page)).toHaveText('When to see a doctor first');
  await expect(page.getByRole('button', { name: 'Français' })).toHaveAttribute('lang', 'fr');
  await openApp(page);
  await expect(panelHeading(page)).toHaveText('What is IMS?');
});

test('lang=fr in a link wins over an English browser; a broken saved choice is ignored', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'en-US', reducedMotion: 'reduce' });
  const page = await context.newPage();
  await keepThe3DAway(page);
  await page.addInitScript(() => window.localStorage.setItem('ims-explorer-lang', '{broken'));
  await openApp(page, '?condition=tennis-elbow&lang=fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(panelHeading(page)).toHaveText(fr('Tennis elbow'));
  await expect(page.getByRole('heading', { name: CORE_FR['condition.research'] })).toBeVisible();
  // Without lang=, the English browser (the saved value is junk) gets English.
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(panelHeading(page)).toHaveText('What is IMS?');
  await context.close();
});

import { expect, test } from '@playwright/test';
import { keepThe3DAway, openApp } from './fixtures';

// The clinic's own details (clinic.json beside the site): shown in the footer when given, nothing
// when not (no fake clinic), and a plain notice when the file is wrong, with what was wrong left out.
// The 3D is kept away: these are about the words.

// The footer sits in the panel (so it is not a page-wide landmark): found by its element.
const footer = (page: import('@playwright/test').Page) => page.locator('footer');

test.beforeEach(async ({ page }) => keepThe3DAway(page));

test('with clinic.json, the footer names the clinic, its phone and booking link', async ({ page }) => {
  await page.route('**/clinic.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        name: 'Riverside Physiotherapy',
        practitioner: 'Alex Chen, physiotherapist',
        phone: '+1 604 555 0100',
        address: '12 River Street, Vancouver',
        bookingUrl: 'https://example.com/book',
      }),
    }),
  );
  await openApp(page);
  await expect(footer(page)).toContainText('Riverside Physiotherapy');
  await expect(footer(page)).toContainText('Alex Chen, physiotherapist');
  await expect(footer(page)).toContainText('12 River Street, Vancouver');
  await expect(footer(page).getByRole('link', { name: '+1 604 555 0100' })).toHaveAttribute(
    'href',
    'tel:+16045550100',
  );
  await expect(footer(page).getByRole('link', { name: 'Book a visit' })).toHaveAttribute(
    'href',
    'https://example.com/book',
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('with the empty clinic.json the build ships, or none at all, no clinic is named and nothing is said', async ({
  page,
}) => {
  const asked = page.waitForResponse('**/clinic.json');
  await openApp(page);
  const shipped = await asked;
  expect(shipped.status()).toBe(200);
  expect(await shipped.json()).toEqual({});
  await expect(footer(page)).toContainText('not a diagnosis');
  await expect(footer(page).getByRole('link')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // A host that lost the file: the same, quietly.
  await page.route('**/clinic.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  const missing = page.waitForResponse('**/clinic.json');
  await page.reload();
  expect((await missing).status()).toBe(404);
  await expect(footer(page)).toContainText('not a diagnosis');
  await expect(footer(page).getByRole('link')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a wrong clinic.json: a plain notice, the good parts shown, the bad left out', async ({ page }) => {
  let body = JSON.stringify({ name: 'Riverside', bookingUrl: 'javascript:alert(1)' });
  await page.route('**/clinic.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await openApp(page);
  await expect(page.getByRole('alert')).toContainText('The clinic details file (clinic.json) has a problem');
  await expect(page.getByRole('alert')).toContainText(
    '"bookingUrl" must be a web address starting with https://.',
  );
  await expect(footer(page)).toContainText('Riverside');
  await expect(footer(page).getByRole('link')).toHaveCount(0);

  body = '{ "name": "Riverside", ';
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('It is not valid JSON.');
  await expect(footer(page)).not.toContainText('Riverside');
});

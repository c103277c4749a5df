import { clickToolbar, expect, test } from './harness';

test('the toolbar flow hides the clutter on the page itself, and Show original brings it back', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('farm-ap-blinken.html'));
  const clutter = [
    page.getByText('veryGood!'),
    page.getByRole('heading', { name: 'Related', exact: true }),
    page.getByRole('heading', { name: 'Ranking', exact: true }),
    page.getByText('Date:2025-04-14 17:47:42'),
  ];
  const story = page.getByText('Secretary of State Antony Blinken met Monday with China');
  // The site's own menu is how a reader who stays gets around: the reader mode drops it, the page keeps it.
  const menu = page.locator('.nav').getByRole('link', { name: 'Stocks' });
  for (const item of clutter) await expect(item).toBeVisible();

  const popup = await clickToolbar(context, worker, extensionId, page);
  for (const item of clutter) await expect(item).toBeHidden();
  await expect(story).toBeVisible();
  await expect(menu).toBeVisible();
  await expect(popup.locator('.removed summary')).toContainText(/Removed \d+ blocks/);

  await popup.getByRole('button', { name: 'Show original' }).click();
  for (const item of clutter) await expect(item).toBeVisible();
  await popup.getByRole('button', { name: 'Hide clutter' }).click();
  for (const item of clutter) await expect(item).toBeHidden();
  await expect(story).toBeVisible();
});

test("the page's own scripts keep working after cleaning", async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('farm-ap-blinken.html'));
  await clickToolbar(context, worker, extensionId, page);
  // A page script can still find and change its own (hidden) elements.
  const changed = await page.evaluate(() => {
    const counter = document.querySelector('[id^="digg_"]');
    if (!counter) return null;
    counter.textContent = '1';
    return document.querySelector('[id^="digg_"]')?.textContent;
  });
  expect(changed).toBe('1');
});

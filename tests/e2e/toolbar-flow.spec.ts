import { clickToolbar, expect, test } from './harness';
import { readStore } from './idb';

test('cleaning the content-farm page stores the article and shows it in the popup', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('farm-ap-blinken.html'));
  const popup = await clickToolbar(context, worker, extensionId, page);

  const title = 'Blinken meets Chinese VP as US-China contacts increase ahead of possible summit';
  await expect(popup.locator('.article-title')).toHaveText(title);
  await expect(popup.locator('.site')).toHaveText('Wealth Evolution Experts');
  await expect(popup.locator('.words')).toContainText(/\d{3,} words/);
  await expect(popup.locator('.agency-badge')).toHaveText('Associated Press');

  const stored = (await readStore(popup, 'articles')) as Array<{ title: string; url: string }>;
  expect(stored.map((a) => a.title)).toContain(title);
});

test('a browser page gets a plain message instead of silence', async ({
  context,
  worker,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto('chrome://version');
  const popup = await clickToolbar(context, worker, extensionId, page);
  await expect(popup.getByRole('alert')).toContainText("browser's own pages");
  expect(await readStore(popup, 'articles')).toHaveLength(0);
});

test('a page with no article says so and stores nothing', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('page-login.html'));
  const popup = await clickToolbar(context, worker, extensionId, page);
  await expect(popup.getByRole('alert')).toContainText('No article found');
  expect(await readStore(popup, 'articles')).toHaveLength(0);
});

import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { type FixtureServer, startFixtureServer } from './fixture-server';
import { clickToolbar, expect, test as harness } from './harness';
import { readStore } from './idb';

// The harness's server.close() waits for every socket to end, and Chromium keeps several open
// to it for a while after a page loads, some without ever sending a request (preconnects), which
// Node does not count as idle: teardown then outlasted the test's time now and then. Closing
// stops it listening at once; the sockets end with the browser.
const test = harness.extend<{ server: FixtureServer }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
  server: async ({}, use) => {
    const server = await startFixtureServer();
    await use(server);
    void server.close();
  },
});

const blinken = 'Blinken meets Chinese VP as US-China contacts increase ahead of possible summit';
const london = 'Universities cut courses as drop in overseas students deepens funding gap';
const kansas = 'Kansas City barbecue joints feel the squeeze as brisket prices climb';

interface Env {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  server: FixtureServer;
}

/** The toolbar flow on one fixture page; returns the popup once it shows the article. */
async function clean({ context, worker, extensionId, server }: Env, file: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url(file));
  const popup = await clickToolbar(context, worker, extensionId, page);
  await expect(popup.locator('.article-title')).toBeVisible();
  await page.close();
  return popup;
}

async function openLibrary({ context, extensionId }: Env): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(page.getByRole('heading', { level: 2, name: /^Articles/ })).toBeVisible();
  return page;
}

const item = (library: Page, title: string) =>
  library.getByRole('listitem').filter({ has: library.getByRole('heading', { name: title }) });

type Row = { title: string; pinned: number; lastReadAt: string };
const rows = async (page: Page) => (await readStore(page, 'articles')) as Row[];

test('the popup links to the library, which says how to fill it while empty', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const env = { context, worker, extensionId, server };
  const popup = await clean(env, 'farm-ap-blinken.html');
  const [library] = await Promise.all([
    context.waitForEvent('page'),
    popup.getByRole('link', { name: 'Library' }).click(),
  ]);
  await expect(item(library, blinken)).toContainText('Wealth Evolution Experts');
  await expect(item(library, blinken)).toContainText('Associated Press');
  await expect(item(library, blinken)).toContainText(/\d{3,} words/);

  await item(library, blinken).getByRole('button', { name: 'Delete' }).click();
  await expect(library.getByText('Your library is empty.', { exact: true })).toBeVisible();
  await expect(library.getByText('click the Lede icon in the toolbar')).toBeVisible();
});

test('the list goes by date saved, or by date published', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const env = { context, worker, extensionId, server };
  // Saved in this order; published the other way round (2024-03-12, then 2023-09-18).
  await clean(env, 'news-original-london.html');
  await clean(env, 'farm-ap-blinken.html');
  const library = await openLibrary(env);
  const titles = library.locator('.lib-title');
  await expect(titles).toHaveText([blinken, london]);
  await library.getByLabel('Sort by').selectOption({ label: 'Date published' });
  await expect(titles).toHaveText([london, blinken]);
  const published = item(library, london).locator('span', { hasText: 'Published' }).locator('time');
  await expect(published).toHaveAttribute('datetime', /^2024-03-12/);
  await expect(published).toHaveText(/2024/);
});

test('pinning and unpinning an article is kept', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const env = { context, worker, extensionId, server };
  await clean(env, 'farm-ap-blinken.html');
  const library = await openLibrary(env);
  const pin = item(library, blinken).getByRole('button', { name: 'Pin' });
  await expect(pin).toHaveAttribute('aria-pressed', 'false');
  await pin.click();
  await expect(pin).toHaveAttribute('aria-pressed', 'true');
  await library.reload();
  await expect(pin).toHaveAttribute('aria-pressed', 'true');
  await expect(item(library, blinken)).toContainText('Pinned');
  expect((await rows(library)).map((r) => r.pinned)).toEqual([1]);

  await pin.click();
  await expect(pin).toHaveAttribute('aria-pressed', 'false');
  await library.reload();
  await expect(pin).toHaveAttribute('aria-pressed', 'false');
  expect((await rows(library)).map((r) => r.pinned)).toEqual([0]);
});

test('a deleted article can be brought back with Undo, and stays gone otherwise', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const env = { context, worker, extensionId, server };
  await clean(env, 'farm-ap-blinken.html');
  await clean(env, 'news-original-london.html');
  const library = await openLibrary(env);
  await item(library, london).getByRole('button', { name: 'Pin' }).click();
  await expect(item(library, london).getByRole('button', { name: 'Pin' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await item(library, london).getByRole('button', { name: 'Delete' }).click();
  await expect(item(library, london)).toHaveCount(0);
  const undo = library.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(item(library, london).getByRole('button', { name: 'Pin' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await item(library, london).getByRole('button', { name: 'Delete' }).click();
  await expect(library.getByRole('status').filter({ hasText: 'Deleted' })).toContainText(london);
  await library.reload();
  await expect(item(library, blinken)).toBeVisible();
  await expect(item(library, london)).toHaveCount(0);
  expect((await rows(library)).map((r) => r.title)).toEqual([blinken]);
});

test('export, clear all, import: everything comes back', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const env = { context, worker, extensionId, server };
  await clean(env, 'farm-ap-blinken.html');
  await clean(env, 'news-original-london.html');
  const library = await openLibrary(env);
  await item(library, blinken).getByRole('button', { name: 'Pin' }).click();
  await expect(library.getByRole('status').filter({ hasText: 'Pinned' })).toBeVisible();

  const [download] = await Promise.all([
    library.waitForEvent('download'),
    library.getByRole('button', { name: 'Export library' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^lede-library-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.format).toBe('lede-cache');
  expect(exported.articles.map((a: { title: string }) => a.title).sort()).toEqual([
    blinken,
    london,
  ]);

  await library.getByRole('button', { name: 'Clear all…' }).click();
  await expect(library.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await library.getByRole('button', { name: 'Delete everything' }).click();
  await expect(library.getByText('Your library is empty.', { exact: true })).toBeVisible();
  await library.reload();
  await expect(library.getByText('Your library is empty.', { exact: true })).toBeVisible();
  expect(await rows(library)).toEqual([]);
  expect(await readStore(library, 'bodies')).toEqual([]);

  await library.getByLabel('Import a Lede export').setInputFiles(file);
  await expect(library.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    '2 articles added, 0 merged',
  );
  await expect(item(library, blinken).getByRole('button', { name: 'Pin' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(item(library, london)).toBeVisible();
  await library.getByLabel('Search your library').fill('Okonjo');
  await expect(library.getByRole('listitem')).toHaveCount(1);
  await expect(library.getByRole('listitem')).toContainText(london);

  // The same file again changes nothing.
  await library.getByLabel('Search your library').fill('');
  await library.getByLabel('Import a Lede export').setInputFiles(file);
  await expect(library.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    '0 articles added, 0 merged, 2 already here',
  );
});

test('a file that is not a Lede export is refused in plain words', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const env = { context, worker, extensionId, server };
  await clean(env, 'farm-ap-blinken.html');
  const library = await openLibrary(env);
  const input = library.getByLabel('Import a Lede export');
  await input.setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'other', articles: [] })),
  });
  await expect(library.getByRole('alert')).toContainText('Not a Lede cache export: export.format');
  await input.setInputFiles({
    name: 'page.html',
    mimeType: 'text/html',
    buffer: Buffer.from('<html>hello</html>'),
  });
  await expect(library.getByRole('alert')).toContainText('page.html is not a JSON file');
  expect((await rows(library)).map((r) => r.title)).toEqual([blinken]);
});

async function setMaxArticles(library: Page, max: number): Promise<void> {
  await library.getByLabel('Keep at most (articles)').fill(String(max));
  await library.getByRole('button', { name: 'Save limits' }).click();
  await expect(library.getByRole('status').filter({ hasText: 'Saved' })).toContainText(
    `at most ${max} article`,
  );
}

test('over the limit, the least recently read unpinned article goes, and the popup says so', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const env = { context, worker, extensionId, server };
  const library = await openLibrary(env);
  await setMaxArticles(library, 1);
  const first = await clean(env, 'farm-ap-blinken.html');
  await expect(first.getByText(/removed \d+ older/)).toHaveCount(0);

  const second = await clean(env, 'news-original-london.html');
  await expect(second.getByRole('status').filter({ hasText: 'cache limit' })).toContainText(
    `removed 1 older article: ${blinken}`,
  );
  await library.reload();
  await expect(item(library, london)).toBeVisible();
  await expect(item(library, blinken)).toHaveCount(0);

  // Pinned articles stay whatever the limit.
  await item(library, london).getByRole('button', { name: 'Pin' }).click();
  await expect(library.getByRole('status').filter({ hasText: 'Pinned' })).toBeVisible();
  const third = await clean(env, 'news-kansas-city-ap.html');
  await expect(third.getByText(/removed \d+ older/)).toHaveCount(0);
  await library.reload();
  await expect(item(library, london)).toBeVisible();
  await expect(item(library, kansas)).toBeVisible();
});

test('reading an article in the library keeps it over one saved later', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const env = { context, worker, extensionId, server };
  const library = await openLibrary(env);
  await setMaxArticles(library, 2);
  await clean(env, 'farm-ap-blinken.html');
  await clean(env, 'news-original-london.html');
  await library.reload();

  const [reader] = await Promise.all([
    context.waitForEvent('page'),
    item(library, blinken).getByRole('link', { name: blinken }).click(),
  ]);
  await expect(reader.locator('.article-body')).toContainText('Han Zheng');
  await expect
    .poll(async () => {
      const [a, b] = [blinken, london].map((t) =>
        rows(library).then((r) => r.find((x) => x.title === t)),
      );
      return ((await a)?.lastReadAt ?? '') > ((await b)?.lastReadAt ?? '');
    })
    .toBe(true);

  const popup = await clean(env, 'news-kansas-city-ap.html');
  await expect(popup.getByRole('status').filter({ hasText: 'cache limit' })).toContainText(
    `removed 1 older article: ${london}`,
  );
  await library.reload();
  await expect(item(library, blinken)).toBeVisible();
  await expect(item(library, kansas)).toBeVisible();
  await expect(item(library, london)).toHaveCount(0);
});

test('axe finds nothing in the library, full, searched, empty or asking to clear', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const env = { context, worker, extensionId, server };
  const axe = async (page: Page) =>
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await clean(env, 'farm-ap-blinken.html');
  await clean(env, 'news-original-london.html');
  const library = await openLibrary(env);
  await item(library, blinken).getByRole('button', { name: 'Pin' }).click();
  await expect(library.getByRole('status').filter({ hasText: 'Pinned' })).toBeVisible();
  await axe(library);
  await library.getByLabel('Search your library').fill('Blinken');
  await expect(library.getByText('best first')).toBeVisible();
  await axe(library);
  await library.getByLabel('Search your library').fill('');
  await library.getByRole('button', { name: 'Clear all…' }).click();
  await axe(library);
  await library.getByRole('button', { name: 'Delete everything' }).click();
  await expect(library.getByText('Your library is empty.', { exact: true })).toBeVisible();
  await axe(library);
});

import type { CDPSession } from '@playwright/test';
import { clickToolbar, expect, test } from './harness';

const blinken = 'Blinken meets Chinese VP as US-China contacts increase ahead of possible summit';
const london = 'Universities cut courses as drop in overseas students deepens funding gap';
const londonId =
  'https://www.northgatepost.co.uk/news/uk/2024/mar/12/universities-cut-courses-overseas-students-funding-gap';

/** Stops every service worker of the profile, as Chrome does to an idle extension worker. */
async function stopWorkers(cdp: CDPSession, extensionId: string): Promise<void> {
  await cdp.send('ServiceWorker.enable');
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const ours = versions.filter((v) =>
        v.scriptURL.startsWith(`chrome-extension://${extensionId}/`),
      );
      if (ours.some((v) => v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
}

test('cleaned articles outlive the worker and read offline from the library', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  for (const file of ['farm-ap-blinken.html', 'news-original-london.html']) {
    const page = await context.newPage();
    await page.goto(server.url(file));
    const popup = await clickToolbar(context, worker, extensionId, page);
    await expect(popup.locator('.article-title')).toBeVisible();
    await popup.close();
    await page.close();
  }

  // Anything kept only in the worker's memory is lost when Chrome stops it: so is this mark.
  await worker.evaluate(() => {
    (globalThis as { ledeBeforeRestart?: boolean }).ledeBeforeRestart = true;
  });
  const library = await context.newPage();
  await stopWorkers(await context.newCDPSession(library), extensionId);

  await library.goto(`chrome-extension://${extensionId}/library.html`);
  // The next message starts a fresh worker, which answers from IndexedDB.
  const answer = await library.evaluate((id) => {
    type Runtime = { sendMessage(message: object): Promise<{ title?: string } | null> };
    const api = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome;
    return api.runtime.sendMessage({ type: 'get-article', payload: { id } });
  }, londonId);
  expect(answer?.title).toBe(london);
  expect(
    await worker.evaluate(() => (globalThis as { ledeBeforeRestart?: boolean }).ledeBeforeRestart),
  ).toBeUndefined();

  const items = library.getByRole('listitem');
  await expect(items.filter({ hasText: blinken })).toBeVisible();
  await expect(items.filter({ hasText: london })).toBeVisible();

  // A word of the London article's text, not of its title.
  await library.getByLabel('Search your library').fill('redundancy');
  await expect(library.getByRole('status').filter({ hasText: 'matches' })).toContainText(
    '1 article matches “redundancy”',
  );
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(london);
  await expect(items.first().locator('.snippet')).toContainText(/redundancy/i);

  // The server stops accepting connections at once; close() itself resolves only when the
  // browser drops sockets it may hold open, so it is not awaited. The pages go offline too.
  void server.close();
  await context.setOffline(true);
  await expect(fetch(server.url('news-original-london.html'))).rejects.toThrow();

  const [reader] = await Promise.all([
    context.waitForEvent('page'),
    items.first().getByRole('link', { name: london }).click(),
  ]);
  await expect(reader.getByRole('heading', { level: 1, name: london })).toBeVisible();
  // The reader links back to the library, as the popup does.
  await expect(reader.getByRole('link', { name: 'Library' })).toHaveAttribute(
    'href',
    '/library.html',
  );
  await expect(reader.locator('.article-body')).toContainText(
    'Harlow Vale University, which recruited nearly a third of its postgraduate students',
  );
});

import type { BrowserContext, Page } from '@playwright/test';
import { clickToolbar, expect, test } from './harness';
import { readStore } from './idb';

// A disk that is really full, as far as Chromium's IndexedDB can tell: the DevTools protocol sets
// the extension origin's quota (Storage.overrideQuotaForOrigin). A quota of one byte makes every
// write fail for quota in the browser's own storage code, not in a stub. Partial quotas are not
// used: Chromium checks them against cached usage, so which save fails first is not repeatable;
// eviction under a partial quota is covered by the unit tests (tests/unit/db/evict.test.ts).

const blinken = 'Blinken meets Chinese VP as US-China contacts increase ahead of possible summit';

/** The quota override lives as long as the DevTools session: keep it open while it should hold. */
async function quotaControl(context: BrowserContext, page: Page, origin: string) {
  const cdp = await context.newCDPSession(page);
  return {
    set: (quotaSize: number) => cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize }),
    // Without quotaSize the origin's quota goes back to the browser's default.
    reset: () => cdp.send('Storage.overrideQuotaForOrigin', { origin }),
  };
}

test('a full disk: the reader gets the article and a clear message, and nothing half-written is kept', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const origin = `chrome-extension://${extensionId}`;
  const page = await context.newPage();
  await page.goto(server.url('farm-ap-blinken.html'));
  // Before anything opens the cache: Chromium applies the quota to storage opened after it.
  const quota = await quotaControl(context, page, origin);
  await quota.set(1);

  const popup = await clickToolbar(context, worker, extensionId, page);
  // The cleaned article is still there to read; only keeping it offline failed, and it says why.
  await expect(popup.locator('.article-title')).toHaveText(blinken);
  await expect(popup.getByText(/Storage is full, so ".+" was not kept offline/)).toBeVisible();
  await popup.close();
  const library = await context.newPage();
  await library.goto(`${origin}/library.html`);
  await expect(library.getByText('Your library is empty.', { exact: true })).toBeVisible();
  expect(await readStore(library, 'articles')).toEqual([]);
  expect(await readStore(library, 'bodies')).toEqual([]);

  // Room again: the same click keeps it, whole.
  await quota.reset();
  const again = await clickToolbar(context, worker, extensionId, page);
  await expect(again.locator('.article-title')).toHaveText(blinken);
  await expect(again.getByText(/not kept offline|Not saved/)).toHaveCount(0);
  await library.reload();
  await expect(library.locator('.lib-title')).toHaveText([blinken]);
  const rows = (await readStore(library, 'articles')) as Array<{ id: string }>;
  const bodies = (await readStore(library, 'bodies')) as Array<{ id: string }>;
  expect(bodies.map((b) => b.id)).toEqual(rows.map((r) => r.id));
});

test('a full disk on an aggregator page: the coverage list still shows', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const origin = `chrome-extension://${extensionId}`;
  const page = await context.newPage();
  await page.goto(server.url('aggregator-seed-ground.html'));
  const quota = await quotaControl(context, page, origin);
  await quota.set(1);
  const popup = await clickToolbar(context, worker, extensionId, page);
  await expect(popup.locator('.coverage .coverage-title')).toHaveText(blinken);
  await expect(popup.locator('.coverage-entry').first()).toBeAttached();
  await expect(popup.getByRole('alert')).toContainText(
    "Storage is full, so this page's coverage was not kept",
  );
});

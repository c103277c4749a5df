import type { Worker } from '@playwright/test';
import { clickToolbar, expect, test } from './harness';
import { readStore } from './idb';

// A newer Lede upgrading the cache while an older Lede page holds it (a library tab left open
// across an update), in Chromium's own IndexedDB. The newer build is played by a plain upgrade
// to version 3 (Dexie's 30) that adds a store, run from the extension's worker.

const blinken = 'Blinken meets Chinese VP as US-China contacts increase ahead of possible summit';

function upgradeFromWorker(worker: Worker): Promise<number> {
  return worker.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('lede', 30);
        open.onupgradeneeded = () => open.result.createObjectStore('notes', { keyPath: 'id' });
        open.onsuccess = () => {
          const version = open.result.version;
          open.result.close();
          resolve(version);
        };
        open.onerror = () => reject(open.error);
        // Blocked for good would mean an old page kept the cache: the test times out then.
      }),
  );
}

test('an open library page lets a newer Lede upgrade the cache, says so, and loses nothing', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('farm-ap-blinken.html'));
  const popup = await clickToolbar(context, worker, extensionId, page);
  await expect(popup.locator('.article-title')).toHaveText(blinken);
  await popup.close();

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.locator('.lib-title')).toHaveText([blinken]);
  await expect(library.getByRole('alert').filter({ hasText: 'Lede was updated' })).toHaveCount(0);

  expect(await upgradeFromWorker(worker)).toBe(30);
  const notice = library.getByRole('alert').filter({ hasText: 'Lede was updated' });
  await expect(notice).toContainText('your saved articles are safe');

  // Reloading picks the cache up as it is now: the article is there, the notice gone.
  await notice.getByRole('button', { name: 'Reload' }).click();
  await expect(library.locator('.lib-title')).toHaveText([blinken]);
  await expect(library.getByRole('alert').filter({ hasText: 'Lede was updated' })).toHaveCount(0);
  const rows = (await readStore(library, 'articles')) as Array<{ title: string }>;
  expect(rows.map((r) => r.title)).toEqual([blinken]);
});

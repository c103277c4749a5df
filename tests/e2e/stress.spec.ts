import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';
import type { CleanResponse } from '../../lib/messages';
import { expect, test } from './harness';
import { readStore } from './idb';

// Many tabs at once, and the worker killed while saves are in flight. IndexedDB must only ever
// hold whole articles, and every reader must get a result or an error, never a spinner for ever.

type Stored = { id: string; title: string; aliases: string[] };
type Body = { id: string; html: string; text: string };

/** Every articles row with its body: whole means a title, HTML and text, all non-empty. */
async function storedArticles(page: Page) {
  const rows = (await readStore(page, 'articles')) as Stored[];
  const bodies = new Map(((await readStore(page, 'bodies')) as Body[]).map((b) => [b.id, b]));
  return rows.map((row) => {
    const body = bodies.get(row.id);
    return { id: row.id, whole: Boolean(row.title && body?.html && body?.text), title: row.title };
  });
}

/** Ids of the tabs showing these URLs, as the worker sees them. */
function tabIds(worker: Worker, urls: string[]): Promise<number[]> {
  return worker.evaluate(async (wanted) => {
    type Tab = { id?: number; url?: string };
    const api = (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } }
    ).chrome;
    const tabs = await api.tabs.query({});
    return wanted.map((url) => tabs.find((t) => t.url === url)?.id ?? -1);
  }, urls);
}

async function openTabs(context: BrowserContext, urls: string[]): Promise<Page[]> {
  const pages: Page[] = [];
  for (const url of urls) {
    const page = await context.newPage();
    await page.goto(url);
    pages.push(page);
  }
  return pages;
}

/** An extension page to send messages and read IndexedDB from (it starts no cleaning itself). */
async function extensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  return page;
}

test('twenty tabs cleaned at once are all kept, whole', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const files = [
    'farm-ap-blinken.html',
    'news-original-london.html',
    'news-kansas-city-ap.html',
    'news-reuters-multicity.html',
  ];
  const urls = files.flatMap((file) => [1, 2, 3, 4, 5].map((n) => `${server.url(file)}?copy=${n}`));
  await openTabs(context, urls);
  const ids = await tabIds(worker, urls);
  expect(ids).not.toContain(-1);

  const sender = await extensionPage(context, extensionId);
  const responses = await sender.evaluate(
    (tabs) =>
      Promise.all(
        tabs.map((tabId) =>
          (
            globalThis as unknown as {
              chrome: { runtime: { sendMessage(m: object): Promise<CleanResponse> } };
            }
          ).chrome.runtime.sendMessage({ type: 'clean-tab', payload: { tabId } }),
        ),
      ),
    ids,
  );
  expect(responses.map((r) => r.ok && r.saved && r.article !== null)).toEqual(urls.map(() => true));

  // The same story under five addresses is one article: four articles, each whole.
  const stored = await storedArticles(sender);
  expect(stored).toHaveLength(files.length);
  expect(stored.filter((a) => !a.whole)).toEqual([]);
  // And every tab's address finds its article.
  const found = await sender.evaluate(
    (all) =>
      Promise.all(
        all.map(async (id) => {
          const api = (
            globalThis as unknown as {
              chrome: {
                runtime: {
                  sendMessage(m: object): Promise<{ title: string; html: string } | null>;
                };
              };
            }
          ).chrome;
          const article = await api.runtime.sendMessage({ type: 'get-article', payload: { id } });
          return Boolean(article?.title && article.html);
        }),
      ),
    urls,
  );
  expect(found).toEqual(urls.map(() => true));
});

/** Stops the extension's service worker, as Chrome does to an idle (or runaway) worker. */
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

/** A story big enough that cleaning it is still running when the quick ones are being saved. */
function slowStory(n: number): string {
  const filler = '<div class="row"><span class="cell">market data</span></div>'.repeat(25_000);
  const paragraphs = Array.from(
    { length: 12 },
    (_, i) =>
      `<p>Slow story ${n}, paragraph ${i}: the port authority said the new cranes would double the number of containers it can move in a day, and that the first ships would dock in spring.</p>`,
  ).join('');
  return `<!DOCTYPE html><html lang="en"><head><title>Port expansion, part ${n}</title><link rel="canonical" href="https://port.example/expansion-${n}"></head><body><article><h1>Port expansion, part ${n}</h1>${paragraphs}</article><aside>${filler}</aside></body></html>`;
}

test('the worker killed while saves are in flight leaves only whole articles, and no reader waiting', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const quick = [
    'farm-ap-blinken.html',
    'farm-wordpress-reuters.html',
    'farm-xinhua-portal.html',
    'news-afp-spanish-farm.html',
    'news-kansas-city-ap.html',
    'news-nato-no-dateline.html',
    'news-original-london.html',
    'news-reuters-multicity.html',
  ].map((file) => server.url(file));
  const slow = [1, 2, 3].map((n) =>
    server.serve(`/generated/slow-${n}.html`, slowStory(n), 'text/html; charset=utf-8'),
  );
  const urls = [...slow, ...quick];
  await openTabs(context, urls);
  const ids = await tabIds(worker, urls);
  expect(ids).not.toContain(-1);

  // One popup per tab, all asking at once: what the reader would see after clicking each.
  const popups = await Promise.all(
    ids.map(async (tabId) => {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      return popup;
    }),
  );
  const sender = await extensionPage(context, extensionId);
  // Kill as soon as the first article is written: the slow pages are still being cleaned.
  await expect.poll(async () => (await storedArticles(sender)).length).toBeGreaterThan(0);
  const busy = await Promise.all(popups.map((p) => p.locator('.popup[aria-busy]').count()));
  await stopWorkers(await context.newCDPSession(sender), extensionId);
  const inFlight = busy.filter((n) => n > 0).length;
  test.info().annotations.push({ type: 'in flight when stopped', description: String(inFlight) });
  // The scenario itself: some readers were still waiting when the worker went.
  expect(inFlight).toBeGreaterThan(0);

  // Every reader gets an answer: the article, or a message saying it failed.
  const outcomes: Array<'article' | 'error'> = [];
  for (const popup of popups) {
    await expect(popup.locator('.popup:not([aria-busy])')).toBeVisible();
    const answered = popup.locator('.article-title, [role="alert"]');
    await expect(answered.first()).toBeVisible();
    outcomes.push((await popup.locator('.article-title').count()) > 0 ? 'article' : 'error');
  }
  test.info().annotations.push({
    type: 'outcomes',
    description: `${outcomes.filter((o) => o === 'article').length} articles, ${outcomes.filter((o) => o === 'error').length} errors`,
  });

  // After the restart (the next message starts a fresh worker): only whole articles are stored,
  // and each one a popup reported as saved is among them.
  const wake = await extensionPage(context, extensionId);
  await wake.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
    ).chrome.runtime.sendMessage({ type: 'get-article', payload: { id: 'https://none.example/' } }),
  );
  const stored = await storedArticles(wake);
  expect(stored.filter((a) => !a.whole)).toEqual([]);
  const titles = new Set(stored.map((a) => a.title));
  for (const [i, popup] of popups.entries()) {
    if (outcomes[i] !== 'article') continue;
    const title = (await popup.locator('.article-title').textContent()) ?? '';
    if ((await popup.getByText('Not saved for offline reading').count()) === 0)
      expect(titles.has(title), title).toBe(true);
  }

  // The reader can try again where it failed, and the fresh worker cleans and keeps it.
  for (const [i, tabId] of ids.entries()) {
    if (outcomes[i] !== 'error') continue;
    const retry = await context.newPage();
    await retry.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await expect(retry.locator('.article-title')).toBeVisible();
  }
  const after = await storedArticles(wake);
  expect(after.filter((a) => !a.whole)).toEqual([]);
  expect(after).toHaveLength(urls.length);
});

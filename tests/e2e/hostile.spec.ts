import { resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { type UnreadableReason, unreadableMessages } from '../../lib/page-kind';
import { activePartsOf } from '../unit/hardening/inert';
import type { FixtureServer } from './fixture-server';
import { clickToolbar, expect, tabIdOf, test } from './harness';
import { readStore } from './idb';

// Lede on pages nobody vetted. The hostile fixture's vectors set window.__ledeXss and request
// /xss?v=<id> if they ever run. The page's own scripts run on the page (that is the page, not
// Lede): only markers in extension pages, and /xss requests made after the page has loaded and
// settled, count.

const title = 'Riverside council passes flood plan after all-night session';

/** Anything active in an extension page: markers, handlers, frames, plugins, script URLs. */
function activeInPage(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    const marks = (window as unknown as { __ledeXss?: string[] }).__ledeXss;
    if (marks) found.push(`markers: ${marks.join(',')}`);
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const tag = el.localName;
      const inArticle = el.closest('.article-body') !== null;
      if (/^(script|iframe|frame|object|embed|base|meta|math|template)$/.test(tag)) found.push(tag);
      // The library has forms and the toolbar icons are SVG: only the article must have none.
      if (inArticle && /^(form|svg|input|button|style|link)$/.test(tag)) found.push(tag);
      for (const { name, value } of Array.from(el.attributes)) {
        const compact = value.replace(/[\s\p{Cc}]/gu, '');
        if (
          name.startsWith('on') ||
          name === 'srcdoc' ||
          name === 'formaction' ||
          name === 'action'
        )
          found.push(`${tag}[${name}]`);
        else if (/^(javascript|vbscript):/i.test(compact)) found.push(`${tag}[${name}=${value}]`);
        // The article body never needs a data: URL; the extension's own buttons may.
        else if (inArticle && /^data:/i.test(compact)) found.push(`${tag}[${name}=data:…]`);
      }
    }
    return found;
  });
}

/** /xss requests since `from`: each one is a vector that ran or loaded. */
const xssSince = (server: FixtureServer, from: number) =>
  server.requests.slice(from).filter((r) => r.path === '/xss');

/** The extension page at `path`, once it has rendered and loaded what it is going to load. */
async function extensionPage(context: BrowserContext, extensionId: string, path: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

test('a page full of script-injection vectors is cleaned, and none of them runs in Lede', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('hostile-vectors.html'));
  await page.waitForLoadState('networkidle');
  // The vectors are live: the page's own copies ran on the page itself.
  const own = await page.evaluate(() => (window as unknown as { __ledeXss?: string[] }).__ledeXss);
  expect(own).toEqual(expect.arrayContaining(['s1', 'h8']));
  test.info().annotations.push({ type: 'page markers', description: (own ?? []).join(' ') });
  const settled = server.requests.length;

  const popup = await clickToolbar(context, worker, extensionId, page);
  await expect(popup.locator('.article-title')).toHaveText(title);
  await expect(popup.locator('.article-title *')).toHaveCount(0);

  const panel = await extensionPage(
    context,
    extensionId,
    `sidepanel.html?id=${encodeURIComponent(page.url())}`,
  );
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(panel.locator('.article-body')).toContainText('Householders on the Mill Reach');
  await expect(panel.locator('.article-body')).toContainText('appear here as text');

  const library = await extensionPage(context, extensionId, 'library.html');
  await expect(library.getByRole('heading', { name: title })).toBeVisible();

  for (const extPage of [popup, panel, library]) {
    await extPage.waitForLoadState('networkidle');
    expect(await activeInPage(extPage), extPage.url()).toEqual([]);
  }
  // What was kept is inert as stored, before any page sanitizes it again.
  const bodies = (await readStore(popup, 'bodies')) as Array<{ html: string }>;
  expect(bodies).toHaveLength(1);
  expect(activePartsOf(bodies[0]?.html ?? '')).toEqual([]);
  expect(xssSince(server, settled)).toEqual([]);
});

/** The popup, opened for tab `tabId` as the toolbar click would, shows this refusal. */
async function expectRefused(
  context: BrowserContext,
  extensionId: string,
  tabId: number,
  reason: UnreadableReason,
) {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  const alert = popup.getByRole('alert');
  await expect(alert).toHaveAttribute('data-reason', reason);
  await expect(alert).toHaveText(unreadableMessages[reason]);
  await popup.close();
}

/** A new tab at `url`; its id is taken while it is still blank and the worker can name it. */
async function openTab(context: BrowserContext, worker: Worker, url: string) {
  const page = await context.newPage();
  const tabId = await tabIdOf(worker, 'about:blank');
  await page.goto(url).catch(() => {}); // a PDF may "download" instead of navigating
  return { page, tabId };
}

const tinyPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

test('pages that are not articles, or that Lede may not read, each get their own message', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const cases: Array<[string, UnreadableReason]> = [
    [server.url('page-search-results.html'), 'not-article'],
    [server.url('page-home.html'), 'not-article'],
    [server.url('page-login.html'), 'not-article'],
    [server.serve('/generated/tiny.pdf', tinyPdf, 'application/pdf'), 'pdf'],
    [server.url('hostile-frame-cross.html'), 'in-frame'],
    [
      // Chromium's parser stops nesting at 512: still past the limit.
      server.serve(
        '/generated/deep.html',
        `<!DOCTYPE html><title>Deep</title>${'<div>'.repeat(2000)}<p>${'Deep words. '.repeat(50)}</p>`,
        'text/html',
      ),
      'too-large',
    ],
    // Headless tests cannot grant activeTab, so the worker does not see these tabs' URLs (with
    // the real click it does, and says 'browser-page' and 'local-file': page-kinds.test.tsx) and
    // Chrome's refusal is the generic one. What matters here: a message, not silence.
    ['about:blank', 'no-access'],
    [
      `file://${resolve(import.meta.dirname, '../fixtures/news-original-london.html')}`,
      'no-access',
    ],
    ['chrome://version', 'browser-page'],
  ];
  // The store is not here: with no network it cannot load, and serving it through a Playwright
  // route makes Chromium close the browser. Its URL is refused before anything is injected,
  // which page-kinds.test.tsx checks (no network needed).
  for (const [url, reason] of cases) {
    await test.step(`${url} -> ${reason}`, async () => {
      const { page, tabId } = await openTab(context, worker, url);
      await expectRefused(context, extensionId, tabId, reason);
      await page.close();
    });
  }
});

test('a PDF at an address without .pdf is named a PDF by its content type', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const url = server.serve('/generated/report', tinyPdf, 'application/pdf');
  const { tabId } = await openTab(context, worker, url);
  await expectRefused(context, extensionId, tabId, 'pdf');
});

test('an article in a same-origin frame or an open shadow root is read', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const framed = await context.newPage();
  await framed.goto(server.url('hostile-frame-outer.html'));
  await framed.frameLocator('iframe').getByRole('heading', { level: 1 }).waitFor();
  const popup = await clickToolbar(context, worker, extensionId, framed);
  await expect(popup.locator('.article-title')).toHaveText(
    'Ferry timetable cut to four sailings a day as crew shortage bites',
  );
  // Kept under the tab's address, so the side panel for this tab finds it.
  const tabId = await tabIdOf(worker, framed.url());
  const panel = await extensionPage(context, extensionId, `sidepanel.html?tab=${tabId}`);
  await expect(panel.locator('.article-body')).toContainText('Harbour Line said three');

  const shadow = await context.newPage();
  await shadow.goto(server.url('hostile-shadow.html'));
  const shadowPopup = await clickToolbar(context, worker, extensionId, shadow);
  await expect(shadowPopup.locator('.article-title')).toHaveText(
    'Lifeboat crew rescue kayakers caught by the tide off Gull Point',
  );
  const shadowPanel = await extensionPage(
    context,
    extensionId,
    `sidepanel.html?id=${encodeURIComponent(shadow.url())}`,
  );
  // This paragraph exists only inside the shadow root.
  await expect(shadowPanel.locator('.article-body')).toContainText(
    'The volunteer crew launched at 14:05',
  );
});

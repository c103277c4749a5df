import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from '@playwright/test';
import { test as base, clickToolbar, expect, extensionDir, tabIdOf } from './harness';

/** The extension APIs, as the worker and extension pages see them (`chrome`). */
type Chrome = typeof import('wxt/browser').browser;

// Playwright's page.waitForEvent('download') never sees downloads the extension starts through
// the downloads API, and Playwright's own download handling renames every file. So this browser
// gets a profile whose download folder is a temporary one, the browser's own download behaviour
// back (it honours the extension's file name), and the test reads the file the browser wrote.

const flags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const test = base.extend<{ downloads: string }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
  downloads: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'lede-downloads-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ downloads }, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'lede-e2e-'));
    mkdirSync(join(profile, 'Default'));
    const prefs = { download: { default_directory: downloads, prompt_for_download: false } };
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify(prefs));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      headless: true,
      args: [
        ...flags,
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
      ],
    });
    const first = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(first);
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
});

interface Download {
  filename: string;
  state: string;
}

/** The finished downloads, as the browser's downloads API reports them (absolute paths). */
async function finishedDownloads(worker: Worker, count: number): Promise<Download[]> {
  const list = () =>
    worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: Chrome }).chrome;
      return (await api.downloads.search({ orderBy: ['startTime'] })).map((d) => ({
        filename: d.filename,
        state: d.state,
      }));
    });
  await expect
    .poll(async () => (await list()).filter((d) => d.state === 'complete').length)
    .toBe(count);
  return list();
}

async function setExportOptions(context: BrowserContext, extensionId: string, template: string) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('File name').fill(template);
  await expect(options.locator('#export-template-help output')).toContainText('The Daily Example');
  await options.getByLabel(/Front matter/).uncheck();
  await options
    .getByRole('radio', { name: /^Referenced/ })
    .first()
    .check();
  await options.getByRole('button', { name: 'Save export options' }).click();
  await expect(options.getByText('Saved. Every export uses these')).toBeVisible();
  await options.close();
}

/** What the content script makes of the same cached article: the shortcut's and the menu's path. */
function convertInTab(worker: Worker, panel: Page, tabId: number, url: string) {
  return panel
    .evaluate(
      (id) =>
        (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({
          type: 'get-article',
          payload: { id },
        }),
      url,
    )
    .then((article) =>
      worker.evaluate(
        async ([tab, stored]) => {
          const api = (globalThis as unknown as { chrome: Chrome }).chrome;
          const request = { article: stored, savedAt: stored.savedAt, coverage: [], options: {} };
          return api.tabs.sendMessage(tab, { type: 'to-markdown', payload: request });
        },
        [tabId, article] as const,
      ),
    );
}

test('"Download .md" in the side panel saves the note under its template name, as the menu would write it', async ({
  context,
  worker,
  extensionId,
  server,
  downloads,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('farm-ap-blinken.html'));
  await clickToolbar(context, worker, extensionId, page);
  const tabId = await tabIdOf(worker, page.url());
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await panel.getByRole('button', { name: 'Download .md' }).click();
  await expect(panel.getByRole('status')).toContainText('to your downloads');

  const [file] = await finishedDownloads(worker, 1);
  const name =
    '2023-09-18 Blinken meets Chinese VP as US-China contacts increase ahead of possible summit.md';
  expect(file?.filename).toBe(join(downloads, name));
  const note = readFileSync(join(downloads, name), 'utf8');
  expect(note).toMatch(/^---\ntitle: "Blinken meets Chinese VP/);
  expect(note).toContain('outlet: "Wealth Evolution Experts"');
  expect(note).toContain('  agency: "Associated Press"');
  expect(note).toContain('\n# Blinken meets Chinese VP');
  expect(note).toContain('NEW YORK (AP)');
  expect(note).not.toContain('veryGood!');
  expect(note).not.toContain('Ranking');

  const fromTab = await convertInTab(worker, panel, tabId, page.url());
  expect(fromTab).toEqual({ fileName: name, markdown: note });
});

test("the popup's Export Markdown and Copy follow the options page", async ({
  context,
  worker,
  extensionId,
  server,
  downloads,
}) => {
  await setExportOptions(context, extensionId, '{outlet} - {title}');
  const page = await context.newPage();
  await page.goto(server.url('farm-ap-blinken.html'));
  const popup = await clickToolbar(context, worker, extensionId, page);
  await popup.getByRole('button', { name: 'Export Markdown' }).click();
  await expect(popup.getByRole('status')).toContainText('to your downloads');

  const [file] = await finishedDownloads(worker, 1);
  expect(dirname(file?.filename ?? '')).toBe(downloads);
  expect(basename(file?.filename ?? '')).toBe(
    'Wealth Evolution Experts - Blinken meets Chinese VP as US-China contacts increase ahead of possible summit.md',
  );
  const note = readFileSync(file?.filename ?? '', 'utf8');
  expect(note.startsWith('# Blinken meets Chinese VP')).toBe(true);
  expect(note).not.toContain('\n---\n');

  await popup.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(popup.getByRole('status')).toContainText('Copied');
  // Permissions cannot be granted to extension origins: read the clipboard back from the page.
  await context.grantPermissions(['clipboard-read'], { origin: server.origin });
  await page.bringToFront();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(note);
});

import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { clickToolbar, expect, tabIdOf, test } from './harness';

/** The extension APIs, as the worker and extension pages see them (`chrome`). */
type Chrome = typeof import('wxt/browser').browser;

const title = 'Blinken meets Chinese VP as US-China contacts increase ahead of possible summit';
const opening = 'Secretary of State Antony Blinken met Monday with China';

/** The side panel page for one tab (?tab=): the real panel is not a page Playwright can drive. */
async function openPanel(context: BrowserContext, worker: Worker, extensionId: string, page: Page) {
  const tabId = await tabIdOf(worker, page.url());
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  return panel;
}

function storedSettings(worker: Worker) {
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: Chrome }).chrome;
    return (await api.storage.sync.get('readerSettings')).readerSettings ?? null;
  });
}

test('the side panel shows the cleaned article in the theme the reader picks, and keeps the text size', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('farm-ap-blinken.html'));
  await clickToolbar(context, worker, extensionId, page);
  const panel = await openPanel(context, worker, extensionId, page);

  await expect(panel.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(panel.locator('.article-head .site')).toHaveText('Wealth Evolution Experts');
  await expect(panel.locator('.reading-time')).toHaveText(/\d+ min read/);
  await expect(panel.locator('.agency-badge')).toHaveText('Associated Press');
  await expect(panel.locator('.dateline-place')).toHaveText('NEW YORK');
  await expect(panel.locator('.article-head time')).toHaveAttribute('datetime', /^2023-09-18/);
  const body = panel.locator('.article-body');
  await expect(body).toContainText(opening);
  await expect(body).not.toContainText('veryGood!');
  await expect(body).not.toContainText('Ranking');

  await panel.getByRole('button', { name: /^Aa/ }).click();
  await panel.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Sepia' }).check();
  await expect(panel.locator('body')).toHaveCSS('background-color', 'rgb(246, 238, 219)');
  await panel.getByLabel('Text size').fill('23');
  await expect(panel.locator('.reader')).toHaveCSS('font-size', '23px');
  await panel.keyboard.press('Escape');
  await expect(panel.getByRole('dialog')).toBeHidden();
  await expect(panel.getByRole('button', { name: /^Aa/ })).toBeFocused();

  await expect.poll(() => storedSettings(worker)).toMatchObject({ size: 23, theme: 'sepia' });
  await panel.close();
  const reopened = await openPanel(context, worker, extensionId, page);
  await expect(reopened.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(reopened.locator('.reader')).toHaveCSS('font-size', '23px');
  await expect(reopened.locator('body')).toHaveCSS('background-color', 'rgb(246, 238, 219)');
});

test('the article keeps figures, tables, lists and quotes, headings in order, links in new tabs', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('news-original-london.html'));
  await clickToolbar(context, worker, extensionId, page);
  const panel = await openPanel(context, worker, extensionId, page);
  const body = panel.locator('.article-body');
  await expect(body.locator('figure figcaption')).toContainText('Harlow Vale University');
  await expect(body.locator('table td').first()).toBeVisible();
  await expect(body.locator('blockquote')).toHaveCount(1);
  await expect(body.locator('li')).toHaveCount(4);
  await expect(panel.locator('.article-head .byline')).toHaveText('Eleanor Whitcombe');
  // One h1 (the title); the body's headings follow it without skipping a level.
  const levels = await panel
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels[0]).toBe(1);
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  for (let i = 1; i < levels.length; i++) {
    expect((levels[i] ?? 0) - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1);
  }

  await page.goto(server.url('news-reuters-multicity.html'));
  await clickToolbar(context, worker, extensionId, page);
  const links = panel.locator('.article-body a[href^="http"]');
  await expect(links.first()).toBeVisible();
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /noopener/);
  }
});

test('an open panel fills in when the tab gets cleaned, and the library link (?id=) works offline', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('farm-ap-blinken.html'));
  const panel = await openPanel(context, worker, extensionId, page);
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Nothing to read here yet');
  await expect(panel.getByRole('button', { name: 'Download .md' })).toBeDisabled();

  await clickToolbar(context, worker, extensionId, page);
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText(title);

  await server.close();
  const offline = await context.newPage();
  await offline.goto(
    `chrome-extension://${extensionId}/sidepanel.html?id=${encodeURIComponent(page.url())}`,
  );
  await expect(offline.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(offline.locator('.article-body')).toContainText(opening);
});

test('removed clutter can be put back on the page, or kept on the whole site', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('farm-ap-blinken.html'));
  await clickToolbar(context, worker, extensionId, page);
  const panel = await openPanel(context, worker, extensionId, page);

  await panel.getByText(/What was removed: \d+ blocks/).click();
  const counters = panel.locator('.removed-group[data-kind="reactions"]');
  await expect(counters).toContainText('Vote counters');
  const putBack = counters.getByRole('button', { name: 'Put back' });
  await putBack.click();
  await expect(putBack).toHaveAttribute('aria-pressed', 'true');
  const restored = panel.getByRole('region', { name: 'Put back by you' });
  await expect(restored).toContainText('Restored · Vote counters');
  await expect(restored).toContainText(/veryGood! \( ?84224 ?\)/);

  // Remembered for this page: still there when the panel opens again.
  await panel.reload();
  await expect(panel.getByRole('region', { name: 'Put back by you' })).toContainText('veryGood!');
  await panel.getByText(/What was removed/).click();
  await panel
    .locator('.removed-group[data-kind="reactions"]')
    .getByRole('button', { name: 'Put back' })
    .click();
  await expect(panel.getByRole('region', { name: 'Put back by you' })).toBeHidden();

  // Keeping the kind on the site: the next cleaning leaves the counters on the page and in the article.
  const keep = panel.getByRole('button', { name: 'Keep vote counters on 127.0.0.1' });
  await keep.click();
  await expect(keep).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.getByRole('region', { name: 'Put back by you' })).toContainText('veryGood!');
  await page.reload();
  await clickToolbar(context, worker, extensionId, page);
  await expect(page.getByText('veryGood!')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Related', exact: true })).toBeHidden();
  await expect(panel.locator('.removed-group[data-kind="reactions"]')).toHaveCount(0);
  await expect(panel.locator('.removed-group[data-kind="recommendations"]')).toHaveCount(1);
});

test('axe finds no accessibility violations in the side panel or the popup', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  // Six full axe runs: on two busy cores that can take longer than the default minute.
  test.slow();
  const page = await context.newPage();
  await page.goto(server.url('farm-ap-blinken.html'));
  const empty = await openPanel(context, worker, extensionId, page);
  await expect(empty.getByRole('heading', { level: 1 })).toBeVisible();
  expect((await new AxeBuilder({ page: empty }).analyze()).violations).toEqual([]);

  const popup = await clickToolbar(context, worker, extensionId, page);
  await popup.getByText(/Removed \d+ blocks/).click();
  expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);

  const panel = await openPanel(context, worker, extensionId, page);
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText(title);
  await panel.getByText(/What was removed/).click();
  await panel
    .locator('.removed-group')
    .first()
    .getByRole('button', { name: 'Put back' })
    .first()
    .click();
  await panel.getByRole('button', { name: /^Aa/ }).click();
  for (const theme of ['Light', 'Sepia', 'Dark', 'System']) {
    await panel.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: theme }).check();
    const { violations } = await new AxeBuilder({ page: panel }).analyze();
    expect(violations, theme).toEqual([]);
  }
});

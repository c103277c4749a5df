import { clickToolbar, expect, test } from './harness';
import { readStore } from './idb';

// The reader opens a story on an aggregator, then one outlet's report of it: the popup on the
// report lists the other outlets, with their datelines and the wire copies folded per agency.

test('an article opened from an aggregator shows the other outlets covering its story', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const aggregator = await context.newPage();
  await aggregator.goto(server.url('aggregator-seed-ground.html'));
  const first = await clickToolbar(context, worker, extensionId, aggregator);

  // The aggregator page itself: its story, and its outlets the same way.
  const story = first.locator('.coverage');
  await expect(story.locator('.coverage-title')).toHaveText(
    'Blinken meets Chinese VP as US-China contacts increase ahead of possible summit',
  );
  await expect(story.locator('.coverage-wire summary').first()).toContainText(/run by \d outlets/);
  // Its summary blurb is not an article: nothing is shown or saved as one.
  await expect(first.locator('.article-title')).toHaveCount(0);
  expect(await readStore(first, 'articles')).toHaveLength(0);
  await first.close();

  // The farm's card links relatively to the article on the same (fixture) server; following it
  // opens a new tab, as on the real site.
  const card = aggregator.locator('a[href="/fixtures/farm-ap-blinken.html"]');
  const [articlePage] = await Promise.all([context.waitForEvent('page'), card.click()]);
  await articlePage.waitForLoadState();
  expect(articlePage.url()).toBe(server.url('farm-ap-blinken.html'));
  const popup = await clickToolbar(context, worker, extensionId, articlePage);

  // The article's own outlet and dateline stay at the top.
  await expect(popup.locator('.card .site')).toHaveText('Wealth Evolution Experts');
  const coverage = popup.locator('.coverage');
  await expect(coverage.locator('.coverage-title')).toHaveText('Other coverage');

  // Reuters' copy, run by several outlets, is one folded row; opening it lists them.
  const reuters = coverage.locator('.coverage-wire').filter({
    has: popup.locator('summary', { hasText: /^Reuters — run by \d+ outlets/ }),
  });
  await expect(reuters).toHaveCount(1);
  const reutersOutlets = reuters.locator('.coverage-entry');
  await expect(reutersOutlets.first()).toBeHidden();
  await reuters.locator('summary').click();
  const byReuters = reuters.locator('.coverage-entry').filter({
    has: popup.locator('.coverage-outlet', { hasText: /^Reuters$/ }),
  });
  await expect(byReuters.locator('.dateline-place')).toHaveText('NEW YORK');
  await expect(byReuters.locator('.agency-badge')).toHaveText('Reuters');
  await expect(reuters.locator('.coverage-outlet')).toContainText([
    'U.S. News & World Report',
    'Malay Mail',
  ]);
  // Each link opens the outlet's page in a new tab.
  const link = byReuters.getByRole('link');
  await expect(link).toHaveAttribute('href', /^https:\/\/www\.reuters\.com\//);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener');

  // This page ran the AP copy with ABC News: the AP row says so.
  const ap = coverage.locator('.coverage-wire').filter({
    has: popup.locator('summary', { hasText: /^Associated Press — run by 2 outlets/ }),
  });
  await ap.locator('summary').click();
  await expect(ap.locator('.coverage-outlet')).toContainText(['ABC News']);

  // Original reports stand alone, with their outlet named.
  await expect(
    coverage.locator('.coverage-list > li > .coverage-entry .coverage-outlet'),
  ).toContainText(['Bloomberg']);

  // The article was attached to the aggregator's story in the cache.
  type Row = { url: string; storyId: string | null };
  const articles = (await readStore(popup, 'articles')) as Row[];
  const article = articles.find((a) => a.url === articlePage.url());
  const [stored] = (await readStore(popup, 'stories')) as Array<{ id: string }>;
  expect(article?.storyId).toBe(stored?.id);
});

test('an article nothing else covers says how coverage would appear', async ({
  context,
  worker,
  extensionId,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('news-original-london.html'));
  const popup = await clickToolbar(context, worker, extensionId, page);
  await expect(popup.locator('.coverage-empty')).toHaveText(
    /No other coverage seen yet\. Open the story on a news aggregator, or clean other outlets' reports of it\./,
  );
});

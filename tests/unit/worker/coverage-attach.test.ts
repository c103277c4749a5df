import { describe, expect, it } from 'vitest';
import { clearAll, getArticle, saveArticle } from '../../../lib/db/articles';
import { getKv } from '../../../lib/db/kv';
import type { LedeDB } from '../../../lib/db/schema';
import type { CoverageView } from '../../../lib/messages';
import type { AggregatorReading, Article, CoverageItem } from '../../../lib/types';
import { CoverageService } from '../../../lib/worker/coverage';
import { freshDb, makeArticle, reopen } from '../db/helpers';

// The worker attaching cleaned articles to stories, on a real (fake-indexeddb) database: by URL,
// by text through the persisted story index, or not at all.

const day = (h: number) => new Date(Date.UTC(2023, 8, 18, h)).toISOString();
const PAGE = 'https://ground.example/article/blinken-han_5d3a7c';

const card = (outlet: string, slug: string, headline: string, snippet: string, h: number) =>
  ({
    outlet,
    headline,
    url: `https://${slug}.example/blinken-han`,
    dateline: null,
    snippet,
    time: day(h),
  }) satisfies CoverageItem;

const reading: AggregatorReading = {
  story: { title: 'Blinken meets Chinese VP as US-China contacts increase', articleCount: 32 },
  outlets: [
    card(
      'Reuters',
      'reuters',
      "Top US diplomat Blinken meets China's VP Han at U.N. amid strained ties",
      "U.S. Secretary of State Antony Blinken met with Chinese Vice President Han Zheng on Monday on the sidelines of the United Nations General Assembly, the latest in a series of meetings aimed at reducing tensions between the world's two largest economies.",
      16,
    ),
    card(
      'Bloomberg',
      'bloomberg',
      'Blinken, Han Hold Talks as US and China Lay Groundwork for Xi Visit',
      'Secretary of State Antony Blinken held talks with Chinese Vice President Han Zheng in New York, the latest in a flurry of high-level contacts as Washington and Beijing explore whether President Xi Jinping will travel to San Francisco for the APEC summit in November.',
      15,
    ),
    card(
      'Fox News',
      'foxnews',
      'Blinken meets Chinese vice president as critics warn against soft approach to Beijing',
      "Secretary of State Antony Blinken met Chinese Vice President Han Zheng in New York on Monday, as Republican lawmakers warned that the administration's push for more talks should not come at the expense of confronting Beijing over cyberattacks and espionage.",
      20,
    ),
  ],
};

/** The same event as another outlet reported it: its own URL, words and headline. */
function blinkenArticle(url: string, overrides: Partial<Article> = {}): Article {
  const text = [
    'NEW YORK (AP) — Secretary of State Antony Blinken met Monday with China’s vice president Han Zheng on the sidelines of the U.N. General Assembly as the Biden administration and Beijing step up high-level contacts ahead of what could be a leader-level summit this fall.',
    'Blinken and Han held talks at the Chinese mission to the United Nations.',
  ].join('\n');
  return makeArticle({
    url,
    title: 'Blinken meets Chinese vice president Han Zheng as US-China contacts increase',
    siteName: 'Wealth Evolution Experts',
    publishedAt: day(14),
    extractedAt: day(21),
    text,
    dateline: { place: 'NEW YORK', date: null, agency: 'Associated Press', raw: 'NEW YORK (AP)' },
    ...overrides,
  });
}

/** Another outlet's own report of the event: different words, so not a repost of the first. */
const ownWords =
  'Secretary of State Antony Blinken and Chinese Vice President Han Zheng held talks in New York on Monday as Washington and Beijing step up contacts before a possible summit between their leaders.';

const unrelated = (url: string) =>
  makeArticle({
    url,
    title: 'Harbour dredging in district 9 delayed again by council vote',
    text: 'The council voted to delay harbour dredging in district 9 until the spring budget.',
    publishedAt: day(15),
  });

async function clean(db: LedeDB, service: CoverageService, article: Article) {
  const { id } = await saveArticle(db, article, { now: day(21) });
  const view = await service.forPage({
    article,
    articleId: id,
    reading: null,
    storyId: null,
    save: true,
  });
  return { id, view: view as CoverageView, stored: await getArticle(db, id) };
}

const outlets = (view: CoverageView) =>
  view.rows.flatMap((r) => (r.kind === 'report' ? [r.entry] : r.members)).map((e) => e.outlet);

describe('attaching an article to its story', () => {
  it('by URL: an aggregator listed the article, so it joins that story', async () => {
    const db = freshDb();
    const service = new CoverageService(db);
    const listed = { ...reading, outlets: [...reading.outlets] };
    listed.outlets.push(
      card('Wealth Evolution Experts', 'farm', 'Blinken meets Chinese VP', 'NEW YORK (AP) —', 14),
    );
    const storyId = await service.saveAggregator(listed, PAGE, day(21));

    const { view, stored } = await clean(
      db,
      service,
      blinkenArticle('https://farm.example/blinken-han'),
    );
    expect(stored?.storyId).toBe(storyId);
    expect(view.storyId).toBe(storyId);
    // The article itself is at the top of the popup, not in its own coverage list.
    expect(outlets(view)).toEqual(['Bloomberg', 'Reuters', 'Fox News']);
  });

  it('by text: an article at a URL no aggregator listed finds the story through the index', async () => {
    const db = freshDb();
    const service = new CoverageService(db);
    const storyId = await service.saveAggregator(reading, PAGE, day(21));

    const { view, stored } = await clean(
      db,
      service,
      blinkenArticle('https://elsewhere.example/2023/09/18/blinken'),
    );
    expect(stored?.storyId).toBe(storyId);
    expect(outlets(view)).toEqual(['Bloomberg', 'Reuters', 'Fox News']);
  });

  it('no match: an unrelated article stays on its own and the list is empty', async () => {
    const db = freshDb();
    const service = new CoverageService(db);
    await service.saveAggregator(reading, PAGE, day(21));
    const { view, stored } = await clean(db, service, unrelated('https://local.example/dredging'));
    expect(stored?.storyId).toBeNull();
    expect(view).toEqual({ storyId: null, title: null, rows: [] });
  });

  it('no match outside the time window, however similar the words', async () => {
    const db = freshDb();
    const service = new CoverageService(db);
    await service.saveAggregator(reading, PAGE, day(21));
    const later = blinkenArticle('https://elsewhere.example/2024/blinken', {
      publishedAt: '2024-04-26T10:00:00Z',
    });
    const { stored, view } = await clean(db, service, later);
    expect(stored?.storyId).toBeNull();
    expect(view.rows).toEqual([]);
  });

  it('two outlets’ reports with no aggregator in sight become a story of two', async () => {
    const db = freshDb();
    const service = new CoverageService(db);
    const first = await clean(db, service, blinkenArticle('https://one.example/blinken'));
    expect(first.stored?.storyId).toBeNull();
    const second = await clean(
      db,
      service,
      blinkenArticle('https://two.example/blinken', {
        siteName: 'Second Outlet',
        text: ownWords,
        title: 'Blinken and Chinese vice president Han Zheng meet as US-China contacts increase',
      }),
    );
    expect(second.stored?.storyId).toMatch(/^story:/);
    // The first article joins too, so its popup lists the second.
    expect((await getArticle(db, first.id))?.storyId).toBe(second.stored?.storyId);
    expect(outlets(second.view)).toEqual(['Wealth Evolution Experts']);
  });

  it('an aggregator seen after the article joins the article’s story with it', async () => {
    const db = freshDb();
    const service = new CoverageService(db);
    const a = await clean(db, service, blinkenArticle('https://one.example/blinken'));
    await clean(
      db,
      service,
      blinkenArticle('https://two.example/blinken', { siteName: 'Two', text: ownWords }),
    );
    await service.saveAggregator(reading, PAGE, day(21));
    const again = await clean(db, service, blinkenArticle('https://one.example/blinken'));
    expect(again.id).toBe(a.id);
    expect(outlets(again.view)).toEqual(['Two', 'Bloomberg', 'Reuters', 'Fox News']);
  });
});

describe('the persisted story index', () => {
  it('survives a worker restart: a new worker finds the story by text from the stored index', async () => {
    const db = freshDb();
    const storyId = await new CoverageService(db).saveAggregator(reading, PAGE, day(21));
    expect(await getKv(db, 'coverage/story-index')).toMatchObject({ version: 1 });

    // A restarted worker: a new connection and a new service with nothing in memory.
    const restarted = reopen(db);
    const { stored, view } = await clean(
      restarted,
      new CoverageService(restarted),
      blinkenArticle('https://elsewhere.example/blinken'),
    );
    expect(stored?.storyId).toBe(storyId);
    expect(outlets(view)).toContain('Reuters');
  });

  it('writes nothing from a private window, but still shows a story found by URL', async () => {
    const db = freshDb();
    const service = new CoverageService(db);
    const listed = { ...reading, outlets: [...reading.outlets] };
    listed.outlets.push(card('Farm', 'farm', 'Blinken meets Chinese VP', 'NEW YORK (AP) —', 14));
    await service.saveAggregator(listed, PAGE, day(21));
    const before = await getKv(db, 'coverage/story-index');

    const article = blinkenArticle('https://farm.example/blinken-han');
    const view = (await service.forPage({
      article,
      articleId: null,
      reading: null,
      storyId: null,
      save: false,
    })) as CoverageView;
    expect(outlets(view)).toEqual(['Bloomberg', 'Reuters', 'Fox News']);
    expect(await getKv(db, 'coverage/story-index')).toEqual(before);
    expect(await db.articles.count()).toBe(0);
  });

  it('forgets stories when the cache is cleared, even in a worker that had them in memory', async () => {
    const db = freshDb();
    const service = new CoverageService(db);
    await service.saveAggregator(reading, PAGE, day(21));
    await clearAll(db);
    const { stored, view } = await clean(db, service, blinkenArticle('https://x.example/b'));
    expect(stored?.storyId).toBeNull();
    expect(view.rows).toEqual([]);
  });

  it('an aggregator page in a private window lists its own cards, earliest first', async () => {
    const db = freshDb();
    const view = await new CoverageService(db).forPage({
      article: null,
      articleId: null,
      reading,
      storyId: null,
      save: false,
    });
    expect(view?.title).toBe(reading.story.title);
    expect(outlets(view as CoverageView)).toEqual(['Bloomberg', 'Reuters', 'Fox News']);
    expect(await getKv(db, 'coverage/story-index')).toBeUndefined();
  });
});

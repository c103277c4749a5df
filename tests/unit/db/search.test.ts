import { describe, expect, it } from 'vitest';
import { clearAll, deleteArticle, saveArticle } from '../../../lib/db/articles';
import {
  currentIndex,
  forgetSearchIndex,
  persistSearchIndex,
  SEARCH_SNAPSHOT_KEY,
  searchArticles,
  searchIndexIdle,
  syncSearchIndex,
} from '../../../lib/db/search';
import { makeSnippet } from '../../../lib/db/search-index';
import { freshDb, makeArticle, reopen, T } from './helpers';

const body = (topic: string) =>
  `${topic} was discussed at length by officials on Tuesday. `.repeat(3) +
  'Analysts expect further announcements later this month.';

async function newsDb() {
  const db = freshDb();
  const articles = [
    makeArticle({
      url: 'https://a.example/inflation-body',
      title: 'Central bank holds rates steady',
      siteName: 'Daily Ledger',
      text: body('Inflation'),
    }),
    makeArticle({
      url: 'https://b.example/inflation-title',
      title: 'Inflation cools for third month',
      siteName: 'Reuters',
      text: body('The consumer price index'),
    }),
    makeArticle({
      url: 'https://c.example/harbour',
      title: 'Harbour dredging begins',
      siteName: 'Coastal Times',
      byline: 'Maria Okonkwo',
      text: body('Dredging of the harbour'),
    }),
  ];
  for (const [i, article] of articles.entries()) await saveArticle(db, article, { now: T(i + 1) });
  return db;
}

describe('searchArticles', () => {
  it('ranks a headline match above a body match', async () => {
    const db = await newsDb();
    const hits = await searchArticles(db, 'inflation');
    expect(hits.map((h) => h.id)).toEqual([
      'https://b.example/inflation-title',
      'https://a.example/inflation-body',
    ]);
  });

  it('gives what a result list needs: id, title, outlet, when saved, a snippet', async () => {
    const db = await newsDb();
    const [hit] = await searchArticles(db, 'dredging');
    expect(hit).toMatchObject({
      id: 'https://c.example/harbour',
      title: 'Harbour dredging begins',
      siteName: 'Coastal Times',
      savedAt: T(3),
    });
    expect(hit?.snippet).toMatch(/Dredging of the harbour was discussed/);
  });

  it('finds words as they are typed, with a typo, by outlet and by byline', async () => {
    const db = await newsDb();
    const ids = async (q: string) => (await searchArticles(db, q)).map((h) => h.id);
    expect(await ids('infla')).toHaveLength(2);
    expect(await ids('inflaton')).toHaveLength(2);
    expect(await ids('reuters')).toEqual(['https://b.example/inflation-title']);
    expect(await ids('okonkwo harb')).toEqual(['https://c.example/harbour']);
    expect(await ids('   ')).toEqual([]);
  });

  it('needs every word, unless no article has them all', async () => {
    const db = await newsDb();
    expect((await searchArticles(db, 'inflation cools')).map((h) => h.id)).toEqual([
      'https://b.example/inflation-title',
    ]);
    expect(await searchArticles(db, 'dredging zeppelin')).toHaveLength(1);
  });

  it('follows updates and deletions', async () => {
    const db = await newsDb();
    expect(await searchArticles(db, 'dredging')).toHaveLength(1);
    const update = makeArticle({
      url: 'https://c.example/harbour',
      title: 'Harbour works begin',
      text: body('Ferries'),
    });
    await saveArticle(db, update, { now: T(9) });
    expect(await searchArticles(db, 'dredging')).toEqual([]);
    expect((await searchArticles(db, 'ferries'))[0]?.title).toBe('Harbour works begin');
    await deleteArticle(db, 'https://a.example/inflation-body');
    expect((await searchArticles(db, 'inflation')).map((h) => h.id)).toEqual([
      'https://b.example/inflation-title',
    ]);
  });
});

describe('the index across worker restarts', () => {
  it('is written to the database and loaded from it, with later writes applied', async () => {
    const db = await newsDb();
    await searchArticles(db, 'inflation'); // builds, and (first build) writes a snapshot
    await searchIndexIdle(db);
    expect(typeof (await db.kv.get(SEARCH_SNAPSHOT_KEY))?.value).toBe('string');
    await saveArticle(db, makeArticle({ url: 'https://d.example/x', title: 'Zeppelin returns' }), {
      now: T(7),
    });
    await deleteArticle(db, 'https://c.example/harbour');

    const restarted = reopen(db);
    const state = await currentIndex(restarted);
    expect(state.source).toBe('snapshot');
    expect(await searchArticles(restarted, 'zeppelin')).toHaveLength(1);
    expect(await searchArticles(restarted, 'harbour')).toEqual([]);
    expect(await searchArticles(restarted, 'inflation')).toHaveLength(2);
  });

  it('trims the write log once a snapshot covers it', async () => {
    const db = await newsDb();
    expect(await db.searchLog.count()).toBe(3);
    await persistSearchIndex(db);
    expect(await db.searchLog.count()).toBe(0);
    forgetSearchIndex(db);
    expect((await currentIndex(db)).source).toBe('snapshot');
    expect(await searchArticles(db, 'dredging')).toHaveLength(1);
  });

  it('can be brought up to date ahead of the first search', async () => {
    const db = await newsDb();
    await syncSearchIndex(db);
    expect(await db.searchLog.count()).toBe(0);
    const restarted = reopen(db);
    expect((await currentIndex(restarted)).source).toBe('snapshot');
  });

  it('a snapshot due when the cache is cleared is not written into the empty cache', async () => {
    const db = await newsDb();
    await searchArticles(db, 'inflation'); // a first build schedules a snapshot...
    await clearAll(db); // ...which the clear overtakes
    await searchIndexIdle(db);
    expect(await db.kv.count()).toBe(0);
    expect(await searchArticles(db, 'inflation')).toEqual([]);
  });

  it('sees writes made through another connection', async () => {
    const db = await newsDb();
    expect(await searchArticles(db, 'zeppelin')).toEqual([]);
    const other = freshDb(db.name);
    await saveArticle(other, makeArticle({ url: 'https://d.example/z', title: 'Zeppelin' }), {
      now: T(8),
    });
    expect(await searchArticles(db, 'zeppelin')).toHaveLength(1);
  });
});

describe('makeSnippet', () => {
  it('cuts around the first match at word boundaries', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(10)}The harbour reopened today. ${'More text. '.repeat(20)}`;
    const snippet = makeSnippet(text, ['harbour'], 80);
    expect(snippet).toMatch(/^….*The harbour reopened today\..*…$/);
    expect(snippet.length).toBeLessThanOrEqual(82);
  });

  it('starts at the beginning when nothing matches', () => {
    expect(makeSnippet('Short text here.', ['absent'])).toBe('Short text here.');
  });
});

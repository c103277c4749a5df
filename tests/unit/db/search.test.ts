import { describe, expect, it } from 'vitest';
import { clearAll, deleteArticle, saveArticle } from '../../../lib/db/articles';
import {
  BODY_READS,
  currentIndex,
  forgetSearchIndex,
  MAX_RESULTS,
  pendingSearchWrites,
  persistSearchIndex,
  SEARCH_META_KEY,
  SEARCH_SNAPSHOT_KEY,
  searchArticles,
  searchIndexIdle,
  syncSearchIndex,
} from '../../../lib/db/search';
import { LEAD_CHARS, leadOf, makeSnippet } from '../../../lib/db/search-snippet';
import { freshDb, makeArticle, otherArticle, reopen, T, watchReads } from './helpers';

const body = (topic: string) =>
  `${topic} was discussed at length by officials on Tuesday. `.repeat(3) +
  'Analysts expect further announcements later this month.';

async function newsDb(db = freshDb()) {
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

/** About 1,200 characters of text with `word` in its last sentence only: past any lead. */
const deepText = (n: number, word: string) =>
  `${`Paragraph ${n} of routine council business and weather notes. `.repeat(20)}Late in the piece the ${word} was mentioned once.`;

describe('snippets without reading every article', () => {
  it('shows the passage of a word found deep in the text, not the opening', async () => {
    const db = freshDb();
    await saveArticle(db, otherArticle(1, { text: deepText(1, 'zeppelin') }), { now: T(1) });
    const [hit] = await searchArticles(db, 'zeppelin');
    expect(hit?.snippet).toMatch(/^….*the zeppelin was mentioned once\.$/);
  });

  it('centres the snippet on the word the headline does not already show', async () => {
    const db = freshDb();
    const text = `The harbour opened at dawn. ${deepText(1, 'zeppelin')}`;
    await saveArticle(db, otherArticle(1, { title: 'Harbour news', text }), { now: T(1) });
    const [hit] = await searchArticles(db, 'harbour zeppelin');
    expect(hit?.snippet).toMatch(/the zeppelin was mentioned once\.$/);
  });

  it('gives the same snippet as the whole text would for a word early in it', async () => {
    const db = freshDb();
    const text = `Ferry services resumed on Monday. ${'Officials met again on Tuesday. '.repeat(30)}`;
    await saveArticle(db, otherArticle(1, { text }), { now: T(1) });
    const [hit] = await searchArticles(db, 'resumed');
    expect(hit?.snippet).toBe(makeSnippet(text, ['resumed']));
  });

  it('reads no article text when every word is in the headlines or outlets', async () => {
    const db = freshDb();
    const reads = watchReads(db);
    await newsDb(db);
    await syncSearchIndex(db); // builds the index from the rows
    reads.clear();
    const hits = await searchArticles(db, 'inflation cools reuters');
    expect(hits.map((h) => h.id)).toEqual(['https://b.example/inflation-title']);
    expect(hits[0]?.snippet).toMatch(/^The consumer price index was discussed/);
    expect(reads.has('bodies')).toBe(false);
  });

  it('reads the text of the best few results only; the rest show their opening', async () => {
    const db = freshDb();
    const count = BODY_READS + 3;
    for (let n = 0; n < count; n += 1) {
      await saveArticle(db, otherArticle(n, { text: deepText(n, 'zeppelin') }), { now: T(n) });
    }
    const hits = await searchArticles(db, 'zeppelin');
    expect(hits).toHaveLength(count);
    const passages = hits.filter((h) => h.snippet.includes('zeppelin was mentioned'));
    expect(passages).toEqual(hits.slice(0, BODY_READS));
    for (const hit of hits.slice(BODY_READS)) expect(hit.snippet).toMatch(/^Paragraph \d+ of/);
  });

  it('keeps a lead of a few hundred characters, cut at a word', () => {
    const text = deepText(1, 'zeppelin');
    const lead = leadOf(text);
    expect(lead).toMatch(/…$/);
    const kept = lead.slice(0, -1);
    expect(kept.length).toBeLessThanOrEqual(LEAD_CHARS);
    expect(kept.length).toBeGreaterThan(LEAD_CHARS - 30);
    expect(text.startsWith(`${kept} `)).toBe(true);
    expect(leadOf('  Short\n text. ')).toBe('Short text.');
    expect(leadOf(`Spaced${' '.repeat(2000)}out`)).toBe('Spaced…');
  });

  it('returns at most MAX_RESULTS results, best first', async () => {
    const db = freshDb();
    for (let n = 0; n < MAX_RESULTS + 5; n += 1) {
      await saveArticle(db, otherArticle(n), { now: T(n) });
    }
    const hits = await searchArticles(db, 'story', { limit: 1000 });
    expect(hits).toHaveLength(MAX_RESULTS);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('short words', () => {
  it('are prefixes only while being typed, at the end of the query, and in headlines', async () => {
    const db = freshDb();
    await saveArticle(
      db,
      otherArticle(1, {
        title: 'Telegraph.co.uk reports rail strike',
        siteName: 'Telegraph.co.uk',
      }),
      { now: T(1) },
    );
    await saveArticle(
      db,
      otherArticle(2, { title: 'Telegraph cable companies merge', siteName: 'Wire Daily' }),
      { now: T(2) },
    );
    await saveArticle(
      db,
      otherArticle(3, { title: 'Stocks rise as government bonds slip', siteName: 'Markets' }),
      { now: T(3) },
    );
    await saveArticle(
      db,
      otherArticle(4, { title: 'Stocks fall', text: 'The government said little. '.repeat(5) }),
      { now: T(4) },
    );
    const ids = async (q: string) => (await searchArticles(db, q)).map((h) => h.id).sort();
    // "co" followed by more of the query is a whole word: it does not find "companies"...
    expect(await ids('telegraph.co.uk')).toEqual(['https://news.example/story-1']);
    expect(await ids('co telegraph')).toEqual(['https://news.example/story-1']);
    // ...but it does while it is the word being typed, in a headline, outlet or author...
    expect(await ids('telegraph co')).toHaveLength(2);
    expect(await ids('stocks go')).toEqual(['https://news.example/story-3']);
    // ...and from four letters on, anywhere.
    expect(await ids('stocks gove')).toEqual([
      'https://news.example/story-3',
      'https://news.example/story-4',
    ]);
    expect(await ids('gover stock')).toHaveLength(2);
  });
});

describe('deleted articles', () => {
  it('are never returned: deleted here, through another connection, or after a restart', async () => {
    const db = await newsDb();
    await syncSearchIndex(db); // a snapshot that still holds every article
    await deleteArticle(db, 'https://a.example/inflation-body');
    expect((await searchArticles(db, 'inflation')).map((h) => h.id)).toEqual([
      'https://b.example/inflation-title',
    ]);
    await deleteArticle(freshDb(db.name), 'https://b.example/inflation-title');
    expect(await searchArticles(db, 'inflation')).toEqual([]);
    expect(await searchArticles(reopen(db), 'inflation')).toEqual([]);
  });
});

describe('pendingSearchWrites', () => {
  it('counts the writes the stored index does not cover yet', async () => {
    const db = freshDb();
    expect(await pendingSearchWrites(db)).toBe(0);
    const db3 = await newsDb();
    expect(await pendingSearchWrites(db3)).toBe(3); // no snapshot: every article
    await syncSearchIndex(db3);
    expect(await pendingSearchWrites(db3)).toBe(0);
    await saveArticle(db3, otherArticle(1), { now: T(5) });
    await deleteArticle(db3, 'https://c.example/harbour');
    expect(await pendingSearchWrites(db3)).toBe(2);
    await persistSearchIndex(db3);
    expect(await pendingSearchWrites(db3)).toBe(0);
  });

  it('counts every article when the snapshot is of an older format, which is rebuilt', async () => {
    const db = await newsDb();
    await syncSearchIndex(db);
    const meta = (await db.kv.get(SEARCH_META_KEY))?.value as Record<string, unknown>;
    await db.kv.put({ key: SEARCH_META_KEY, value: { ...meta, format: 1 } });
    expect(await pendingSearchWrites(db)).toBe(3);
    const restarted = reopen(db);
    expect((await currentIndex(restarted)).source).toBe('rebuild');
    const [hit] = await searchArticles(restarted, 'dredging');
    expect(hit?.snippet).toMatch(/^Dredging of the harbour was discussed/);
  });
});

import { describe, expect, it } from 'vitest';
import {
  clearAll,
  deleteArticle,
  getArticle,
  getArticleSummary,
  listArticles,
  markRead,
  saveArticle,
  setPinned,
} from '../../../lib/db/articles';
import { saveCoverage } from '../../../lib/db/coverage';
import { setKv } from '../../../lib/db/kv';
import { searchArticles } from '../../../lib/db/search';
import { setSettings } from '../../../lib/db/settings';
import { getUsage } from '../../../lib/db/usage';
import {
  failWrites,
  freshDb,
  makeArticle,
  otherArticle,
  T,
  WIRE_COPY,
  WIRE_COPY_REPOSTED,
  watchReads,
} from './helpers';

describe('saveArticle: dedupe by URL', () => {
  it('keeps a new article and gives it back whole, by id or by the page URL', async () => {
    const db = freshDb();
    const article = makeArticle({
      url: 'https://news.example/fed?utm_source=feed#top',
      canonicalUrl: 'https://news.example/2014/03/10/fed-taper',
    });
    const saved = await saveArticle(db, article, { now: T(1) });
    expect(saved).toEqual({
      id: 'https://news.example/2014/03/10/fed-taper',
      status: 'new',
      evicted: [],
    });
    const back = await getArticle(db, saved.id);
    expect(back).toMatchObject({ ...article, savedAt: T(1), lastReadAt: T(1), pinned: 0 });
    expect(back?.changes).toEqual([]);
    // The reader's tab URL finds it too, whatever tracking parameters or fragment it carries.
    expect((await getArticle(db, 'https://news.example/fed?utm_medium=x'))?.id).toBe(saved.id);
    expect(await getArticle(db, 'https://news.example/unknown')).toBeNull();
  });

  it('re-saving the same text only moves lastReadAt', async () => {
    const db = freshDb();
    await saveArticle(db, makeArticle(), { now: T(1) });
    const before = await getArticle(db, makeArticle().url);
    const again = await saveArticle(db, makeArticle({ title: 'Edited headline' }), { now: T(5) });
    expect(again.status).toBe('unchanged');
    const after = await getArticle(db, again.id);
    expect(after).toEqual({ ...before, lastReadAt: T(5) });
    expect(await db.articles.count()).toBe(1);
  });

  it('re-saving the same URL with changed text keeps the newer text and records when', async () => {
    const db = freshDb();
    await saveArticle(db, makeArticle(), { now: T(1) });
    const corrected = `${WIRE_COPY}\nCorrection: an earlier version misstated the amount.`;
    const result = await saveArticle(db, makeArticle({ text: corrected }), { now: T(9) });
    expect(result.status).toBe('updated');
    const stored = await getArticle(db, result.id);
    expect(stored?.text).toBe(corrected);
    expect(stored).toMatchObject({ savedAt: T(1), updatedAt: T(9), changes: [T(9)] });
    expect(await db.articles.count()).toBe(1);
    expect(await db.bodies.count()).toBe(1);
  });
});

describe('saveArticle: dedupe by text', () => {
  it('links the same wire copy at another URL, in other markup, to the first as an alias', async () => {
    const db = freshDb();
    const first = await saveArticle(db, makeArticle(), { now: T(1) });
    const repost = makeArticle({
      url: 'https://content-farm.example/fed-news-1234',
      title: 'You will not believe what the Fed just said',
      text: WIRE_COPY_REPOSTED,
    });
    const result = await saveArticle(db, repost, { now: T(2) });
    expect(result).toEqual({ id: first.id, status: 'alias', evicted: [] });
    expect(await db.articles.count()).toBe(1);
    const found = await getArticle(db, repost.url);
    expect(found?.id).toBe(first.id);
    expect(found?.aliases).toContain(repost.url);
    expect(found?.lastReadAt).toBe(T(2));
    // Visiting the repost again is recognised through its alias.
    expect((await saveArticle(db, repost, { now: T(3) })).status).toBe('alias');
  });

  it('keeps different stories apart, and does not match short boilerplate text', async () => {
    const db = freshDb();
    await saveArticle(db, otherArticle(1), { now: T(1) });
    await saveArticle(db, otherArticle(2), { now: T(2) });
    await saveArticle(db, makeArticle({ url: 'https://a.example/1', text: 'Subscribe to read.' }), {
      now: T(3),
    });
    const paywall = makeArticle({ url: 'https://b.example/2', text: 'Subscribe to read.' });
    expect((await saveArticle(db, paywall, { now: T(4) })).status).toBe('new');
    expect(await db.articles.count()).toBe(4);
  });

  it('an alias whose page now says something else becomes an article of its own', async () => {
    const db = freshDb();
    await saveArticle(db, makeArticle(), { now: T(1) });
    const url = 'https://mirror.example/fed';
    await saveArticle(db, makeArticle({ url, text: WIRE_COPY_REPOSTED }), { now: T(2) });
    const result = await saveArticle(db, otherArticle(7, { url }), { now: T(3) });
    expect(result).toMatchObject({ id: url, status: 'new' });
    expect((await getArticle(db, url))?.title).toBe('Local report 7');
    expect((await getArticle(db, makeArticle().url))?.aliases).not.toContain(url);
  });
});

describe('reading the cache', () => {
  it('gives the popup its summary without reading any article body', async () => {
    const db = freshDb();
    const reads = watchReads(db);
    const { id } = await saveArticle(db, makeArticle(), { now: T(1) });
    reads.clear();
    const summary = await getArticleSummary(db, id);
    expect(summary).toMatchObject({
      id,
      title: makeArticle().title,
      siteName: 'Example News',
      wordCount: makeArticle().wordCount,
      dateline: makeArticle().dateline,
      removedCount: 2,
      pinned: false,
    });
    expect(reads.has('articles')).toBe(true);
    expect(reads.has('bodies')).toBe(false);
  });

  it('lists most recently saved first, page by page', async () => {
    const db = freshDb();
    for (let n = 1; n <= 5; n += 1) await saveArticle(db, otherArticle(n), { now: T(n) });
    const first = await listArticles(db, { limit: 2 });
    expect(first.map((a) => a.title)).toEqual(['Local report 5', 'Local report 4']);
    const second = await listArticles(db, { limit: 2, before: first[1] });
    expect(second.map((a) => a.title)).toEqual(['Local report 3', 'Local report 2']);
    const last = await listArticles(db, { limit: 2, before: second[1] });
    expect(last.map((a) => a.title)).toEqual(['Local report 1']);
  });
});

describe('changing the cache', () => {
  it('pins, marks read and deletes by id or alias', async () => {
    const db = freshDb();
    const { id } = await saveArticle(db, makeArticle(), { now: T(1) });
    const alias = 'https://mirror.example/fed';
    await saveArticle(db, makeArticle({ url: alias, text: WIRE_COPY_REPOSTED }), { now: T(2) });
    expect(await setPinned(db, alias, true)).toBe(true);
    expect((await getArticleSummary(db, id))?.pinned).toBe(true);
    expect(await markRead(db, id, { now: T(30) })).toBe(true);
    expect((await getArticleSummary(db, id))?.lastReadAt).toBe(T(30));
    expect(await setPinned(db, 'https://nowhere.example/', true)).toBe(false);
    expect(await deleteArticle(db, alias)).toBe(true);
    expect(await getArticle(db, id)).toBeNull();
    expect(await db.bodies.count()).toBe(0);
    expect(await getUsage(db)).toEqual({ count: 0, bytes: 0 });
  });

  it('keeps the size totals equal to the sum of the stored rows', async () => {
    const db = freshDb();
    for (let n = 1; n <= 4; n += 1) await saveArticle(db, otherArticle(n), { now: T(n) });
    await saveArticle(db, otherArticle(2, { text: 'Rewritten. '.repeat(30) }), { now: T(6) });
    await setPinned(db, otherArticle(3).url, true);
    await deleteArticle(db, otherArticle(1).url);
    const rows = await db.articles.toArray();
    const usage = await getUsage(db);
    expect(usage.count).toBe(3);
    expect(usage.bytes).toBe(rows.reduce((sum, r) => sum + r.sizeBytes, 0));
  });

  it('clearAll empties every table and the search index', async () => {
    const db = freshDb();
    await saveArticle(db, makeArticle(), { now: T(1) });
    await saveCoverage(db, 'Fed taper', [], { pageUrl: 'https://agg.example/s/1', now: T(1) });
    await setSettings(db, { maxArticles: 10 });
    await setKv(db, 'worker/state', { ok: true });
    expect(await searchArticles(db, 'taper')).toHaveLength(1);
    await clearAll(db);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    expect(await searchArticles(db, 'taper')).toEqual([]);
  });

  it('a save that fails halfway leaves the previous version whole', async () => {
    const db = freshDb();
    const broken = failWrites(db, 'bodies', () => new Error('disk unplugged'));
    await saveArticle(db, makeArticle(), { now: T(1) });
    const before = await getArticle(db, makeArticle().url);
    broken.arm();
    const changed = makeArticle({ title: 'New title', text: `${WIRE_COPY} More.` });
    await expect(saveArticle(db, changed, { now: T(2) })).rejects.toThrow('disk unplugged');
    expect(await getArticle(db, makeArticle().url)).toEqual(before);
    expect((await getUsage(db)).count).toBe(1);
  });
});

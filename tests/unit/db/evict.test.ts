import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { getArticle, markRead, saveArticle, setPinned } from '../../../lib/db/articles';
import { CacheFullError, isQuotaError } from '../../../lib/db/errors';
import { enforceLimits } from '../../../lib/db/evict';
import { DEFAULT_LIMITS, getSettings, setSettings } from '../../../lib/db/settings';
import { failWrites, freshDb, makeArticle, otherArticle, T, WIRE_COPY } from './helpers';

const url = (n: number) => otherArticle(n).url;
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/**
 * Three saved articles; reading order afterwards: 2 (oldest), 3, 1 (newest). `disk` can fail
 * writes to one table on demand (middleware must be in place before the database opens).
 */
async function threeSaved(failing: 'bodies' | 'articles' = 'bodies', make: () => unknown = quota) {
  const db = freshDb();
  const disk = failWrites(db, failing, make);
  for (let n = 1; n <= 3; n += 1) await saveArticle(db, otherArticle(n), { now: T(n) });
  await markRead(db, url(1), { now: T(10) });
  return Object.assign(db, { disk });
}

describe('limits', () => {
  it('has sane defaults and refuses nonsense', async () => {
    const db = freshDb();
    expect(await getSettings(db)).toEqual(DEFAULT_LIMITS);
    await expect(setSettings(db, { maxArticles: 0 })).rejects.toThrow(RangeError);
    await expect(setSettings(db, { maxMegabytes: Number.NaN })).rejects.toThrow(RangeError);
    expect(await setSettings(db, { maxArticles: 7 })).toEqual({
      ...DEFAULT_LIMITS,
      maxArticles: 7,
    });
  });

  it('evicts the least recently read unpinned article, never a pinned one', async () => {
    const db = await threeSaved();
    await setSettings(db, { maxArticles: 3 });
    await setPinned(db, url(2), true);
    const result = await saveArticle(db, otherArticle(4), { now: T(20) });
    expect(result.status).toBe('new');
    expect(result.evicted).toEqual([{ id: url(3), title: 'Local report 3' }]);
    expect(await getArticle(db, url(3))).toBeNull();
    for (const n of [1, 2, 4]) expect(await getArticle(db, url(n))).not.toBeNull();
    expect(await db.bodies.count()).toBe(3);
  });

  it('never evicts the article just saved, even when nothing else can go', async () => {
    const db = await threeSaved();
    await setSettings(db, { maxArticles: 1 });
    for (const n of [1, 2, 3]) await setPinned(db, url(n), true);
    const result = await saveArticle(db, otherArticle(4), { now: T(20) });
    expect(result.evicted).toEqual([]);
    expect(await db.articles.count()).toBe(4);
  });

  it('evicts by size as well as by count', async () => {
    const db = await threeSaved();
    const one = (await db.articles.get(url(1)))?.sizeBytes ?? 0;
    // Room for about two articles.
    await setSettings(db, { maxMegabytes: (2.5 * one) / (1024 * 1024) });
    const result = await saveArticle(db, otherArticle(4), { now: T(20) });
    expect(result.evicted.map((e) => e.id)).toEqual([url(2), url(3)]);
  });

  it('applies a lowered limit on request', async () => {
    const db = await threeSaved();
    await setSettings(db, { maxArticles: 1 });
    expect((await enforceLimits(db)).map((e) => e.id)).toEqual([url(2), url(3)]);
  });
});

const quotaErrors: Array<[string, () => unknown]> = [
  ['a DOMException', quota],
  ['Dexie.QuotaExceededError', () => new Dexie.QuotaExceededError('quota')],
  [
    'an AbortError wrapping one',
    () =>
      new Dexie.AbortError('Transaction aborted', new DOMException('full', 'QuotaExceededError')),
  ],
];

describe('quota exceeded during a save', () => {
  it.each(quotaErrors)('recognises %s', (_name, make) => {
    expect(isQuotaError(make())).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted'))).toBe(false);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
  });

  it.each(quotaErrors)(
    'on %s: evicts the oldest unpinned, retries, and reports it',
    async (_, make) => {
      const db = await threeSaved('bodies', make);
      const { disk } = db;
      disk.arm(1);
      const result = await saveArticle(db, otherArticle(4), { now: T(20) });
      expect(disk.left).toBe(0);
      expect(result.status).toBe('new');
      expect(result.evicted).toEqual([{ id: url(2), title: 'Local report 2' }]);
      expect((await getArticle(db, url(4)))?.text).toBe(otherArticle(4).text);
      expect(await getArticle(db, url(2))).toBeNull();
    },
  );

  it('keeps evicting in growing batches while the disk stays full', async () => {
    const db = await threeSaved();
    db.disk.arm(2);
    const result = await saveArticle(db, otherArticle(4), { now: T(20) });
    expect(result.evicted.map((e) => e.id)).toEqual([url(2), url(3), url(1)]);
    expect(await getArticle(db, url(4))).not.toBeNull();
  });

  it('throws CacheFullError when only pinned articles are left, and loses nothing', async () => {
    const db = await threeSaved();
    for (const n of [1, 2, 3]) await setPinned(db, url(n), true);
    const before = await getArticle(db, url(1));
    db.disk.arm(100);
    const changed = otherArticle(1, { text: `${WIRE_COPY} Updated.` });
    const error = await saveArticle(db, changed, { now: T(20) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CacheFullError);
    expect((error as Error).message).toMatch(/Storage is full.*Local report 1.*unpin/is);
    expect((error as CacheFullError).evicted).toEqual([]);
    expect(await getArticle(db, url(1))).toEqual(before);
    expect(await db.articles.count()).toBe(3);
  });

  it('says the storage is full when even removing articles fails for quota', async () => {
    // A disk full to the last byte: deleting also writes (the usage totals, the search log).
    const db = freshDb();
    const disk = failWrites(db, 'searchLog', quota);
    for (let n = 1; n <= 3; n += 1) await saveArticle(db, otherArticle(n), { now: T(n) });
    disk.arm(100);
    const error = await saveArticle(db, otherArticle(4), { now: T(20) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CacheFullError);
    expect((error as Error).message).toMatch(/Storage is full, so "Local report 4" was not kept/);
    expect(await db.articles.count()).toBe(3);
    expect(await db.bodies.count()).toBe(3);
    expect(await getArticle(db, url(4))).toBeNull();
  });

  it('gives up after a few rounds, naming what it removed', async () => {
    const db = freshDb();
    const disk = failWrites(db, 'bodies', quota);
    for (let n = 1; n <= 200; n += 1) await saveArticle(db, otherArticle(n), { now: T(n) });
    disk.arm(1000);
    const error = await saveArticle(db, otherArticle(999), { now: T(999) }).catch((e) => e);
    expect(error).toBeInstanceOf(CacheFullError);
    const { evicted } = error as CacheFullError;
    // 2% of the cache, then 4%, then 8%, then it stops rather than empty the cache.
    expect(evicted).toHaveLength(4 + 8 + 16);
    expect(await db.articles.count()).toBe(200 - 28);
    expect(evicted[0]?.id).toBe(url(1));
    expect((error as Error).message).toMatch(/even after removing older unpinned articles/);
  });

  it('never evicts the article a repost is being linked to', async () => {
    const db = freshDb();
    const disk = failWrites(db, 'articles', quota);
    await saveArticle(db, makeArticle(), { now: T(1) });
    await saveArticle(db, otherArticle(2), { now: T(2) });
    disk.arm(1);
    const repost = makeArticle({ url: 'https://mirror.example/fed' });
    const result = await saveArticle(db, repost, { now: T(3) });
    expect(result).toMatchObject({ status: 'alias', id: makeArticle().url });
    expect(result.evicted.map((e) => e.id)).toEqual([url(2)]);
  });
});

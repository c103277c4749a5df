import { describe, expect, it } from 'vitest';
import { getArticle, markRead, saveArticle, setPinned } from '../../../lib/db/articles';
import { saveCoverage } from '../../../lib/db/coverage';
import { CacheImportError } from '../../../lib/db/errors';
import { searchArticles } from '../../../lib/db/search';
import { setSettings } from '../../../lib/db/settings';
import { exportAll, importAll } from '../../../lib/db/transfer';
import { getUsage } from '../../../lib/db/usage';
import { freshDb, makeArticle, otherArticle, T, WIRE_COPY, WIRE_COPY_REPOSTED } from './helpers';

/** A cache with one of everything: a pin, an alias, a text change, a story, limits. */
async function fullDb() {
  const db = freshDb();
  await saveCoverage(
    db,
    'Fed taper debate',
    [
      {
        outlet: 'Example News',
        headline: 'Fed official says weak data caused by weather',
        url: makeArticle().url,
        dateline: null,
        snippet: 'The Federal Reserve should not slow…',
        time: '2014-03-10T16:52:50Z',
      },
    ],
    { pageUrl: 'https://aggregator.example/story/1', now: T(0) },
  );
  await saveArticle(db, makeArticle(), { now: T(1) });
  await saveArticle(
    db,
    makeArticle({ url: 'https://mirror.example/x', text: WIRE_COPY_REPOSTED }),
    {
      now: T(2),
    },
  );
  await saveArticle(db, makeArticle({ text: `${WIRE_COPY} Updated.` }), { now: T(3) });
  await saveArticle(db, otherArticle(1), { now: T(4) });
  await setPinned(db, otherArticle(1).url, true);
  await setSettings(db, { maxArticles: 123 });
  return db;
}

describe('exportAll / importAll', () => {
  it('round-trips everything through JSON into an empty cache', async () => {
    const source = await fullDb();
    const exported = await exportAll(source, { now: T(50) });
    expect(exported).toMatchObject({ format: 'lede-cache', version: 1, exportedAt: T(50) });
    expect(exported.articles).toHaveLength(2);
    expect(exported.stories).toHaveLength(1);
    expect(exported.coverage).toHaveLength(1);

    const target = freshDb();
    const result = await importAll(target, JSON.parse(JSON.stringify(exported)));
    expect(result).toEqual({ added: 2, merged: 0, aliased: 0, unchanged: 0 });
    expect(await exportAll(target, { now: T(50) })).toEqual(exported);
    // What was imported is usable: found by alias, searchable, counted.
    expect((await getArticle(target, 'https://mirror.example/x'))?.changes).toEqual([T(3)]);
    expect(await searchArticles(target, 'plosser')).toHaveLength(1);
    expect(await getUsage(target)).toEqual(await getUsage(source));
  });

  it('importing the same file twice changes nothing', async () => {
    const db = await fullDb();
    const exported = await exportAll(db);
    expect(await importAll(db, exported)).toEqual({
      added: 0,
      merged: 0,
      aliased: 0,
      unchanged: 2,
    });
    expect(await exportAll(db)).toEqual(exported);
  });

  it('merges with what is there: newer text wins, pins and reads are kept', async () => {
    const older = freshDb();
    await saveArticle(older, makeArticle(), { now: T(1) });
    await setPinned(older, makeArticle().url, true);
    const newer = freshDb();
    await saveArticle(newer, makeArticle(), { now: T(2) });
    await saveArticle(newer, makeArticle({ text: `${WIRE_COPY} Updated.` }), { now: T(5) });
    await markRead(older, makeArticle().url, { now: T(9) });

    const result = await importAll(older, await exportAll(newer));
    expect(result.merged).toBe(1);
    const merged = await getArticle(older, makeArticle().url);
    expect(merged).toMatchObject({
      text: `${WIRE_COPY} Updated.`,
      pinned: 1,
      savedAt: T(1),
      lastReadAt: T(9),
      changes: [T(5)],
    });
  });

  it('links an imported repost to the stored original instead of storing it twice', async () => {
    const db = freshDb();
    await saveArticle(db, makeArticle(), { now: T(1) });
    const other = freshDb();
    await saveArticle(
      other,
      makeArticle({ url: 'https://mirror.example/x', text: WIRE_COPY_REPOSTED }),
      {
        now: T(2),
      },
    );
    expect((await importAll(db, await exportAll(other))).aliased).toBe(1);
    expect(await db.articles.count()).toBe(1);
    expect((await getArticle(db, 'https://mirror.example/x'))?.id).toBe(makeArticle().url);
  });

  it('refuses a file of the wrong shape, says where, and writes nothing', async () => {
    const db = freshDb();
    const good = await exportAll(await fullDb());
    const bad = structuredClone(good);
    (bad.articles[1] as { pinned: unknown }).pinned = true;
    await expect(importAll(db, bad)).rejects.toThrow(CacheImportError);
    await expect(importAll(db, bad)).rejects.toThrow(/articles\[1\]\.pinned/);
    await expect(importAll(db, { ...good, version: 99 })).rejects.toThrow(/export\.version/);
    await expect(importAll(db, 'not json')).rejects.toThrow(/should be an object/);
    expect(await db.articles.count()).toBe(0);
    expect(await db.stories.count()).toBe(0);
  });
});

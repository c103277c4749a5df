import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { getArticle, getArticleSummary, saveArticle } from '../../../lib/db/articles';
import type { ArticleRecordV1 } from '../../../lib/db/records';
import { searchArticles } from '../../../lib/db/search';
import { setSettings } from '../../../lib/db/settings';
import { getUsage } from '../../../lib/db/usage';
import { fakeIdb, freshDb, makeArticle, otherArticle, T } from './helpers';

/** The schema version 1 shipped with, written out here as it was (not imported from schema.ts). */
const V1 = {
  articles: 'id, contentHash, savedAt, lastReadAt, *aliases, storyId',
  stories: 'id, createdAt',
  coverage: 'id, storyId, url, seenOn',
  settings: 'id',
  kv: 'key',
};

function v1Row(n: number, pinned: boolean): ArticleRecordV1 {
  const article = otherArticle(n);
  return {
    ...article,
    id: article.url,
    contentHash: `hash-${n}`,
    savedAt: T(n),
    updatedAt: T(n),
    changes: [],
    lastReadAt: T(n),
    pinned,
    aliases: [`https://mirror.example/${n}`],
    sizeBytes: 1000,
    storyId: n === 1 ? 'story:1' : null,
  };
}

describe('upgrading a version-1 database', () => {
  it('moves every record to the version-2 shape and keeps everything readable', async () => {
    const name = `lede-migration-${crypto.randomUUID()}`;
    const old = new Dexie(name, fakeIdb);
    old.version(1).stores(V1);
    const rows = [v1Row(1, true), v1Row(2, false), v1Row(3, false)];
    await old.table('articles').bulkPut(rows);
    await old.table('stories').put({ id: 'story:1', title: 'A story', createdAt: T(0) });
    await old.table('kv').put({ key: 'worker/x', value: 42 });
    old.close();

    const db = freshDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.articles.count()).toBe(3);
    expect(await db.bodies.count()).toBe(3);
    for (const row of rows) {
      const meta = await db.articles.get(row.id);
      expect(meta && 'text' in meta).toBe(false);
      expect(meta && 'html' in meta).toBe(false);
      expect(meta?.pinned).toBe(row.pinned ? 1 : 0);
      const whole = await getArticle(db, row.aliases[0] ?? '');
      expect(whole).toEqual({
        ...row,
        pinned: row.pinned ? 1 : 0,
        sizeBytes: expect.any(Number),
      });
    }
    expect((await getArticleSummary(db, rows[0]?.id ?? ''))?.pinned).toBe(true);
    expect(await db.stories.get('story:1')).toEqual({
      id: 'story:1',
      title: 'A story',
      createdAt: T(0),
    });
    expect(await db.kv.get('worker/x')).toEqual({ key: 'worker/x', value: 42 });

    // The new machinery works on migrated rows: totals, search, eviction order by the new index.
    const usage = await getUsage(db);
    expect(usage.count).toBe(3);
    expect(await searchArticles(db, 'school budgets')).toHaveLength(1);
    await setSettings(db, { maxArticles: 3 });
    const saved = await saveArticle(db, makeArticle(), { now: T(10) });
    expect(saved.evicted.map((e) => e.id)).toEqual([rows[1]?.id]);
  });

  it('opens an empty new database at version 2', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['articles', 'bodies', 'coverage', 'kv', 'searchLog', 'settings', 'stories'].sort(),
    );
  });
});

import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { getArticle, saveArticle } from '../../../lib/db/articles';
import { LedeDB, STORES_V2 } from '../../../lib/db/schema';
import type { UpgradeState } from '../../../lib/db/upgrade-guard';
import { CacheOutdatedError } from '../../../lib/db/upgrade-guard';
import { fakeIdb, freshDb, makeArticle, otherArticle } from './helpers';

const now = '2026-01-01T00:00:00.000Z';

/** A future build: version 3 adds a table and rewrites every article row in its upgrade. */
class NextLedeDB extends LedeDB {
  constructor(name: string) {
    super(name, fakeIdb);
    this.version(3)
      .stores({ ...STORES_V2, notes: 'id' })
      .upgrade((tx) =>
        tx
          .table('articles')
          .toCollection()
          .modify((row) => {
            row.migratedToV3 = true;
          }),
      );
  }
}

function watch(db: LedeDB): UpgradeState[] {
  const seen: UpgradeState[] = [];
  db.upgrades.subscribe((state) => seen.push(state));
  return seen;
}

describe('an older Lede page holding the cache while a newer Lede upgrades it', () => {
  it('lets the upgrade through, then refuses to write and tells the reader to reload', async () => {
    const old = freshDb();
    const seen = watch(old);
    const kept = makeArticle();
    await saveArticle(old, kept, { now });

    const next = new NextLedeDB(old.name);
    await next.open();
    expect(next.verno).toBe(3);
    expect(seen).toEqual(['outdated']);
    expect(old.isOpen()).toBe(false);

    // The old code must not reopen the upgraded cache and write rows in its old shape.
    const late = otherArticle(7);
    const error = await saveArticle(old, late, { now }).catch((e: unknown) => e);
    const shown = old.upgrades.explain(error);
    expect(shown).toBeInstanceOf(CacheOutdatedError);
    expect(String((shown as Error).message)).toMatch(/updated.*Reload/);
    expect(old.isOpen()).toBe(false);

    // Nothing lost, nothing half-written: the earlier save is there and migrated, the late one absent.
    expect(await next.articles.count()).toBe(1);
    expect(await next.bodies.count()).toBe(1);
    const row = (await next.articles.toArray())[0] as unknown as Record<string, unknown>;
    expect(row.migratedToV3).toBe(true);
    expect((await getArticle(next, kept.url))?.text).toBe(kept.text);
    expect(await getArticle(next, late.url)).toBeNull();
    next.close();
  });

  it('waits while an old page refuses to let go, says so, and finishes once it closes', async () => {
    const name = `lede-test-${crypto.randomUUID()}`;
    const before = freshDb(name);
    await saveArticle(before, makeArticle(), { now });
    before.close();
    // An old build that predates the guard and keeps its connection whatever happens.
    const stubborn = new Dexie(name, fakeIdb);
    stubborn.version(2).stores(STORES_V2);
    stubborn.on('versionchange', () => false);
    await stubborn.open();

    const next = new NextLedeDB(name);
    const seen = watch(next);
    const opening = next.open();
    await expect.poll(() => seen).toEqual(['waiting']);
    expect(next.upgrades.state).toBe('waiting');

    stubborn.close();
    await opening;
    expect(seen).toEqual(['waiting', 'current']);
    expect(next.verno).toBe(3);
    expect(await next.articles.count()).toBe(1);
    next.close();
  });

  it('explains other failures as they are while the cache is current', () => {
    const db = new LedeDB(`lede-test-${crypto.randomUUID()}`, fakeIdb);
    const error = new Error('disk on fire');
    expect(db.upgrades.explain(error)).toBe(error);
  });
});

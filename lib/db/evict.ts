import { Dexie } from 'dexie';
import type { ArticleRecord } from './records';
import type { LedeDB } from './schema';
import { getSettings, limitBytes } from './settings';
import { getUsage } from './usage';
import { dropArticles } from './write';

export interface Evicted {
  id: string;
  title: string;
}

/** Rows that must stay whatever the pressure: the article being saved, and what it links to. */
export type Keep = (record: ArticleRecord) => boolean;

/**
 * Unpinned rows in order of last reading, oldest first, until `enough` says stop. Walks the
 * [pinned+lastReadAt] index, so pinned rows are never even read.
 */
async function oldestUnpinned(
  db: LedeDB,
  keep: Keep,
  enough: (count: number, bytes: number) => boolean,
): Promise<ArticleRecord[]> {
  const picked: ArticleRecord[] = [];
  let bytes = 0;
  await db.articles
    .where('[pinned+lastReadAt]')
    .between([0, Dexie.minKey], [0, Dexie.maxKey])
    .until(() => enough(picked.length, bytes))
    .each((record) => {
      if (keep(record)) return;
      picked.push(record);
      bytes += record.sizeBytes;
    });
  return picked;
}

function evicted(rows: readonly ArticleRecord[]): Evicted[] {
  return rows.map(({ id, title }) => ({ id, title }));
}

/**
 * Inside a save's transaction: while the cache is over its limits, evict the least recently read
 * unpinned articles. Pinned ones and kept ones stay even if that leaves the cache over its limit.
 */
export async function evictOverLimits(db: LedeDB, keep: Keep): Promise<Evicted[]> {
  const limits = await getSettings(db);
  const usage = await getUsage(db);
  const maxBytes = limitBytes(limits);
  if (usage.count <= limits.maxArticles && usage.bytes <= maxBytes) return [];
  const victims = await oldestUnpinned(
    db,
    keep,
    (count, bytes) => usage.count - count <= limits.maxArticles && usage.bytes - bytes <= maxBytes,
  );
  await dropArticles(db, victims);
  return evicted(victims);
}

/** After a quota failure: evict up to `count` least recently read unpinned articles. */
export async function evictOldest(db: LedeDB, count: number, keep: Keep): Promise<Evicted[]> {
  return db.transaction('rw', db.writeTables, async () => {
    const victims = await oldestUnpinned(db, keep, (picked) => picked >= count);
    await dropArticles(db, victims);
    return evicted(victims);
  });
}

/** Applies the limits now (e.g. after the user lowered them), returning what went. */
export async function enforceLimits(db: LedeDB): Promise<Evicted[]> {
  return db.transaction('rw', db.writeTables, async () => await evictOverLimits(db, () => false));
}

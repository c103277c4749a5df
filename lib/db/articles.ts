import { Dexie } from 'dexie';
import type { Article } from '../types';
import { type Incoming, placeArticle, prepareIncoming, type SaveStatus } from './dedupe';
import { CacheFullError, isQuotaError } from './errors';
import { type Evicted, evictOldest, evictOverLimits, type Keep } from './evict';
import { findRecord } from './lookup';
import {
  type ArticleRecord,
  type SavedArticleSummary,
  type StoredArticle,
  toSummary,
} from './records';
import type { LedeDB } from './schema';
import { forgetSearchIndex } from './search-state';
import { getUsage } from './usage';
import { dropArticles, putArticle } from './write';

export interface SaveResult {
  /** Where the article can be read back: its own id, or the article it is a repost of. */
  id: string;
  status: SaveStatus;
  /** Articles removed to make room, for the popup to tell the reader. */
  evicted: Evicted[];
}

/**
 * Quota retries: 2% of the cache, then 4%, then 8%. Each doubles the last so a real shortage is
 * met quickly; three stop it there, since a disk still full after that is full of something
 * else, and emptying the cache would not help.
 */
const QUOTA_ROUNDS = 3;

function keepFor(inc: Incoming): Keep {
  const urls = new Set(inc.urls);
  return (r) => urls.has(r.id) || r.contentHash === inc.hash || r.aliases.some((a) => urls.has(a));
}

/**
 * Keeps an article, deduped by canonical URL then by text, in one transaction with the limit
 * check, so an interrupted save leaves the old record or the new one. On a quota failure it
 * evicts the least recently read unpinned articles and tries again; never the one being saved.
 */
export async function saveArticle(
  db: LedeDB,
  article: Article,
  { now }: { now: string },
): Promise<SaveResult> {
  const inc = await prepareIncoming(article);
  const keep = keepFor(inc);
  const evicted: Evicted[] = [];
  for (let round = 0; ; round += 1) {
    try {
      const saved = await db.transaction('rw', db.writeTables, async () => {
        const placed = await placeArticle(db, inc, now);
        const over = await evictOverLimits(db, (r) => r.id === placed.id || keep(r));
        return { ...placed, evicted: over };
      });
      return { ...saved, evicted: [...evicted, ...saved.evicted] };
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      const freed = round < QUOTA_ROUNDS ? await makeRoom(db, round, keep) : [];
      if (freed.length === 0) {
        throw new CacheFullError(article.title, { cause: error, evicted });
      }
      evicted.push(...freed);
    }
  }
}

/**
 * Evicts a batch for the next round. On a disk that is full to the last byte even opening the
 * database or deleting rows can fail for quota: that is "nothing freed", not a new error.
 */
async function makeRoom(db: LedeDB, round: number, keep: Keep): Promise<Evicted[]> {
  try {
    const { count } = await getUsage(db);
    const batch = Math.max(1, Math.ceil(count / 50)) * 2 ** round;
    return await evictOldest(db, batch, keep);
  } catch (error) {
    if (isQuotaError(error)) return [];
    throw error;
  }
}

export async function getArticle(db: LedeDB, idOrUrl: string): Promise<StoredArticle | null> {
  return db.transaction('r', db.articles, db.bodies, async () => {
    const record = await findRecord(db, idOrUrl);
    const body = record && (await db.bodies.get(record.id));
    if (!record || !body) return null;
    return { ...record, html: body.html, text: body.text };
  });
}

/** The popup's data: reads the `articles` row only, never the body. */
export async function getArticleSummary(
  db: LedeDB,
  idOrUrl: string,
): Promise<SavedArticleSummary | null> {
  const record = await db.transaction('r', db.articles, async () => await findRecord(db, idOrUrl));
  return record ? toSummary(record) : null;
}

/** Most recently saved first. Pass the last item of a page as `before` to get the next page. */
export async function listArticles(
  db: LedeDB,
  { limit = 50, before }: { limit?: number; before?: { savedAt: string; id: string } } = {},
): Promise<SavedArticleSummary[]> {
  const index = db.articles.where('[savedAt+id]');
  const range = before
    ? index.below([before.savedAt, before.id])
    : index.between([Dexie.minKey, Dexie.minKey], [Dexie.maxKey, Dexie.maxKey]);
  const rows = await range.reverse().limit(limit).toArray();
  return rows.map(toSummary);
}

/** Applies `change` to one article's row; false when no article has that id or URL. */
async function updateRecord(
  db: LedeDB,
  idOrUrl: string,
  change: (record: ArticleRecord) => ArticleRecord | null,
): Promise<boolean> {
  return db.transaction('rw', db.writeTables, async () => {
    const record = await findRecord(db, idOrUrl);
    if (!record) return false;
    const next = change(record);
    if (next) await putArticle(db, next, null, record);
    else await dropArticles(db, [record]);
    return true;
  });
}

export function deleteArticle(db: LedeDB, idOrUrl: string): Promise<boolean> {
  return updateRecord(db, idOrUrl, () => null);
}

/** Pinned articles are never evicted. */
export function setPinned(db: LedeDB, idOrUrl: string, pinned: boolean): Promise<boolean> {
  return updateRecord(db, idOrUrl, (r) => ({ ...r, pinned: pinned ? 1 : 0 }));
}

/** Reading an article moves it to the back of the eviction queue. */
export function markRead(db: LedeDB, idOrUrl: string, { now }: { now: string }): Promise<boolean> {
  return updateRecord(db, idOrUrl, (r) => ({
    ...r,
    lastReadAt: now > r.lastReadAt ? now : r.lastReadAt,
  }));
}

/** Empties every table: articles, bodies, stories, coverage, settings, kv, the search log. */
export async function clearAll(db: LedeDB): Promise<void> {
  forgetSearchIndex(db); // first, so a snapshot being written cannot land after the clear
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
}

import type { Article } from '../types';
import { contentHash, isDedupable, urlKey } from './normalise';
import type { ArticleRecord, BodyRecord } from './records';
import type { LedeDB } from './schema';
import { putArticle } from './write';

export type SaveStatus = 'new' | 'updated' | 'unchanged' | 'alias';

/** An article ready to place: keys and hash computed before the transaction (Web Crypto is
 * not IndexedDB, and awaiting it inside a Dexie transaction would commit it early). */
export interface Incoming {
  id: string;
  /** Every URL this save was reached by: the canonical id first, then the page URL. */
  urls: string[];
  hash: string;
  dedupable: boolean;
  article: Article;
}

export async function prepareIncoming(article: Article): Promise<Incoming> {
  const id = urlKey(article.canonicalUrl || article.url);
  const urls = [...new Set([id, urlKey(article.url)])];
  const hash = await contentHash(article.text);
  return { id, urls, hash, dedupable: isDedupable(article.text), article };
}

export interface Placed {
  id: string;
  status: SaveStatus;
}

function union(base: readonly string[], more: readonly string[], except: string): string[] {
  return [...new Set([...base, ...more])].filter((url) => url !== except);
}

function later(a: string, b: string): string {
  return a > b ? a : b;
}

/** An article in coverage already stored belongs to that coverage's story. */
async function storyFor(db: LedeDB, urls: readonly string[]): Promise<string | null> {
  const row = await db.coverage.where('url').anyOf(urls).first();
  return row?.storyId ?? null;
}

function rows(inc: Incoming, meta: Omit<ArticleRecord, keyof Article | 'id' | 'contentHash'>) {
  const { html, text, ...fields } = inc.article;
  const record: ArticleRecord = { ...fields, ...meta, id: inc.id, contentHash: inc.hash };
  const body: BodyRecord = { id: inc.id, html, text };
  return { record, body };
}

/** Same text again: remember the URLs it came by and that it was read now; nothing else. */
async function touch(
  db: LedeDB,
  old: ArticleRecord,
  inc: Incoming,
  now: string,
  status: SaveStatus,
) {
  const aliases = union(old.aliases, inc.urls, old.id);
  await putArticle(db, { ...old, aliases, lastReadAt: later(old.lastReadAt, now) }, null, old);
  return { id: old.id, status };
}

/**
 * Decides where an article goes and writes it. Inside a transaction over db.writeTables.
 * Order: same canonical URL (unchanged or updated), then a URL already known as an alias, then
 * the same text under another URL (a repost: recorded as an alias), else a new article.
 */
export async function placeArticle(db: LedeDB, inc: Incoming, now: string): Promise<Placed> {
  const existing = await db.articles.get(inc.id);
  if (existing?.contentHash === inc.hash) return touch(db, existing, inc, now, 'unchanged');
  if (existing) {
    const { record, body } = rows(inc, {
      savedAt: existing.savedAt,
      updatedAt: now,
      changes: [...existing.changes, now],
      lastReadAt: later(existing.lastReadAt, now),
      pinned: existing.pinned,
      aliases: union(existing.aliases, inc.urls, inc.id),
      sizeBytes: 0,
      storyId: existing.storyId ?? (await storyFor(db, inc.urls)),
    });
    await putArticle(db, record, body, existing);
    return { id: inc.id, status: 'updated' };
  }
  const owner = await db.articles.where('aliases').equals(inc.id).first();
  if (owner?.contentHash === inc.hash) return touch(db, owner, inc, now, 'alias');
  if (owner) {
    // The page this alias names now says something else: it becomes an article of its own.
    const aliases = owner.aliases.filter((url) => url !== inc.id);
    await putArticle(db, { ...owner, aliases }, null, owner);
  }
  if (inc.dedupable) {
    const twin = await db.articles.where('contentHash').equals(inc.hash).first();
    if (twin) return touch(db, twin, inc, now, 'alias');
  }
  const { record, body } = rows(inc, {
    savedAt: now,
    updatedAt: now,
    changes: [],
    lastReadAt: now,
    pinned: 0,
    aliases: inc.urls.filter((url) => url !== inc.id),
    sizeBytes: 0,
    storyId: await storyFor(db, inc.urls),
  });
  await putArticle(db, record, body, undefined);
  return { id: inc.id, status: 'new' };
}

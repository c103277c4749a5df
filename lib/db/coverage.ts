import type { CoverageItem } from '../types';
import { findRecord } from './lookup';
import { sha256Hex, urlKey } from './normalise';
import type { CoverageRecord, StoryRecord } from './records';
import type { LedeDB } from './schema';
import { putArticle } from './write';

// Stories seen on aggregator pages and each outlet's report of them. The grouping itself is
// lib/coverage's; this file only keeps what it found.

function itemKey(item: CoverageItem): string {
  if (item.url) return urlKey(item.url);
  return `${item.outlet}|${item.headline}`.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Stored articles named in a story's coverage join that story, unless already in one. */
async function linkArticles(db: LedeDB, urls: readonly string[], storyId: string): Promise<void> {
  for (const url of urls) {
    const record = await findRecord(db, url);
    if (record && record.storyId === null) {
      await putArticle(db, { ...record, storyId }, null, record);
    }
  }
}

/**
 * Keeps an aggregator page's story and its outlets. The same page visited again updates its rows
 * (one row per item, keyed by the item's URL); a new page whose items are already in a story
 * joins that story. Returns the story's id.
 */
export async function saveCoverage(
  db: LedeDB,
  storyTitle: string,
  items: readonly CoverageItem[],
  { pageUrl, now }: { pageUrl: string; now: string },
): Promise<string> {
  const seenOn = urlKey(pageUrl);
  const urls = items.flatMap((item) => (item.url ? [urlKey(item.url)] : []));
  const freshId = `story:${(await sha256Hex(seenOn)).slice(0, 20)}`;
  return db.transaction('rw', db.stories, db.coverage, db.articles, db.kv, async () => {
    const fromPage = await db.coverage.where('seenOn').equals(seenOn).first();
    const fromItems = urls.length ? await db.coverage.where('url').anyOf(urls).first() : undefined;
    const storyId = fromPage?.storyId ?? fromItems?.storyId ?? freshId;
    const story = await db.stories.get(storyId);
    await db.stories.put({
      id: storyId,
      title: storyTitle.trim() || story?.title || '',
      createdAt: story?.createdAt ?? now,
    });
    const rows: CoverageRecord[] = items.map((item) => ({
      ...item,
      url: item.url ? urlKey(item.url) : null,
      id: `${storyId} ${itemKey(item)}`,
      storyId,
      seenOn,
      seenAt: now,
    }));
    await db.coverage.bulkPut(rows);
    await linkArticles(db, urls, storyId);
    return storyId;
  });
}

/** Every outlet's report of a story, earliest first (undated ones last). */
export async function coverageForStory(db: LedeDB, storyId: string): Promise<CoverageRecord[]> {
  const rows = await db.coverage.where('storyId').equals(storyId).toArray();
  return rows.sort(
    (a, b) =>
      (a.time === null ? 1 : 0) - (b.time === null ? 1 : 0) ||
      (a.time ?? '').localeCompare(b.time ?? '') ||
      a.outlet.localeCompare(b.outlet),
  );
}

export function getStory(db: LedeDB, storyId: string): Promise<StoryRecord | undefined> {
  return db.stories.get(storyId);
}

/** The story a URL belongs to: listed in stored coverage, or a stored article linked to one. */
export async function storyForUrl(db: LedeDB, url: string): Promise<StoryRecord | null> {
  return db.transaction('r', db.coverage, db.articles, db.stories, async () => {
    const key = urlKey(url);
    const row = await db.coverage.where('url').equals(key).first();
    const storyId = row?.storyId ?? (await findRecord(db, key))?.storyId ?? null;
    return storyId ? ((await db.stories.get(storyId)) ?? null) : null;
  });
}

/** Links (or with null, unlinks) an article to a story; false when no such article. */
export async function setArticleStory(
  db: LedeDB,
  articleId: string,
  storyId: string | null,
): Promise<boolean> {
  return db.transaction('rw', db.articles, db.kv, async () => {
    const record = await findRecord(db, articleId);
    if (!record) return false;
    await putArticle(db, { ...record, storyId }, null, record);
    return true;
  });
}

/** Cached articles attached to any of these stories (storyId index), at most `limit`. */
export async function articlesInStories(
  db: LedeDB,
  storyIds: string[],
  limit: number,
): Promise<Array<{ id: string }>> {
  if (storyIds.length === 0) return [];
  const rows = await db.articles.where('storyId').anyOf(storyIds).limit(limit).toArray();
  return rows.map((row) => ({ id: row.id }));
}

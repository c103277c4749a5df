import type { Article, CoverageItem, Dateline, Removed } from '../types';

// The rows the cache stores. All plain JSON data, so an export is the rows themselves and a row
// can cross a message port unchanged.

/** An article as the cache returns it: the cleaned article plus what the cache knows about it. */
export type StoredArticle = Article & {
  /** The canonical URL, normalised by urlKey(): the primary key. */
  id: string;
  /** SHA-256 (hex) of the normalised text: the same wire copy at another URL has the same hash. */
  contentHash: string;
  savedAt: string;
  /** When the text last changed (equals savedAt until it does). */
  updatedAt: string;
  /** ISO times at which a re-save found different text, oldest first. */
  changes: string[];
  lastReadAt: string;
  /** 0|1 rather than a boolean: IndexedDB cannot index booleans, and eviction walks this index. */
  pinned: 0 | 1;
  /** Other URLs (normalised) that showed the same text, or the page URL when canonical differs. */
  aliases: string[];
  /** Bytes this article occupies in storage (UTF-8 of its row and its body). */
  sizeBytes: number;
  storyId: string | null;
};

/** The `articles` row since version 2: everything but the body, so lists stay light. */
export type ArticleRecord = Omit<StoredArticle, 'html' | 'text'>;

/** The `bodies` row: the heavy part of an article, read only when the article is opened. */
export interface BodyRecord {
  id: string;
  html: string;
  text: string;
}

/** Version 1's `articles` row: whole articles, pinned as a boolean (not indexable). */
export type ArticleRecordV1 = Omit<StoredArticle, 'pinned'> & { pinned: boolean };

export interface StoryRecord {
  id: string;
  title: string;
  createdAt: string;
}

export interface CoverageRecord extends CoverageItem {
  /** `${storyId} ${item key}`: the same item seen again overwrites its row. */
  id: string;
  storyId: string;
  /** The aggregator page (normalised URL) the item was listed on. */
  seenOn: string;
  seenAt: string;
}

export interface KvRecord {
  key: string;
  value: unknown;
}

export interface SettingsRecord {
  id: 'limits';
  maxArticles: number;
  maxMegabytes: number;
}

/** One row per article write, so a search index in memory can catch up with the database. */
export interface SearchLogRecord {
  seq: number;
  docId: string;
}

/** The popup's data for one article, read without touching its body. */
export interface SavedArticleSummary {
  id: string;
  url: string;
  title: string;
  siteName: string | null;
  byline: string | null;
  wordCount: number;
  readingMinutes: number;
  publishedAt: string | null;
  dateline: Dateline | null;
  removed: Removed[];
  removedCount: number;
  savedAt: string;
  lastReadAt: string;
  pinned: boolean;
  storyId: string | null;
}

export function toSummary(record: ArticleRecord): SavedArticleSummary {
  return {
    id: record.id,
    url: record.url,
    title: record.title,
    siteName: record.siteName,
    byline: record.byline,
    wordCount: record.wordCount,
    readingMinutes: record.readingMinutes,
    publishedAt: record.publishedAt,
    dateline: record.dateline,
    removed: record.removed,
    removedCount: record.removed.length,
    savedAt: record.savedAt,
    lastReadAt: record.lastReadAt,
    pinned: record.pinned === 1,
    storyId: record.storyId,
  };
}

/** Splits a stored article into its two rows. */
export function splitArticle(article: StoredArticle): { meta: ArticleRecord; body: BodyRecord } {
  const { html, text, ...meta } = article;
  return { meta, body: { id: article.id, html, text } };
}

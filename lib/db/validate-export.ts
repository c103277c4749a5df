import { CacheImportError } from './errors';
import type { CoverageRecord, StoredArticle, StoryRecord } from './records';
import type { Limits } from './settings';

// Checks an import file field by field before anything is written, and says where it is wrong.
// Fields it does not know are kept: a newer Lede may have added them.

export const EXPORT_FORMAT = 'lede-cache';
export const EXPORT_VERSION = 1;

/** A whole cache as one JSON document. */
export interface CacheExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string | null;
  settings: Limits | null;
  articles: StoredArticle[];
  stories: StoryRecord[];
  coverage: CoverageRecord[];
}

type Check = (value: unknown, path: string) => void;

function fail(path: string, expected: string): never {
  throw new CacheImportError(`Not a Lede cache export: ${path} should be ${expected}.`);
}

const str: Check = (v, p) => typeof v === 'string' || fail(p, 'a string');
const num: Check = (v, p) => (typeof v === 'number' && Number.isFinite(v)) || fail(p, 'a number');
const nullable =
  (check: Check): Check =>
  (v, p) =>
    v === null || check(v, p);
const oneOf =
  (...allowed: unknown[]): Check =>
  (v, p) =>
    allowed.includes(v) || fail(p, `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
const list =
  (check: Check): Check =>
  (v, p) => {
    if (!Array.isArray(v)) fail(p, 'a list');
    v.forEach((item, i) => {
      check(item, `${p}[${i}]`);
    });
  };
const shape =
  (fields: Record<string, Check>): Check =>
  (v, p) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(p, 'an object');
    const record = v as Record<string, unknown>;
    for (const [name, check] of Object.entries(fields)) check(record[name], `${p}.${name}`);
  };

const sn = nullable(str);
const dateline = nullable(shape({ place: sn, date: sn, agency: sn, raw: str }));

const article = shape({
  id: str,
  url: str,
  canonicalUrl: str,
  title: str,
  byline: sn,
  siteName: sn,
  lang: sn,
  publishedAt: sn,
  leadImage: sn,
  excerpt: sn,
  html: str,
  text: str,
  wordCount: num,
  readingMinutes: num,
  dateline,
  removed: list(shape({ kind: str, text: str })),
  extractedAt: str,
  contentHash: str,
  savedAt: str,
  updatedAt: str,
  changes: list(str),
  lastReadAt: str,
  pinned: oneOf(0, 1),
  aliases: list(str),
  sizeBytes: num,
  storyId: sn,
});

const story = shape({ id: str, title: str, createdAt: str });

const coverage = shape({
  id: str,
  storyId: str,
  outlet: str,
  headline: str,
  url: sn,
  dateline,
  snippet: str,
  time: sn,
  seenOn: str,
  seenAt: str,
});

const cacheExport = shape({
  format: oneOf(EXPORT_FORMAT),
  version: oneOf(EXPORT_VERSION),
  exportedAt: sn,
  settings: nullable(shape({ maxArticles: num, maxMegabytes: num })),
  articles: list(article),
  stories: list(story),
  coverage: list(coverage),
});

/** The data as a CacheExport, or a CacheImportError naming the first field that is wrong. */
export function validateExport(data: unknown): CacheExport {
  cacheExport(data, 'export');
  return data as CacheExport;
}

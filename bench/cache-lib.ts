// The article-cache benchmark's generator and measurements, free of Node APIs so the same code
// can later run inside Chromium against real IndexedDB (bench/cache.ts is the Node runner).

import { getArticleSummary, saveArticle } from '../lib/db/articles';
import type { LedeDB } from '../lib/db/schema';
import {
  currentIndex,
  forgetSearchIndex,
  openSearchIndex,
  persistSearchIndex,
  SEARCH_SNAPSHOT_KEY,
  searchArticles,
  searchIndexIdle,
} from '../lib/db/search';
import { processTerm } from '../lib/db/search-index';
import type { Article } from '../lib/types';

/** One row of the same-story headline data (uci-news-dev.jsonl). */
export interface HeadlineRow {
  title: string;
  publisher: string;
  hostname: string;
  story_id: string;
  published: string;
}

/** Deterministic pseudo-random numbers (mulberry32): the same seed, the same articles. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER = (
  'officials said the decision followed weeks of talks between ministers regulators and ' +
  'industry groups who warned that costs would rise sharply unless the plan changed before ' +
  'the deadline analysts expect markets to react when trading resumes on monday'
).split(' ');

/** Sentences to build bodies from when no headline data is available. */
export function generatedRows(count: number, random: () => number): HeadlineRow[] {
  return Array.from({ length: count }, (_, i) => {
    const words = Array.from({ length: 8 + Math.floor(random() * 6) }, () => {
      return FILLER[Math.floor(random() * FILLER.length)] ?? 'news';
    });
    return {
      title: `${words.join(' ')} ${i}`,
      publisher: `Outlet ${i % 40}`,
      hostname: `outlet-${i % 40}.example`,
      story_id: `s${i % 50}`,
      published: '2014-03-10T00:00:00Z',
    };
  });
}

const pick = <T>(list: readonly T[], random: () => number): T => {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};

/**
 * `count` articles of 600-1,200 words: a headline from the data, a body assembled from
 * headlines of the same story (most sentences), of other stories and of fixture paragraphs.
 * About 3% are reposts of an earlier article's text at another URL, as wire copy is.
 */
export function generateArticles(
  count: number,
  rows: readonly HeadlineRow[],
  fixtureSentences: readonly string[],
  seed = 1,
): Article[] {
  const random = rng(seed);
  const byStory = new Map<string, HeadlineRow[]>();
  for (const row of rows) byStory.set(row.story_id, [...(byStory.get(row.story_id) ?? []), row]);
  const articles: Article[] = [];
  for (let i = 0; i < count; i += 1) {
    const head = rows[i % rows.length] ?? pick(rows, random);
    const slug = head.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 60);
    const url = `https://${head.hostname}/${i}/${slug}`;
    const earlier = articles[Math.floor(random() * articles.length)];
    if (earlier && random() < 0.03) {
      articles.push({ ...earlier, url, canonicalUrl: url, siteName: head.publisher });
      continue;
    }
    const target = 600 + Math.floor(random() * 601);
    const story = byStory.get(head.story_id) ?? [head];
    const sentences: string[] = [];
    let words = 0;
    while (words < target) {
      const r = random();
      const sentence =
        r < 0.7 || fixtureSentences.length === 0
          ? `${pick(r < 0.55 ? story : rows, random).title}.`
          : pick(fixtureSentences, random);
      sentences.push(sentence);
      words += sentence.split(/\s+/).length;
    }
    const paragraphs: string[] = [];
    for (let s = 0; s < sentences.length; s += 4)
      paragraphs.push(sentences.slice(s, s + 4).join(' '));
    const text = paragraphs.join('\n');
    articles.push({
      url,
      canonicalUrl: url,
      title: head.title,
      byline: random() < 0.6 ? `Reporter ${Math.floor(random() * 300)}` : null,
      siteName: head.publisher,
      lang: 'en',
      publishedAt: head.published,
      leadImage: null,
      excerpt: paragraphs[0]?.slice(0, 200) ?? null,
      html: paragraphs.map((p) => `<p>${p}</p>`).join('\n'),
      text,
      wordCount: words,
      readingMinutes: Math.ceil(words / 230),
      dateline: null,
      removed: [{ kind: 'share-bar', text: 'Share this article' }],
      extractedAt: head.published,
    });
  }
  return articles;
}

/** Queries people type: two headline words, a word being typed, a typo, an outlet name. */
export function makeQueries(articles: readonly Article[], count: number, seed = 2): string[] {
  const random = rng(seed);
  const queries: string[] = [];
  while (queries.length < count) {
    const article = pick(articles, random);
    const words = article.title
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => processTerm(w) && w.length > 3);
    const a = words.length ? pick(words, random) : 'market';
    const b = words.length ? pick(words, random) : 'rates';
    const kind = queries.length % 4;
    if (kind === 0) queries.push(`${a} ${b}`);
    else if (kind === 1) queries.push(`${a} ${b.slice(0, Math.max(2, Math.ceil(b.length / 2)))}`);
    else if (kind === 2) queries.push(a.length > 5 ? `${a.slice(0, 2)}${a.slice(3)}` : `${a} ${b}`);
    else queries.push(article.siteName ?? a);
  }
  return queries;
}

export interface Timings {
  median: number;
  p95: number;
  count: number;
}

export function summarise(ms: readonly number[]): Timings {
  const sorted = [...ms].sort((x, y) => x - y);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), count: sorted.length };
}

async function timeEach<T>(items: readonly T[], run: (item: T) => Promise<unknown>) {
  const ms: number[] = [];
  for (const item of items) {
    const start = performance.now();
    await run(item);
    ms.push(performance.now() - start);
  }
  return ms;
}

/** Saves every article in turn (a new transaction each, as the worker does). */
export async function measureSaves(db: LedeDB, articles: readonly Article[]) {
  const base = Date.parse('2024-01-01T00:00:00Z');
  const statuses: Record<string, number> = {};
  let evicted = 0;
  const start = performance.now();
  for (const [i, article] of articles.entries()) {
    const now = new Date(base + i * 1000).toISOString();
    const result = await saveArticle(db, article, { now });
    statuses[result.status] = (statuses[result.status] ?? 0) + 1;
    evicted += result.evicted.length;
  }
  const seconds = (performance.now() - start) / 1000;
  return { perSecond: articles.length / seconds, seconds, statuses, evicted };
}

export async function measureSummaries(db: LedeDB, ids: readonly string[]): Promise<Timings> {
  return summarise(await timeEach(ids, (id) => getArticleSummary(db, id)));
}

/**
 * Cold starts of the search index: rebuilding from rows vs loading the stored snapshot.
 * `heapUsed`, when given, should collect garbage first: the index's own memory is then measured.
 */
export async function measureColdStart(db: LedeDB, heapUsed?: () => number) {
  let start = performance.now();
  const rebuilt = await openSearchIndex(db, { rebuild: true });
  const rebuildMs = performance.now() - start;
  forgetSearchIndex(db);
  await currentIndex(db); // first load writes the snapshot (in the background) if there is none
  await searchIndexIdle(db);
  start = performance.now();
  const persisted = await persistSearchIndex(db);
  const persistMs = performance.now() - start;
  forgetSearchIndex(db);
  const heapBefore = heapUsed?.() ?? 0;
  start = performance.now();
  const loaded = await currentIndex(db);
  const snapshotMs = performance.now() - start;
  const indexHeapBytes = heapUsed ? heapUsed() - heapBefore : null;
  return {
    indexHeapBytes,
    rebuildMs,
    snapshotMs,
    persistMs,
    snapshotBytes: persisted?.bytes ?? 0,
    source: loaded.source,
    documents: rebuilt.mini.documentCount,
  };
}

export async function measureSearch(db: LedeDB, queries: readonly string[]) {
  let empty = 0;
  const ms = await timeEach(queries, async (q) => {
    if ((await searchArticles(db, q)).length === 0) empty += 1;
  });
  // The tail by name: slow because of the query (the same kind every time) or of the machine.
  const slowest = queries
    .map((q, i) => ({ q, ms: ms[i] ?? 0 }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5)
    .map(({ q, ms }) => `"${q}" ${ms.toFixed(0)} ms`)
    .join(', ');
  return { ...summarise(ms), empty, slowest };
}

/** Bytes of stored JSON: article rows plus bodies, and the search snapshot on its own. */
export async function measureStorage(db: LedeDB) {
  const size = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
  let rows = 0;
  let bytes = 0;
  await db.articles.each((row) => {
    rows += 1;
    bytes += size(row);
  });
  await db.bodies.each((row) => {
    bytes += size(row);
  });
  const snapshot = (await db.kv.get(SEARCH_SNAPSHOT_KEY))?.value;
  return { rows, bytesPerArticle: bytes / Math.max(1, rows), snapshotBytes: size(snapshot ?? '') };
}

// The article cache at scale, in Node over fake-indexeddb: `npx tsx bench/cache.ts`.
// LEDE_STORIES overrides the headline data; LEDE_BENCH_COUNT the number of articles (10,000).
// fake-indexeddb is an in-memory JavaScript implementation: absolute times differ from Chrome's
// IndexedDB (which writes to disk); the relative costs and the index numbers carry over.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { parseHtml } from '../cli/dom';
import { LedeDB } from '../lib/db/schema';
import { setSettings } from '../lib/db/settings';
import {
  generateArticles,
  generatedRows,
  type HeadlineRow,
  makeQueries,
  measureColdStart,
  measureSaves,
  measureSearch,
  measureStorage,
  measureSummaries,
  rng,
} from './cache-lib';

const root = resolve(import.meta.dirname, '..');
const storiesPath = process.env.LEDE_STORIES ?? '/work/shared/data/stories/uci-news-dev.jsonl';
const count = Number(process.env.LEDE_BENCH_COUNT ?? 10_000);

function loadRows(): { rows: HeadlineRow[]; source: string } {
  if (!existsSync(storiesPath)) {
    console.log(`No headline data at ${storiesPath}: bodies are generated text instead.`);
    return { rows: generatedRows(2000, rng(3)), source: 'generated text (no headline data)' };
  }
  const rows = readFileSync(storiesPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as HeadlineRow);
  return { rows, source: `${rows.length} headlines from ${storiesPath}` };
}

function fixtureSentences(): { sentences: string[]; files: number } {
  const dir = resolve(root, 'tests/fixtures');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')) : [];
  const sentences = files.flatMap((file) => {
    const doc = parseHtml(
      readFileSync(resolve(dir, file), 'utf8'),
      `https://fixture.example/${file}`,
    );
    return [...doc.querySelectorAll('p')]
      .flatMap((p) => (p.textContent ?? '').replace(/\s+/g, ' ').split(/(?<=[.!?])\s+/))
      .filter((s) => s.split(' ').length >= 6);
  });
  return { sentences, files: files.length };
}

/** heapUsed after a full collection, to weigh the search index alone. */
function collectedHeap(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;

async function main() {
  const { rows, source } = loadRows();
  const fixtures = fixtureSentences();
  const articles = generateArticles(count, rows, fixtures.sentences);
  const words = articles.reduce((sum, a) => sum + a.wordCount, 0) / articles.length;
  const db = new LedeDB(`lede-bench-${Date.now()}`, { indexedDB, IDBKeyRange });
  await db.open();
  // Limits high enough that nothing is evicted: this measures a cache holding all of them.
  await setSettings(db, { maxArticles: count * 2, maxMegabytes: 100_000 });

  const saves = await measureSaves(db, articles);
  const cold = await measureColdStart(db, collectedHeap);
  const random = rng(4);
  const ids = Array.from({ length: 500 }, () => articles[Math.floor(random() * count)]?.url ?? '');
  const summaries = await measureSummaries(db, ids);
  const queries = makeQueries(articles, 400);
  const search = await measureSearch(db, queries);
  const storage = await measureStorage(db);
  const memory = process.memoryUsage();

  console.log(`\nArticle cache, ${count} articles (${words.toFixed(0)} words on average)`);
  console.log(
    `Bodies from ${source}; ${fixtures.sentences.length} sentences from ${fixtures.files} fixtures.\n`,
  );
  const table: Array<[string, string]> = [
    ['save throughput', `${saves.perSecond.toFixed(0)} articles/s (${saves.seconds.toFixed(1)} s)`],
    [
      'save outcomes',
      `${Object.entries(saves.statuses)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}; evicted ${saves.evicted}`,
    ],
    [
      'popup summary (getArticleSummary)',
      `median ${ms(summaries.median)}, p95 ${ms(summaries.p95)} (n=${summaries.count})`,
    ],
    [
      'search latency',
      `median ${ms(search.median)}, p95 ${ms(search.p95)} (n=${search.count}, ${search.empty} empty)`,
    ],
    ['slowest searches', search.slowest],
    [
      'stored JSON per article',
      `${(storage.bytesPerArticle / 1024).toFixed(1)} kB (rows + bodies, ${storage.rows} articles)`,
    ],
    ['search snapshot', `${mb(storage.snapshotBytes)} (${cold.documents} documents)`],
    ['index cold start: load snapshot + log', ms(cold.snapshotMs)],
    ['index cold start: rebuild from rows', ms(cold.rebuildMs)],
    ['write snapshot', ms(cold.persistMs)],
    ['search index in memory', mb(cold.indexHeapBytes ?? 0)],
    [
      "process memory (all rows live in fake-indexeddb's heap)",
      `heapUsed ${mb(memory.heapUsed)}, rss ${mb(memory.rss)}`,
    ],
  ];
  console.log('| measure | value |\n| --- | --- |');
  for (const [name, value] of table) console.log(`| ${name} | ${value} |`);
  db.close();
}

await main();

// The article cache at scale inside real Chromium: `npx tsx bench/cache-chromium.ts`.
// The same generator and measurements as bench/cache.ts (bench/cache-lib.ts), bundled with
// lib/db for the browser, served from 127.0.0.1 and run in headless Chromium against its own
// IndexedDB, which writes to disk as the extension's does. LEDE_BENCH_COUNT sets the number of
// articles (10,000), LEDE_STORIES the headline data, CHROMIUM_PATH the browser.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { parseHtml } from '../cli/dom';
import { generatedRows, type HeadlineRow, rng } from './cache-lib';

const root = resolve(import.meta.dirname, '..');
const storiesPath = process.env.LEDE_STORIES ?? '/work/shared/data/stories/uci-news-dev.jsonl';
const count = Number(process.env.LEDE_BENCH_COUNT ?? 10_000);
const popupTargetMs = 20;
const searchTargetMs = 50;

// What runs in the page: cache-lib's functions over a LedeDB on Chromium's IndexedDB.
const pageSource = `
import { LedeDB } from './lib/db/schema';
import { setSettings } from './lib/db/settings';
import * as lib from './bench/cache-lib';
import { currentIndex, forgetSearchIndex } from './lib/db/search';
import { runQuery } from './lib/db/search-index';

let db;
let articles = [];
let ids = [];
let queries = [];
const heapUsed = () => {
  globalThis.gc?.();
  return performance.memory?.usedJSHeapSize ?? 0;
};
globalThis.bench = {
  async setup(rows, sentences, count) {
    db = new LedeDB('lede-bench');
    await db.open();
    await setSettings(db, { maxArticles: count * 2, maxMegabytes: 100000 });
    articles = lib.generateArticles(count, rows, sentences);
    return articles.reduce((sum, a) => sum + a.wordCount, 0) / articles.length;
  },
  async saves() {
    const result = await lib.measureSaves(db, articles);
    const random = lib.rng(4);
    ids = Array.from({ length: 500 }, () => articles[Math.floor(random() * articles.length)].url);
    queries = lib.makeQueries(articles, 400);
    // From here on the page holds what the library page would: the database, not the articles.
    articles = [];
    return result;
  },
  cold: () => lib.measureColdStart(db),
  // For weighing the index from outside (CDP): dropped, then loaded again from its snapshot.
  dropIndex: async () => forgetSearchIndex(db),
  loadIndex: async () => (await currentIndex(db)).mini.documentCount,
  summaries: () => lib.measureSummaries(db, ids),
  search: () => lib.measureSearch(db, queries),
  // Where the time goes, by the kind of query makeQueries writes (every 4th is of one kind):
  // the whole search; the index lookup alone; the check that the index is current (one
  // IndexedDB transaction, paid by every query).
  async searchKinds() {
    const kinds = ['two words', 'word + prefix', 'typo', 'outlet name'];
    const out = [];
    for (const [k, kind] of kinds.entries()) {
      const mine = queries.filter((_, i) => i % 4 === k);
      const whole = await lib.measureSearch(db, mine);
      const lookup = [];
      const check = [];
      for (const q of mine) {
        let start = performance.now();
        const { mini } = await currentIndex(db);
        check.push(performance.now() - start);
        start = performance.now();
        runQuery(mini, q);
        lookup.push(performance.now() - start);
      }
      out.push({ kind, whole, index: lib.summarise(lookup), check: lib.summarise(check) });
    }
    return out;
  },
  async storage() {
    const stored = await lib.measureStorage(db);
    const estimate = await navigator.storage.estimate();
    return { ...stored, originBytes: estimate.usage ?? 0, heapBytes: heapUsed() };
  },
};
`;

// Chromium's flags as in tests/e2e/harness.ts, plus what lets the page weigh its own heap.
const flags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];

function loadRows(): { rows: HeadlineRow[]; source: string } {
  if (!existsSync(storiesPath)) {
    return { rows: generatedRows(2000, rng(3)), source: 'generated text (no headline data)' };
  }
  const rows = readFileSync(storiesPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as HeadlineRow);
  return { rows, source: `${rows.length} headlines from ${storiesPath}` };
}

function fixtureSentences(): string[] {
  const dir = resolve(root, 'tests/fixtures');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')) : [];
  return files.flatMap((file) => {
    const doc = parseHtml(readFileSync(resolve(dir, file), 'utf8'), `https://x.example/${file}`);
    return [...doc.querySelectorAll('p')]
      .flatMap((p) => (p.textContent ?? '').replace(/\s+/g, ' ').split(/(?<=[.!?])\s+/))
      .filter((s) => s.split(' ').length >= 6);
  });
}

async function bundle(): Promise<string> {
  const out = await build({
    stdin: { contents: pageSource, resolveDir: root, sourcefile: 'cache-chromium-page.js' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'error',
  });
  return out.outputFiles[0]?.text ?? '';
}

/** One page and its script, on 127.0.0.1 only; closed when the run ends. */
async function serve(script: string) {
  const page =
    '<!doctype html><meta charset="utf-8"><title>cache bench</title><script src="/bench.js"></script>';
  const server = createServer((req, res) => {
    if (req.url === '/bench.js')
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;
const verdict = (value: number, target: number) => (value < target ? 'meets' : 'MISSES');

async function main() {
  const loadBefore = loadavg()[0] ?? 0;
  const { rows, source } = loadRows();
  const sentences = fixtureSentences();
  const server = await serve(await bundle());
  // A profile on disk: an in-memory (incognito) one would not measure IndexedDB's real writes.
  const profile = mkdtempSync(join(tmpdir(), 'lede-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: flags,
  });
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    type Bench = Record<string, (...args: unknown[]) => Promise<never>>;
    const run = <T>(step: string, ...args: unknown[]) => {
      console.error(`… ${step}`);
      return page.evaluate(
        ([name, rest]) =>
          (globalThis as unknown as { bench: Bench }).bench[name as string]?.(
            ...(rest as unknown[]),
          ),
        [step, args] as const,
      ) as Promise<T>;
    };
    const words = await run<number>('setup', rows, sentences, count);
    const saves = await run<{
      perSecond: number;
      seconds: number;
      statuses: Record<string, number>;
    }>('saves');
    const cold = await run<{
      rebuildMs: number;
      snapshotMs: number;
      persistMs: number;
      snapshotBytes: number;
      documents: number;
    }>('cold');
    const cdp = await context.newCDPSession(page);
    const heapUsed = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    };
    await run('dropIndex');
    const heapWithout = await heapUsed();
    await run('loadIndex');
    const indexHeapBytes = (await heapUsed()) - heapWithout;
    const summaries = await run<{ median: number; p95: number; count: number }>('summaries');
    const search = await run<{
      median: number;
      p95: number;
      count: number;
      empty: number;
      slowest: string;
    }>('search');
    type Split = { median: number; p95: number };
    const kinds =
      await run<Array<{ kind: string; whole: Split; index: Split; check: Split }>>('searchKinds');
    const storage = await run<{
      rows: number;
      bytesPerArticle: number;
      snapshotBytes: number;
      originBytes: number;
      heapBytes: number;
    }>('storage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as {
      usedSize: number;
      totalSize: number;
    };

    console.log(
      `\nArticle cache in Chromium ${context.browser()?.version() ?? ''} IndexedDB, ${count} articles (${words.toFixed(0)} words on average)`,
    );
    console.log(`Bodies from ${source}; ${sentences.length} fixture sentences.\n`);
    const table: Array<[string, string]> = [
      [
        'save throughput',
        `${saves.perSecond.toFixed(0)} articles/s (${saves.seconds.toFixed(1)} s)`,
      ],
      [
        'save outcomes',
        Object.entries(saves.statuses)
          .map(([k, v]) => `${k} ${v}`)
          .join(', '),
      ],
      [
        'popup data (getArticleSummary)',
        `median ${ms(summaries.median)}, p95 ${ms(summaries.p95)} (n=${summaries.count}); ${verdict(summaries.p95, popupTargetMs)} the ${popupTargetMs} ms target`,
      ],
      [
        'search latency',
        `median ${ms(search.median)}, p95 ${ms(search.p95)} (n=${search.count}, ${search.empty} empty); ${verdict(search.p95, searchTargetMs)} the ${searchTargetMs} ms target`,
      ],
      ['slowest searches', search.slowest],
      [
        'DB size per article (storage.estimate)',
        `${(storage.originBytes / Math.max(1, storage.rows) / 1024).toFixed(1)} kB (${mb(storage.originBytes)} in all, search snapshot included)`,
      ],
      [
        'stored JSON per article',
        `${(storage.bytesPerArticle / 1024).toFixed(1)} kB (rows + bodies)`,
      ],
      ['search snapshot', `${mb(storage.snapshotBytes)} (${cold.documents} documents)`],
      ['index cold start: load snapshot + log', ms(cold.snapshotMs)],
      ['index cold start: rebuild from rows', ms(cold.rebuildMs)],
      ['write snapshot', ms(cold.persistMs)],
      ['search index in memory', `${mb(indexHeapBytes)} (CDP, after a full collection)`],
      [
        'JS heap at the end',
        `${mb(storage.heapBytes)} (performance.memory); CDP used ${mb(heap.usedSize)} of ${mb(heap.totalSize)}`,
      ],
    ];
    // The machine is shared: timings taken while other work ran are slower and noisier.
    console.log(
      `Load average (1 min) ${loadBefore.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after.\n`,
    );
    console.log('| measure | value |\n| --- | --- |');
    for (const [name, value] of table) console.log(`| ${name} | ${value} |`);
    console.log(
      '\nSearch by kind of query (100 each): whole search / index lookup alone / index-current check',
    );
    console.log('| query | median | p95 |\n| --- | --- | --- |');
    for (const { kind, whole, index, check } of kinds) {
      const pair = (q: 'median' | 'p95') => `${ms(whole[q])} / ${ms(index[q])} / ${ms(check[q])}`;
      console.log(`| ${kind} | ${pair('median')} | ${pair('p95')} |`);
    }
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();

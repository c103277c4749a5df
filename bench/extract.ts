// `npm run bench:extract`: Lede's pipeline against plain Readability 0.6.0 on the article
// extraction benchmark, same pages, same DOM (linkedom), same text joiner, same run.
// Data: ../shared/data/extraction, or LEDE_EXTRACTION=/path/to/dir (html/*.html.gz + ground-truth.json).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../cli/dom';
import { blockText } from '../lib/extract/text';
import { processDocument } from '../lib/pipeline';
import { type PageScore, percentile, scorePage, summarize } from './metric';

const dir = resolve(
  process.env.LEDE_EXTRACTION ?? resolve(import.meta.dirname, '../../shared/data/extraction'),
);
if (!existsSync(resolve(dir, 'ground-truth.json'))) {
  console.log(
    `No benchmark data at ${dir}: set LEDE_EXTRACTION to a folder with html/ and ground-truth.json.`,
  );
  process.exit(0);
}
const truth: Record<string, { articleBody: string; url: string }> = JSON.parse(
  readFileSync(resolve(dir, 'ground-truth.json'), 'utf8'),
);
const now = '2026-01-01T00:00:00.000Z';
/** Timed runs per page and extractor (LEDE_BENCH_REPEATS); the median of them is the page's time. */
const repeats = Math.max(1, Number(process.env.LEDE_BENCH_REPEATS ?? 5));

// Plain Readability as a caller would run it, given the same text joiner as Lede and the
// element itself (no serialize/re-parse), so the timing compares the work, not the plumbing.
function readability(doc: Document): string {
  const parsed = new Readability<Element>(doc.cloneNode(true) as Document, {
    serializer: (el) => el as Element,
  }).parse();
  return parsed?.content ? blockText(parsed.content) : '';
}

function lede(doc: Document, url: string): string {
  const result = processDocument(doc, { url, now });
  return result.ok ? result.article.text : '';
}

function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

const rows: Array<{
  id: string;
  base: PageScore;
  ours: PageScore;
  baseMs: number;
  oursMs: number;
}> = [];
let refused = 0;
const ids = Object.keys(truth).sort();
for (const [i, id] of ids.entries()) {
  const { articleBody, url } = truth[id] as { articleBody: string; url: string };
  const html = gunzipSync(readFileSync(resolve(dir, 'html', `${id}.html.gz`))).toString('utf8');
  const doc = parseHtml(html, url);
  if (i === 0) {
    // Warm both paths on the first page so neither pays JIT start-up inside the timings.
    for (let k = 0; k < 5; k++) {
      readability(doc);
      lede(doc, url);
    }
  }
  // Each page several times, alternating which runs first so neither always gets the warmer
  // caches, and each side's median kept: a garbage collection lands in about a third of the calls
  // (10-15 ms), so a single timing per page moved the ratio by up to 0.15 from run to run.
  const baseTimes: number[] = [];
  const oursTimes: number[] = [];
  let base: [string, number] = ['', 0];
  let ours: [string, number] = ['', 0];
  for (let r = 0; r < repeats; r++) {
    if ((i + r) % 2 === 0) {
      base = timed(() => readability(doc));
      ours = timed(() => lede(doc, url));
    } else {
      ours = timed(() => lede(doc, url));
      base = timed(() => readability(doc));
    }
    baseTimes.push(base[1]);
    oursTimes.push(ours[1]);
  }
  base = [base[0], percentile(baseTimes, 0.5)];
  ours = [ours[0], percentile(oursTimes, 0.5)];
  const [[baseText, baseMs], [oursText, oursMs]] = [base, ours];
  if (!oursText) refused++;
  rows.push({
    id,
    base: scorePage(baseText, articleBody),
    ours: scorePage(oursText, articleBody),
    baseMs,
    oursMs,
  });
}

const base = summarize(rows.map((r) => r.base));
const ours = summarize(rows.map((r) => r.ours));
const ms = (xs: number[]) =>
  `${percentile(xs, 0.5).toFixed(1)} / ${percentile(xs, 0.95).toFixed(1)}`;
const baseMs = rows.map((r) => r.baseMs);
const oursMs = rows.map((r) => r.oursMs);
const f = (x: number) => x.toFixed(3);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
console.log(
  `Article extraction, ${rows.length} pages (${dir}); each page timed ${repeats} times per extractor, its median kept\n`,
);
console.log('| extractor | F1 | precision | recall | ms median / p95 |');
console.log('|---|---|---|---|---|');
console.log(
  `| Readability 0.6.0 (linkedom) | ${f(base.f1)} | ${f(base.precision)} | ${f(base.recall)} | ${ms(baseMs)} |`,
);
console.log(
  `| Lede pipeline | ${f(ours.f1)} | ${f(ours.precision)} | ${f(ours.recall)} | ${ms(oursMs)} |`,
);
// The ratio of the two medians moves by up to 0.15 between runs: the median page of each side is a
// different page, and base times thin out near the middle. The median of each page's own ratio
// moves by about 0.02, so it is printed too.
const pageRatios = rows.map((r) => r.oursMs / r.baseMs);
console.log(
  `\nLede/Readability time ratio (medians): ${(percentile(oursMs, 0.5) / percentile(baseMs, 0.5)).toFixed(2)}x; page by page, median (p25-p75): ${percentile(pageRatios, 0.5).toFixed(2)}x (${percentile(pageRatios, 0.25).toFixed(2)}-${percentile(pageRatios, 0.75).toFixed(2)}); over all pages (sums): ${(sum(oursMs) / sum(baseMs)).toFixed(2)}x; pages Lede refused as not-article: ${refused}`,
);
if (process.argv.includes('--worst')) {
  const worst = rows
    .map((r) => ({ id: r.id, delta: summarize([r.ours]).f1 - summarize([r.base]).f1 }))
    .sort((a, b) => a.delta - b.delta)
    .slice(0, 15);
  console.log('\nPages where Lede loses most against Readability:');
  for (const w of worst) console.log(`${w.delta.toFixed(3)}  ${w.id}  ${truth[w.id]?.url}`);
}

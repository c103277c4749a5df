// Huge and broken pages through the whole pipeline: `npx tsx bench/pathological.ts`.
// Every page is generated here, in memory (nothing is committed). Each must either be read
// within the budget or be refused early as 'too-large' (the size guard in
// lib/extract/readability.ts; the popup says "This page is too large to clean…"). Prints the
// time and outcome of each, and exits non-zero if a page throws, runs over budget or ends in an
// outcome it should not.
//   Node: linkedom, the command line's DOM. Its parser does not fix misnested tags the way
//   browsers do, so sloppy markup can nest much deeper there than in a browser.
//   Chromium: with LEDE_EXTENSION_DIR pointing at an e2e build (LEDE_E2E=1 wxt build), each page
//   is also served locally, opened in a tab and cleaned by the built extension; the time is the
//   clean-tab round trip (injection, pipeline, hiding clutter on the page, saving).
// LEDE_BUDGET_MS sets the budget (default 10,000 ms per page).

import type { Page, Worker } from '@playwright/test';
import { parseHtml } from '../cli/dom';
import { nodeSanitizer } from '../cli/io';
import { pageLimits } from '../lib/extract/readability';
import type { CleanResponse } from '../lib/messages';
import { processDocument } from '../lib/pipeline';

const url = 'https://news.example/2025/03/14/story.html';
const now = '2026-01-01T00:00:00.000Z';
const budgetMs = Number(process.env.LEDE_BUDGET_MS ?? 10_000);

const sentence =
  'The council approved the flood plan after a night of debate, and residents in the gallery applauded when the vote was read out.';
const paragraph = (i: number) => `<p>${i}. ${sentence}</p>`;
const story = `<h1>Council passes flood plan</h1>${Array.from({ length: 12 }, (_, i) => paragraph(i)).join('')}`;
const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council passes flood plan</title>${head}</head><body>${body}</body></html>`;

/** Repeats `unit` (given its index) until the total reaches `chars`. */
function fill(chars: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < chars; i++) {
    const part = unit(i);
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

/** A story whose paragraphs end in bytes that are not UTF-8: stray continuation bytes,
 * overlongs, an encoded surrogate, a truncated sequence, NULs. */
function brokenBytes(): Buffer {
  const bad = Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82, 0xed, 0xa0, 0x80, 0xc0, 0xaf, 0x00]);
  const [start, end] = page('<article>\u0001</article>').split('\u0001') as [string, string];
  const chunks = [Buffer.from(`${start}<h1>Council passes flood plan</h1>`)];
  for (let i = 0; i < 400; i++)
    chunks.push(Buffer.from(`<p>${i}. ${sentence} `), bad, Buffer.from('</p>'));
  chunks.push(Buffer.from(end));
  return Buffer.concat(chunks);
}

interface Case {
  name: string;
  /** Outcomes that are right for this page ('ok' = read as an article). */
  allowed: Array<'ok' | 'too-large'>;
  body: () => string | Buffer;
  /** How the bytes are declared (and decoded in Node). */
  charset?: 'utf-8' | 'windows-1252';
}

const cases: Case[] = [
  {
    name: '5 MB of HTML: a story among nav links, teasers and inline state',
    allowed: ['ok'],
    body: () =>
      page(
        `<nav>${fill(1_500_000, (i) => `<a class="nav-item" href="/section/${i}">Section ${i}</a>`)}</nav>` +
          `<article>${story}</article>` +
          // Teaser images lazy-load, as on real pages: 20,000 image requests would time the server.
          `<aside>${fill(1_500_000, (i) => `<div class="teaser"><a href="/s/${i}"><img data-src="/t/${i}.jpg" alt=""></a></div>`)}</aside>`,
        `<script>window.__STATE__=${JSON.stringify(fill(2_000_000, (i) => `item ${i} `))}</script>`,
      ),
  },
  {
    name: '5 MB of visible text',
    allowed: ['too-large'],
    body: () => page(`<article>${fill(5_000_000, paragraph)}</article>`),
  },
  {
    name: '200,000 elements',
    allowed: ['too-large'],
    body: () => page(`<article>${story}</article><div>${'<span>x</span>'.repeat(200_000)}</div>`),
  },
  {
    name: `just under the element limit (${(pageLimits.elements - 5_000).toLocaleString('en')})`,
    allowed: ['ok'],
    body: () =>
      page(
        `<article>${story}</article><div>${'<span>x</span>'.repeat(pageLimits.elements - 5_100)}</div>`,
      ),
  },
  {
    name: '10,000-deep nesting',
    allowed: ['too-large'],
    body: () =>
      page(`${'<div>'.repeat(10_000)}<article>${story}</article>${'</div>'.repeat(10_000)}`),
  },
  {
    name: `nesting just under the depth limit (${pageLimits.depth - 10})`,
    allowed: ['ok'],
    body: () => {
      const depth = pageLimits.depth - 10;
      return page(`${'<div>'.repeat(depth)}<article>${story}</article>${'</div>'.repeat(depth)}`);
    },
  },
  {
    name: 'a 1 MB single paragraph',
    allowed: ['ok'],
    body: () =>
      page(`<article><h1>Long</h1><p>${fill(1_000_000, () => `${sentence} `)}</p></article>`),
  },
  {
    // Comments are not elements, so the element limit does not stop them; a run of them between
    // paragraphs once made the layout step (layout-nodes.ts) quadratic: 16,000 took 9 s.
    name: '200,000 comments in a row inside the story',
    allowed: ['ok'],
    body: () =>
      page(
        `<article><h1>Comments</h1><p>${sentence}</p>${'<!-- x -->\n'.repeat(200_000)}<p>${sentence}</p><p>${sentence}</p></article>`,
      ),
  },
  {
    name: 'invalid UTF-8 bytes and NULs',
    allowed: ['ok'],
    body: brokenBytes,
    charset: 'utf-8',
  },
  {
    name: 'the same bytes declared as windows-1252 (mojibake)',
    allowed: ['ok'],
    body: brokenBytes,
    charset: 'windows-1252',
  },
  {
    // Chromium's own parser takes minutes over 20,000 of these (misnested formatting elements
    // are quadratic there): 2,000 is already far past anything a real page does.
    name: '2,000 unclosed inline and block tags',
    allowed: ['ok', 'too-large'],
    body: () =>
      page(
        `<article><h1>Unclosed</h1>${Array.from({ length: 2_000 }, (_, i) => `<p>${i} ${sentence} <b>bold <i>italic <span>span <div>div <a href="/x${i}">link`).join('')}`,
      ),
  },
  {
    name: '2,000 unclosed paragraphs and list items (a sloppy CMS)',
    allowed: ['ok', 'too-large'],
    body: () =>
      page(
        `<article><h1>Sloppy</h1>${Array.from({ length: 2_000 }, (_, i) => `<p>${i}. ${sentence}<li>item ${i}`).join('')}</article>`,
      ),
  },
];

interface Run {
  ms: number;
  outcome: string;
  /** skipped: the browser itself could not load the page, so Lede was never asked. */
  status: 'ok' | 'too-large' | 'other' | 'skipped';
}

function decode(c: Case): string {
  const body = c.body();
  return typeof body === 'string' ? body : new TextDecoder(c.charset ?? 'utf-8').decode(body);
}

function runNode(c: Case): Run & { parseMs: number; mb: number } {
  const html = decode(c);
  const t0 = performance.now();
  try {
    const doc = parseHtml(html, url);
    const parseMs = performance.now() - t0;
    const result = processDocument(doc, { url, now, sanitize: nodeSanitizer() });
    const ms = performance.now() - t0 - parseMs;
    const mb = html.length / 1e6;
    if (result.ok) {
      const outcome = `ok (${result.article.wordCount.toLocaleString('en')} words)`;
      return { ms, parseMs, mb, outcome, status: 'ok' };
    }
    const status = result.reason === 'too-large' ? 'too-large' : 'other';
    return { ms, parseMs, mb, outcome: result.reason, status };
  } catch (error) {
    const ms = performance.now() - t0;
    return {
      ms,
      parseMs: 0,
      mb: 0,
      outcome: `threw: ${String(error).slice(0, 60)}`,
      status: 'other',
    };
  }
}

/** Runs every case in Chromium with the built extension; null without LEDE_EXTENSION_DIR. */
async function runChromium(): Promise<Run[] | null> {
  if (!process.env.LEDE_EXTENSION_DIR) return null;
  const { launchWithExtension } = await import('../tests/e2e/harness');
  const { startFixtureServer } = await import('../tests/e2e/fixture-server');
  const server = await startFixtureServer();
  const { context, worker, extensionId, close } = await launchWithExtension();
  const sender = await context.newPage();
  await sender.goto(`chrome-extension://${extensionId}/options.html`);
  const runs: Run[] = [];
  try {
    for (const [i, c] of cases.entries()) {
      const type = `text/html; charset=${c.charset ?? 'utf-8'}`;
      const address = server.serve(`/generated/case-${i}.html`, c.body(), type);
      const tab = await context.newPage();
      // The reader can click as soon as the page is there, not when its last image has loaded.
      const loaded = await tab
        .goto(address, { timeout: 60_000, waitUntil: 'domcontentloaded' })
        .then(
          () => true,
          () => false,
        );
      runs.push(
        loaded
          ? await cleanInChromium(worker, sender, address)
          : { ms: 0, outcome: 'Chromium did not load it in 60 s', status: 'skipped' },
      );
      await tab.close();
      console.error(
        `chromium: ${c.name}: ${runs.at(-1)?.outcome}, ${runs.at(-1)?.ms.toFixed(0)} ms`,
      );
    }
  } finally {
    await close();
    await server.close();
  }
  return runs;
}

async function cleanInChromium(worker: Worker, sender: Page, address: string): Promise<Run> {
  type Chrome = { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
  const tabId = await worker.evaluate(async (u) => {
    const tabs = await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? -1;
  }, address);
  // How long the tab takes to run any script at all: a page still busy with its own layout
  // (misnested markup is slow for the browser too) delays Lede without being Lede's time.
  // A string, not a function: tsx would wrap an inner function in a helper the worker lacks.
  const busyMs: number = await worker.evaluate(`(async () => {
    const t0 = performance.now();
    await chrome.scripting.executeScript({ target: { tabId: ${tabId} }, func: () => 0 });
    return performance.now() - t0;
  })()`);
  const { ms, response } = await sender.evaluate(async (id) => {
    type Runtime = { sendMessage(m: object): Promise<CleanResponse> };
    const api = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome;
    const t0 = performance.now();
    const answer = await api.runtime.sendMessage({ type: 'clean-tab', payload: { tabId: id } });
    return { ms: performance.now() - t0, response: answer };
  }, tabId);
  const busy = busyMs > 100 ? `; tab busy ${busyMs.toFixed(0)} ms before` : '';
  if (response.ok) {
    const words = response.article?.wordCount.toLocaleString('en') ?? '?';
    return { ms, outcome: `ok (${words} words${busy})`, status: 'ok' };
  }
  const status = response.reason === 'too-large' ? 'too-large' : 'other';
  return { ms, outcome: `${response.reason}${busy}`, status };
}

function verdict(c: Case, run: Run): string {
  if (run.status === 'skipped') return 'n/a';
  if (run.status === 'other' || !c.allowed.includes(run.status)) {
    return `FAIL (wanted ${c.allowed.join(' or ')})`;
  }
  return run.ms <= budgetMs ? 'pass' : 'OVER BUDGET';
}

const nodeRuns = cases.map((c) => {
  const run = runNode(c);
  console.error(`node: ${c.name}: ${run.outcome}, ${run.ms.toFixed(0)} ms`);
  return run;
});
const chromiumRuns = await runChromium();

console.log(`\nPathological pages through the pipeline; budget ${budgetMs} ms per page.`);
console.log(
  `Limits: ${pageLimits.elements.toLocaleString('en')} elements, depth ${pageLimits.depth}, ${pageLimits.textChars.toLocaleString('en')} characters of visible text.\n`,
);
const chromiumHead = chromiumRuns ? ' Chromium ms | Chromium outcome | |' : '';
console.log(`| page | MB | linkedom parse ms | linkedom ms | linkedom outcome | |${chromiumHead}`);
console.log(`|---|---|---|---|---|---|${chromiumRuns ? '---|---|---|' : ''}`);
let failures = 0;
for (const [i, c] of cases.entries()) {
  const run = nodeRuns[i] as (typeof nodeRuns)[number];
  const nodeVerdict = verdict(c, run);
  if (nodeVerdict !== 'pass') failures++;
  let row = `| ${c.name} | ${run.mb.toFixed(2)} | ${run.parseMs.toFixed(0)} | ${run.ms.toFixed(0)} | ${run.outcome} | ${nodeVerdict} |`;
  const chromium = chromiumRuns?.[i];
  if (chromium) {
    const chromiumVerdict = verdict(c, chromium);
    if (chromiumVerdict !== 'pass' && chromiumVerdict !== 'n/a') failures++;
    row += ` ${chromium.ms.toFixed(0)} | ${chromium.outcome} | ${chromiumVerdict} |`;
  }
  console.log(row);
}
if (!chromiumRuns) console.log('\n(Set LEDE_EXTENSION_DIR to an e2e build to time Chromium too.)');
if (failures > 0) {
  console.log(`\n${failures} run(s) failed.`);
  process.exit(1);
}

// Pages past the size limits are refused as 'too-large' before Readability (or the clean rules)
// start, where a huge page would hang the tab; pages inside the limits are still read. The pages
// are generated here, just past each limit, so the test stays quick. bench/pathological.ts times
// the full-size cases.

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/dom';
import { checkPageSize, pageLimits } from '../../../lib/extract/readability';
import { unreadableMessages } from '../../../lib/page-kind';
import { processDocument } from '../../../lib/pipeline';

const url = 'https://news.example/2025/story';
const now = '2026-01-01T00:00:00.000Z';
const paragraph =
  '<p>The harbour board met on Tuesday to discuss the new breakwater, which engineers say will protect the moorings from the winter storms that have damaged boats for three years running.</p>';
const story = `<h1>Harbour board backs breakwater</h1>${paragraph.repeat(6)}`;
const page = (body: string) =>
  `<!DOCTYPE html><html><head><title>Story</title></head><body>${body}</body></html>`;
const outcome = (doc: Document) => {
  const result = processDocument(doc, { url, now });
  return result.ok ? 'ok' : result.reason;
};
const nested = (depth: number, inner: string) =>
  `${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}`;

describe('the size guard', () => {
  it('refuses a page nested deeper than the limit, and reads one inside it', () => {
    expect(outcome(parseHtml(page(nested(pageLimits.depth + 10, story)), url))).toBe('too-large');
    expect(outcome(parseHtml(page(nested(pageLimits.depth - 20, story)), url))).toBe('ok');
  });

  it('refuses a page with more text than the limit, counting only text a reader sees', () => {
    const words = 'flood defence plan '.repeat(Math.ceil(pageLimits.textChars / 19) + 10);
    expect(outcome(parseHtml(page(`${story}<p>${words}</p>`), url))).toBe('too-large');
    // The same amount in inline script (a framework's state) does not count.
    const script = `<script>window.__STATE__ = ${JSON.stringify(words)}</script>`;
    expect(outcome(parseHtml(page(`${story}${script}`), url))).toBe('ok');
  });

  it('refuses a page with more elements than the limit', () => {
    const flat = '<span>x</span>'.repeat(pageLimits.elements + 1);
    expect(outcome(parseHtml(page(`${story}${flat}`), url))).toBe('too-large');
  });

  it('counts what open shadow roots add', () => {
    const dom = new JSDOM(page(`${story}<x-box></x-box>`), { url });
    const host = dom.window.document.querySelector('x-box') as Element;
    host.attachShadow({ mode: 'open' }).innerHTML = nested(pageLimits.depth + 10, '<p>deep</p>');
    expect(outcome(dom.window.document)).toBe('too-large');
  });

  it('throws nothing but its own error, and never touches the page', () => {
    const doc = parseHtml(page(nested(pageLimits.depth + 10, story)), url);
    const before = doc.documentElement.outerHTML;
    expect(() => checkPageSize(doc)).toThrow('page too large to clean');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('has a message for the popup', () => {
    expect(unreadableMessages['too-large']).toMatch(/too large to clean/);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/dom';
import { dropLayoutNodes } from '../../../lib/extract/layout-nodes';
import { blockText } from '../../../lib/extract/text';

const url = 'https://news.example/story';
const page = (head: string, body: string) =>
  parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, url);

describe('dropLayoutNodes', () => {
  it('drops the line breaks between blocks and the comments', () => {
    const doc = page('', '<div>\n  <p>One</p>\n  <!-- ad slot -->\n  <p>Two</p>\n</div>\n');
    dropLayoutNodes(doc);
    expect(doc.body.innerHTML).toBe('<div><p>One</p><p>Two</p></div>');
  });

  it('keeps the space between two words in inline elements', () => {
    const doc = page(
      '',
      '<p><b>Breaking</b> <i>news</i></p>\n<div>\n<a href="/a">One</a>\n<a href="/b">Two</a>\n</div>',
    );
    dropLayoutNodes(doc);
    expect(doc.querySelector('p')?.textContent).toBe('Breaking news');
    expect(doc.querySelector('div')?.textContent?.trim()).toBe('One\nTwo');
  });

  it('keeps the space around a comment between two words', () => {
    const doc = page('', '<p><b>Breaking</b> <!-- x --> <!-- y -->\n<i>news</i></p>');
    dropLayoutNodes(doc);
    expect(doc.querySelector('p')?.innerHTML).toBe('<b>Breaking</b>  \n<i>news</i>');
  });

  it('keeps no-break spaces and whitespace inside pre', () => {
    const doc = page(
      '',
      '<div><p>a</p>\u00a0<p>b</p></div><pre><span>x</span>\n  <span>y</span></pre>',
    );
    dropLayoutNodes(doc);
    expect(doc.querySelector('div')?.textContent).toBe('a\u00a0b');
    expect(doc.querySelector('pre')?.textContent).toBe('x\n  y');
  });

  it('keeps the title, meta tags and JSON-LD of the head, not its stylesheets and scripts', () => {
    const doc = page(
      '<title>T</title><meta name="author" content="A"><link rel="stylesheet" href="/s.css"><style>p{}</style><script>x()</script><script type="application/ld+json">{}</script>',
      '<p>Text</p>',
    );
    dropLayoutNodes(doc);
    expect(Array.from(doc.head.children, (el) => el.localName)).toEqual([
      'title',
      'meta',
      'script',
    ]);
  });

  it('changes no text a reader sees on any fixture page', () => {
    const dir = resolve(import.meta.dirname, '../../fixtures');
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const doc = parseHtml(readFileSync(resolve(dir, file), 'utf8'), url);
      const before = blockText(doc.body);
      expect(dropLayoutNodes(doc), file).toBeGreaterThan(0);
      expect(blockText(doc.body), file).toBe(before);
    }
  });
});

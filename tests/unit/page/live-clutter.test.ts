import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/dom';
import { findLiveClutter, liveArticleRoot } from '../../../lib/page/live-clutter';
import { processDocument, rulesFor } from '../../../lib/pipeline';

const fixtures = resolve(import.meta.dirname, '../../fixtures');
const now = '2026-01-01T00:00:00.000Z';

/** What the toolbar click would hide on the fixture, as "kind: text" lines, and the page. */
function live(file: string, url = 'https://news.example/story') {
  const html = readFileSync(resolve(fixtures, file), 'utf8');
  const result = processDocument(parseHtml(html, url), { url, now });
  const doc = parseHtml(html, url);
  const found = findLiveClutter(doc, rulesFor(url), result.ok ? result.article.text : null);
  return { doc, found, hidden: (el: Element | null) => found.some((c) => c.el === el) };
}

const PROSE = (n: number) =>
  `<p>Paragraph ${n}: officials said on Tuesday that the regional budget would fund road repairs, school meals and two new clinics, and that the council would vote next week.</p>`;

describe('the clutter hidden on the live page', () => {
  it("keeps the site's menu, the byline and the photo credit that the reader mode drops", () => {
    const { doc, found, hidden } = live('news-metro-gallery.html');
    // The story's own links to other stories go, as in the reader.
    expect(found.map((c) => c.el.textContent)).toContain(
      'COUNTY APPROVES FUNDING FOR A SECOND RIVER CROSSING',
    );
    expect(hidden(doc.querySelector('nav.site-nav'))).toBe(false);
    expect(hidden(doc.querySelector('.byline'))).toBe(false);
    expect(hidden(doc.querySelector('.credit'))).toBe(false);
    expect(found.map((c) => c.kind)).not.toContain('navigation');
  });

  it('still hides the Related and Ranking lists and the vote counter of the content farm', () => {
    const { found } = live('farm-ap-blinken.html');
    const text = found.map((c) => c.el.textContent ?? '').join('\n');
    expect(text).toContain('veryGood!');
    expect(found.map((c) => c.kind)).toEqual(
      expect.arrayContaining(['recommendations', 'reactions', 'breadcrumb', 'repost-stamp']),
    );
  });

  it('hides a link to another story inside the story, but not the same shape in the footer', () => {
    const doc = parseHtml(
      `<html><body><main><article>${PROSE(1)}
        <p id="inside"><strong><a href="/x">MAYOR CLEARED TO RUN FOR A THIRD TERM</a></strong></p>
        ${PROSE(2)}${PROSE(3)}</article></main>
        <footer><p id="outside"><strong><a href="/y">SUBSCRIBE TO THE WEEKLY PRINT EDITION</a></strong></p></footer>
      </body></html>`,
      'https://news.example/story',
    );
    const text = [1, 2, 3]
      .map((n) => doc.querySelectorAll('article > p')[n === 1 ? 0 : n]?.textContent)
      .join('\n');
    const found = findLiveClutter(doc, rulesFor(doc.URL), text).map((c) => c.el.id);
    expect(found).toContain('inside');
    expect(found).not.toContain('outside');
  });

  it('runs no article rule when the story cannot be placed on the page', () => {
    const doc = parseHtml(
      `<html><body><div id="a">${PROSE(1)}<p id="inside"><strong><a href="/x">MAYOR CLEARED TO RUN FOR A THIRD TERM</a></strong></p></div></body></html>`,
      'https://news.example/story',
    );
    expect(liveArticleRoot(doc.body, 'A sentence that is nowhere on this page at all.')).toBeNull();
    const found = findLiveClutter(doc, rulesFor(doc.URL), 'A sentence nowhere on this page.');
    expect(found.map((c) => c.el.id)).not.toContain('inside');
  });

  it('places the story at the element holding most of its text, not at its first paragraph', () => {
    const { doc } = live('news-metro-gallery.html');
    const url = 'https://news.example/story';
    const html = readFileSync(resolve(fixtures, 'news-metro-gallery.html'), 'utf8');
    const result = processDocument(parseHtml(html, url), { url, now });
    if (!result.ok) throw new Error('fixture should read as an article');
    const root = liveArticleRoot(doc.body, result.article.text);
    expect(root).not.toBeNull();
    expect(root?.localName).not.toBe('p');
    expect(root?.contains(doc.querySelector('.article-body > p'))).toBe(true);
    expect(root?.contains(doc.querySelector('footer'))).toBe(false);
  });
});

// The hostile fixture (tests/fixtures/hostile-vectors.html) through the whole pipeline, parsed
// both ways a page can be (scripting off, as the command line reads a saved page; scripting on
// with the page's own scripts run, as the tab holds it): the story comes through whole and
// nothing in the HTML, the Markdown or the file name can run, load or submit anything.

import { marked } from 'marked';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/dom';
import { nodeSanitizer } from '../../../cli/io';
import { articleToMarkdown } from '../../../lib/markdown/export';
import { defaultFileTemplate, fileName } from '../../../lib/markdown/filename';
import { processDocument } from '../../../lib/pipeline';
import type { Article } from '../../../lib/types';
import { fixtureHtml, foldWhitespace, readGolden } from '../fixtures/golden';
import { activePartsOf } from './inert';
import { scriptedPage } from './scripted';

const name = 'hostile-vectors';
const html = fixtureHtml(name);
const golden = readGolden(name);
const now = '2026-01-01T00:00:00.000Z';
const sanitize = nodeSanitizer();
const vectorIds = new Set(Array.from(html.matchAll(/xss\?v=(\w+)/g), (m) => m[1]));

const scripted = scriptedPage(html, golden.url);
afterAll(() => scripted.close());

const parses: Array<[string, () => Document]> = [
  ['scripting off (linkedom, a saved page)', () => parseHtml(html, golden.url)],
  ['scripting on, page scripts run (jsdom, the tab)', () => scripted.doc],
];

function clean(doc: Document, withDomPurify: boolean): Article {
  const result = processDocument(doc, {
    url: golden.url,
    now,
    ...(withDomPurify ? { sanitize } : {}),
  });
  if (!result.ok) throw new Error(`the hostile page was refused: ${result.reason}`);
  return result.article;
}

it('carries a real corpus: about a hundred vectors, and the live ones do run on the page', () => {
  expect(vectorIds.size).toBeGreaterThanOrEqual(90);
  // The page's own scripts ran in the scripted parse: the markers work, so their absence
  // elsewhere means something.
  expect(scripted.markers()).toEqual(expect.arrayContaining(['h8', 's1']));
});

describe.each(parses)('parsed with %s', (_label, load) => {
  const doc = load();
  const plain = clean(doc, false);
  const purified = clean(doc, true);

  it('keeps the whole story', () => {
    const text = foldWhitespace(purified.text);
    expect(golden.keep.filter((block) => !text.includes(block))).toEqual([]);
    expect(purified.title).toBe(golden.title);
  });

  it('puts nothing active into article.html, from the allowlist alone or with DOMPurify too', () => {
    expect(activePartsOf(plain.html)).toEqual([]);
    expect(activePartsOf(purified.html)).toEqual([]);
  });

  it('stays inert after the extension page sanitizes it again before rendering', () => {
    expect(activePartsOf(sanitize(purified.html))).toEqual([]);
  });

  it('gives plain-text title and byline, and no script URL as the lead image', () => {
    for (const field of [purified.title, purified.byline ?? '', purified.siteName ?? '']) {
      expect(field).not.toMatch(/<[a-z!/]/i);
    }
    expect(purified.leadImage === null || /^https?:/i.test(purified.leadImage)).toBe(true);
    expect(purified.canonicalUrl).toMatch(/^https:/);
  });

  it.each([
    [true, 'inline'],
    [false, 'inline'],
    [true, 'referenced'],
  ] as const)('exports Markdown with no live markup (front matter %s, %s links)', (fm, style) => {
    const markdown = articleToMarkdown(purified, {
      savedAt: now,
      frontMatter: fm,
      linkStyle: style,
      imageStyle: style,
    });
    // What a notes app renders the note as: none of it may be active.
    const rendered = marked.parse(markdown, { async: false });
    expect(activePartsOf(rendered)).toEqual([]);
    expect(markdown).toContain('Householders on the Mill Reach');
  });
});

describe('file names from hostile titles', () => {
  const titles = [
    'Riverside council passes flood plan <img src=x onerror="alert(1)"> after all-night session',
    '<script>alert(1)</script>',
    '../../../etc/passwd',
    'CON',
    'a\u202Etxt.exe',
    ' . . ',
    `x${'<img>'.repeat(500)}`,
  ];
  it.each(titles)('%s', (title) => {
    const article = clean(parseHtml(html, golden.url), true);
    const file = fileName(defaultFileTemplate, { ...article, title }, { savedAt: now });
    expect(file).toMatch(/\.md$/);
    expect(file).not.toMatch(/[<>:"/\\|?*\p{Cc}\u202a-\u202e]/u);
    expect(file).not.toMatch(/^\./);
    expect(new TextEncoder().encode(file).length).toBeLessThanOrEqual(255);
  });
});

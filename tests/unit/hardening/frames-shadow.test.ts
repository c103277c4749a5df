// Articles that are not where cloneNode and Readability look: in a frame, or in a shadow root.
// jsdom gives frames a document and shadow roots to host elements, as the browser does for the
// content script; linkedom gives neither, as a saved page read on the command line has neither.

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/dom';
import { unreadableMessages } from '../../../lib/page-kind';
import { processDocument } from '../../../lib/pipeline';
import { fixtureHtml, foldWhitespace, readGolden } from '../fixtures/golden';

const now = '2026-01-01T00:00:00.000Z';
const story = readGolden('hostile-frame-story');
const storyPage =
  /<html[^>]*>([\s\S]*)<\/html>/.exec(fixtureHtml('hostile-frame-story'))?.[1] ?? '';
const viewerUrl = 'https://www.harbourgazette.example/archive/viewer?story=ferry-timetable-cut';

/** The viewer page with its frame loaded, as the content script in the tab sees it. */
function viewerWithFrame(frameHtml = storyPage, frameUrl = story.url): Document {
  const dom = new JSDOM(fixtureHtml('hostile-frame-outer'), { url: viewerUrl });
  const frame = dom.window.document.querySelector('iframe') as HTMLIFrameElement;
  const inner = frame.contentDocument as Document;
  const root = inner.createElement('html');
  root.innerHTML = frameHtml;
  inner.replaceChildren(root);
  Object.defineProperty(inner, 'URL', { value: frameUrl });
  return dom.window.document;
}

const text = (doc: Document, url: string) => {
  const result = processDocument(doc, { url, now });
  return result.ok ? foldWhitespace(result.article.text) : result.reason;
};

describe('an article in a frame', () => {
  it('is read from a same-origin frame, and kept under the tab’s address', () => {
    const result = processDocument(viewerWithFrame(), { url: viewerUrl, now });
    if (!result.ok) throw new Error(result.reason);
    const body = foldWhitespace(result.article.text);
    expect(story.keep.filter((p) => !body.includes(p))).toEqual([]);
    expect(result.article.title).toBe(story.title);
    // The tab's URL is what the side panel asks for; the story's own address is its canonical.
    expect(result.article.url).toBe(viewerUrl);
    expect(result.article.canonicalUrl).toBe(story.canonicalUrl);
  });

  it('is refused as no article when the frame holds none (a same-origin ad or widget)', () => {
    const widget = '<body><p>Weather: 14°C, light rain. Tide: high water 15:42.</p></body>';
    expect(text(viewerWithFrame(widget), viewerUrl)).toBe('not-article');
  });

  it('is refused as no article when the frame cannot be seen into (saved page, Node)', () => {
    const doc = parseHtml(fixtureHtml('hostile-frame-outer'), viewerUrl);
    expect(text(doc, viewerUrl)).toBe('not-article');
  });

  it('from another site is named as such, with its own message', () => {
    const page = `<html><body><header><a href="/">Gazette</a></header>
      <iframe src="https://partner.example/story/123" width="100%" height="2400"></iframe></body></html>`;
    expect(text(parseHtml(page, viewerUrl), viewerUrl)).toBe('in-frame');
    expect(unreadableMessages['in-frame']).toMatch(/in a frame from another site/);
  });

  it.each([
    [
      'an ad-sized frame',
      '<iframe src="https://ads.example/slot" width="300" height="250"></iframe>',
    ],
    [
      'a frame on a page with its own text (a home page with a video)',
      `<ul>${'<li><a href="/news/a">Another headline from the home page</a></li>'.repeat(40)}</ul><iframe src="https://video.example/embed/1"></iframe>`,
    ],
    ['a same-origin frame it could not see into', '<iframe src="/archive/story.html"></iframe>'],
  ])('is not claimed for %s', (_name, body) => {
    const doc = parseHtml(`<html><body>${body}</body></html>`, viewerUrl);
    expect(text(doc, viewerUrl)).toBe('not-article');
  });
});

describe('an article in shadow DOM', () => {
  const shadow = readGolden('hostile-shadow');
  const shadowParagraph = 'The volunteer crew launched at 14:05';

  it('is read from a declarative open shadow root, slots filled in order', () => {
    // jsdom keeps <template shadowrootmode> as a template (no shadow root): the saved-page case.
    const doc = new JSDOM(fixtureHtml('hostile-shadow'), { url: shadow.url }).window.document;
    const body = text(doc, shadow.url);
    expect(body).toContain(shadowParagraph);
    const [standfirst, closing] = shadow.keep as [string, string];
    expect(body.indexOf(standfirst)).toBeLessThan(body.indexOf(shadowParagraph));
    expect(body.indexOf(shadowParagraph)).toBeLessThan(body.indexOf(closing));
  });

  function hostPage(mode: 'open' | 'closed') {
    const dom = new JSDOM(
      `<html><body><h1>Pier reopens after storm repairs</h1><news-story><p slot="lead">The pier reopened on Friday.</p></news-story></body></html>`,
      { url: 'https://news.example/pier' },
    );
    const host = dom.window.document.querySelector('news-story') as Element;
    const root = host.attachShadow({ mode });
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Paragraph ${i + 1}: the pier's deck, rails and lights were replaced over the winter after the storm in November tore away a third of the boards.</p>`,
    ).join('');
    root.innerHTML = `<article><slot name="lead"></slot>${paragraphs}<inner-note></inner-note></article>`;
    const note = root.querySelector('inner-note') as Element;
    note.attachShadow({ mode: 'open' }).innerHTML =
      '<p>Nested shadow text: the café at the end reopens in May, the owners said on Friday.</p>';
    return dom.window.document;
  }

  it('is read from a live open shadow root, nested roots and slots included', () => {
    const body = text(hostPage('open'), 'https://news.example/pier');
    expect(body).toContain('The pier reopened on Friday. Paragraph 1:');
    expect(body).toContain('Paragraph 6:');
    expect(body).toContain('Nested shadow text');
  });

  it('leaves closed shadow roots closed: the page asked for that', () => {
    expect(text(hostPage('closed'), 'https://news.example/pier')).toBe('not-article');
  });
});

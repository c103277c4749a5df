import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/dom';
import { resolveLazyImages } from '../../../lib/extract/lazy-images';
import { collectTags } from '../../../lib/extract/page-tags';

const url = 'https://news.example/story';
const html = `<html><head><title>Story</title><meta property="og:title" content="Story">
  <script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body>
  <img src="data:image/gif;base64,R0lGOD" data-src="/photo.jpg">
  <p>Caption</p><noscript><img src="/fallback.jpg" alt="Harbour"></noscript>
  <template><img src="/in-template.jpg"><meta name="inert" content="x"></template>
  <p>Text</p></body></html>`;

describe('collectTags', () => {
  it('finds what selectors would: no images inside a template, every meta and template', () => {
    const doc = parseHtml(html, url);
    const tags = collectTags(doc);
    expect(tags.img).toEqual(Array.from(doc.querySelectorAll('img')));
    expect(tags.noscript).toEqual(Array.from(doc.querySelectorAll('noscript')));
    expect(tags.template).toEqual(Array.from(doc.getElementsByTagName('template')));
    expect(tags.meta.map((m) => m.getAttribute('content'))).toEqual(['Story', 'x']);
    expect(tags.script).toHaveLength(1);
    expect(tags.title).toHaveLength(1);
  });

  it('lets lazy images resolve the page exactly as its own queries would', () => {
    const queried = parseHtml(html, url);
    const given = parseHtml(html, url);
    resolveLazyImages(queried);
    resolveLazyImages(given, collectTags(given));
    expect(given.documentElement.outerHTML).toBe(queried.documentElement.outerHTML);
    expect(given.body.innerHTML).toContain('/photo.jpg');
    expect(given.body.innerHTML).toContain('/fallback.jpg');
  });
});

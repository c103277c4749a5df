// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { normalizeHeadings, prepareReaderBody, sameImage } from '../../../lib/reader/body';

const base = 'https://news.example/world/story';
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const levels = (html: string) => [...html.matchAll(/<h(\d)/g)].map((m) => Number(m[1]));
const prepare = (
  html: string,
  leadImage: string | null = null,
  title = 'Storm reaches the coast',
) => prepareReaderBody(parse(html), { title, leadImage, baseUrl: base });

describe('normalizeHeadings', () => {
  it('puts the body under the title h1 and closes skipped levels, keeping siblings equal', () => {
    const cases: Array<[string, number[]]> = [
      ['<h1>a</h1><h2>b</h2><h2>c</h2>', [2, 3, 3]],
      ['<h3>a</h3><h3>b</h3><h4>c</h4>', [2, 2, 3]],
      ['<h2>a</h2><h4>b</h4><h2>c</h2>', [2, 3, 2]],
      ['<h5>a</h5><h2>b</h2><h6>c</h6>', [2, 2, 3]],
    ];
    for (const [html, expected] of cases) {
      const doc = parse(html);
      normalizeHeadings(doc.body);
      expect(levels(doc.body.innerHTML), html).toEqual(expected);
    }
  });

  it('keeps what is inside a renamed heading', () => {
    const doc = parse('<h4 lang="fr">Le <em>titre</em></h4>');
    normalizeHeadings(doc.body);
    expect(doc.body.innerHTML).toBe('<h2 lang="fr">Le <em>titre</em></h2>');
  });
});

describe('prepareReaderBody', () => {
  it('drops a first heading that repeats the title, and only that', () => {
    const repeated = prepare(
      '<div><h1> Storm reaches the <b>coast</b></h1><p>Text.</p><h2>More</h2></div>',
    );
    expect(repeated.html).toBe('<div><p>Text.</p><h2>More</h2></div>');
    const later = prepare('<p>Intro.</p><h2>Storm reaches the coast</h2>');
    expect(later.html).toContain('<h2>Storm reaches the coast</h2>');
    const other = prepare('<h1>Another headline</h1><p>Text.</p>');
    expect(other.html).toContain('<h2>Another headline</h2>');
  });

  it('shows the lead image only when the body does not already open with it', () => {
    const lead = 'https://cdn.example/img/storm.jpg?w=1200';
    expect(prepare('<p>Text.</p>', lead).showLeadImage).toBe(true);
    expect(
      prepare('<figure><img src="https://cdn.example/img/storm.jpg?w=640"></figure>', lead)
        .showLeadImage,
    ).toBe(false);
    expect(prepare('<img src="/img/other.jpg"><p>Text.</p>', lead).showLeadImage).toBe(true);
    expect(prepare('<p>Text.</p>', null).showLeadImage).toBe(false);
    expect(prepare('<p>Text.</p>', 'javascript:alert(1)').showLeadImage).toBe(false);
    expect(sameImage('/a.png', 'https://news.example/a.png#x', base)).toBe(true);
  });

  it('labels code blocks from the language the sanitizer kept on <code>', () => {
    const { html } = prepare('<pre><code data-lang="ts">let x = 1;</code></pre>');
    expect(html).toBe('<pre data-lang="ts"><code>let x = 1;</code></pre>');
  });
});

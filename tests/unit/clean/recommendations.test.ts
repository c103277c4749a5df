import { describe, expect, it } from 'vitest';
import { recommendationsRule as rule } from '../../../lib/clean/recommendations';
import { finds, PROSE } from './helpers';

const LIST = `<ul>
  <li><a href="/a">Rocket maker completes its first supersonic test flight</a></li>
  <li><a href="/b">Actor explains why she left the film business</a></li>
  <li><a href="/c">Investors form a group to buy a video-sharing app</a></li>
</ul>`;

describe('recommendations', () => {
  it('removes a headed box of headline links', () => {
    const found = finds(
      rule,
      `${PROSE}<div class="box"><div class="hd">Related</div>${LIST}</div>`,
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^Related Rocket maker/);
  });

  it('removes the heading and list when they sit among the story paragraphs', () => {
    const found = finds(rule, `<div>${PROSE}<h3>Most read</h3>${LIST}${PROSE}</div>`);
    expect(found).toEqual([
      'Most read',
      expect.stringMatching(/^Rocket maker .* video-sharing app$/),
    ]);
  });

  it('reads a short first line as the label, and lines of links as the list', () => {
    const body = `${PROSE}<div>Recommendation<div><a href="/x">Outage resolved, company says</a></div>
      <div><a href="/y">Health official warns of wrong lessons</a></div><div><a href="/z">Star shares a wedding photo</a></div></div>`;
    expect(finds(rule, body)).toEqual([expect.stringMatching(/^Recommendation Outage/)]);
  });

  it.each([
    ['Spanish', 'Noticias relacionadas'],
    ['French', 'À lire aussi'],
    ['German', 'Das könnte Sie auch interessieren'],
    ['Chinese', '相关阅读'],
    ['Japanese', '関連記事'],
    ['a decorated label', '【猜你喜欢】'],
    ['a label with a section', 'More from Business »'],
  ])('knows labels in %s', (_, label) => {
    expect(finds(rule, `${PROSE}<section><h4>${label}</h4>${LIST}</section>`)).toHaveLength(1);
  });

  it('takes the label and list, not the page, when they are all the page holds', () => {
    expect(finds(rule, `<h3>Trending</h3>${LIST}`)).toEqual([
      'Trending',
      expect.stringMatching(/^Rocket/),
    ]);
  });

  it('removes an inline "Also read" line with one link', () => {
    const found = finds(
      rule,
      `${PROSE}<p><strong>Also read:</strong> <a href="/q">Markets slide as rates rise</a></p>${PROSE}`,
    );
    expect(found).toEqual(['Also read: Markets slide as rates rise']);
  });

  it('removes a widget named for what it is, without a label', () => {
    expect(finds(rule, `${PROSE}<div class="related-posts">${LIST}</div>`)).toHaveLength(1);
  });

  it('keeps a section headed like a list when prose follows', () => {
    const body = `<div>${PROSE}<h2>Related developments</h2>${PROSE}<h2>Related</h2>${PROSE}${PROSE}</div>`;
    expect(finds(rule, body)).toEqual([]);
  });

  it('keeps a list of facts under a list-like heading', () => {
    const body = `${PROSE}<h3>Most read</h3><ul><li>Inflation fell to 2.4% in March.</li><li>Wages rose 3.1% over the year.</li><li>Unemployment held at 4%.</li></ul>`;
    expect(finds(rule, body)).toEqual([]);
  });

  it('keeps prose that merely uses the words', () => {
    const body = `<p>The university's ranking rose to 12th, and related research on <a href="/r">school funding</a> found the most read report was last year's.</p>`;
    expect(finds(rule, body)).toEqual([]);
  });
});

describe('recommendations: more labels and shapes', () => {
  const links = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => `<li><a href="/s${i}">Another headline about the budget number ${i}</a></li>`,
    ).join('');

  it.each([
    [
      'a section name with a hyphen',
      `<h3><a href="/sci-tech">More News from Sci-Tech</a></h3><ul>${links(3)}</ul>`,
    ],
    [
      '"More Great X Stories" over partly linked items',
      '<p>More Great WIRED Stories</p><ul><li>YouTubers must unionize, <a href="/a">no matter what Google says</a></li><li>Paid political ads are not the problem. <a href="/b">Our perceptions are</a></li><li>Could an astronaut lost in space <a href="/c">use gravity to get around?</a></li></ul>',
    ],
    [
      '"Related post:" with its link in a heading',
      '<h3>Related post: <a href="/p">Pickled Brussels Sprouts Recipe</a></h3>',
    ],
    [
      'an "On Site.com:" link line',
      '<p class="mm_related"><strong>On NewsSite.com:</strong> <a href="/x">Car sales plunge nearly 17 percent in August</a></p>',
    ],
    [
      'a label left alone in its box',
      '<section class="block"><h2 class="block-title">You may also like</h2></section><section><h2>You may also like</h2></section>',
    ],
  ])('removes %s', (_, html) => {
    expect(finds(rule, `${PROSE}${html}${PROSE}`).length).toBeGreaterThan(0);
  });

  it('keeps a boxed heading that prose follows', () => {
    expect(finds(rule, `<div class="t"><h3>Latest</h3></div>${PROSE}`)).toEqual([]);
  });
});

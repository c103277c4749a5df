import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/dom';
import { linkDensity, looksLikeArticle } from '../../../lib/extract/article-check';

const url = 'https://news.example/2025/story';
const para =
  '<p>The harbour board met on Tuesday to discuss the new breakwater, which engineers say will protect the moorings from the winter storms.</p>';

function body(html: string): Element {
  return parseHtml(`<html><body><div id="a">${html}</div></body></html>`, url).getElementById(
    'a',
  ) as Element;
}

const check = (html: string) => looksLikeArticle(body(html), 100, null, url);

describe('looksLikeArticle', () => {
  it('refuses a list of linked headlines with teasers', () => {
    const teaser =
      '<h3><a href="/s">Council backs breakwater plan</a></h3><p>Work starts soon on it.</p>';
    expect(check(teaser.repeat(6))).toBe(false);
  });

  it('keeps a story whose section headings are not links', () => {
    expect(check(`${para}<h2>The plan</h2>${para}<h2>The cost</h2>${para}`.repeat(3))).toBe(true);
  });

  it('counts a heading inside a link as linked, like one holding a link', () => {
    const card =
      '<a href="/s"><h3>Council backs breakwater plan</h3></a><p>Work starts soon, it said.</p>';
    expect(check(card.repeat(6))).toBe(false);
  });

  it('agrees with textContent and querySelectorAll, nested links and templates included', () => {
    const fold = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim().length;
    const byQuery = (root: Element) =>
      Array.from(root.querySelectorAll('a')).reduce((n, a) => n + fold(a.textContent), 0) /
      fold(root.textContent);
    for (const html of [
      `${para}<p>See <a href="/x">the <b>full</b> report</a>.</p>`,
      `<p>Plain text and <a href="/y">one link</a></p><template><a href="/z">hidden</a></template>`,
      `<ul><li><a href="/1">One <a href="/2">two</a></a></li></ul>${para}`,
    ]) {
      expect(linkDensity(body(html))).toBe(byQuery(body(html)));
    }
  });

  it('folds every kind of whitespace as textContent and a regular expression would', () => {
    // Words and runs of the spaces \s matches (NBSP, ideographic, line separators...), some linked.
    const space = fc.constantFrom(
      ' ',
      '\n',
      '\t',
      '\u00a0',
      '\u2003',
      '\u3000',
      '\u2028',
      '\ufeff',
    );
    const piece = fc.tuple(
      fc.array(fc.oneof(fc.constantFrom('a', 'bc', 'é', '東'), space), { maxLength: 8 }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
        const html = pieces
          .map(([chars, linked]) =>
            linked ? `<a href="/x">${chars.join('')}</a>` : chars.join(''),
          )
          .join('');
        const fold = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim().length;
        const root = body(`<p>${html}</p>`);
        const all = fold(root.textContent);
        const linked = Array.from(root.querySelectorAll('a')).reduce(
          (n, a) => n + fold(a.textContent),
          0,
        );
        expect(linkDensity(root)).toBe(all === 0 ? 1 : linked / all);
      }),
      { numRuns: 500 },
    );
  });

  it('measures link text with whitespace folded, as a reader sees it', () => {
    expect(linkDensity(body('<p>  Read   <a href="/x"> the   full </a>  story </p>'))).toBe(
      'the full'.length / 'Read the full story'.length,
    );
  });
});

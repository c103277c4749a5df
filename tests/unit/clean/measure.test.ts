import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/dom';
import { measure } from '../../../lib/clean/measure';
import { textLength, withSharedIndex } from '../../../lib/clean/page-index';
import { fixtureHtml } from '../fixtures/golden';
import { page } from './helpers';

// While findClutter shares its page index, measure answers from the index and a cache; the
// answers must be exactly those of a fresh walk, for every element and every limit.
const LIMITS = [0, 15, 60, 120, 300, 600, 3000, Number.POSITIVE_INFINITY];

function answers(doc: Document): unknown[] {
  return Array.from(doc.body.querySelectorAll('*')).flatMap((el) =>
    LIMITS.map((max) => measure(el, max)),
  );
}

describe('measure with a shared page index', () => {
  it.each(['farm-ap-blinken', 'news-original-london', 'news-reuters-multicity'])(
    'gives the same answers as a fresh walk on %s',
    (name) => {
      const doc = parseHtml(fixtureHtml(name), 'https://news.example/story');
      const fresh = answers(doc);
      // Twice inside: the second round reads the cache.
      const shared = withSharedIndex(doc.body, () => [answers(doc), answers(doc)]);
      expect(shared[0]).toEqual(fresh);
      expect(shared[1]).toEqual(fresh);
    },
  );

  it('knows an element’s text length without reading it, and nothing outside the index', () => {
    const doc = page('<div id="a"><p>one two</p><script>var x = 1;</script><p> three </p></div>');
    const a = doc.getElementById('a') as Element;
    withSharedIndex(doc.body, () => {
      expect(textLength(a)).toBe(measure(a)?.chars);
      expect(textLength(doc.body)).toBe(-1);
    });
    expect(textLength(a)).toBe(-1);
  });
});

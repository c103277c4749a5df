import { describe, expect, it } from 'vitest';
import { linkListRule as rule } from '../../../lib/clean/link-list';
import { findsTags, PROSE } from './helpers';

const list = (hrefs: string[]) =>
  `<ul>${hrefs.map((h, i) => `<li><a href="${h}">Fascinating facts about galaxy number ${i}</a></li>`).join('')}</ul>`;

describe('link-list', () => {
  it('removes a bare list of headlines from the same site', () => {
    expect(
      findsTags(
        rule,
        `${PROSE}${list(['/a.html', 'https://news.example/b', 'https://www.news.example/c'])}`,
      ),
    ).toEqual(['ul']);
  });

  it.each([
    [
      'links to another site (a deals list)',
      list(['https://shop.example/a', 'https://shop.example/b', 'https://shop.example/c']),
    ],
    [
      'items with words of their own',
      '<ul><li>Budget: <a href="/r">the report</a> says more</li><li>Roads: <a href="/s">the plan</a></li><li>Schools: <a href="/t">the audit</a></li></ul>',
    ],
    [
      'a one-word menu',
      '<ul><li><a href="/a">Home</a></li><li><a href="/b">Sports</a></li><li><a href="/c">Jobs</a></li></ul>',
    ],
    ['two items', list(['/a', '/b'])],
  ])('keeps %s', (_, html) => {
    expect(findsTags(rule, `${PROSE}${html}`)).toEqual([]);
  });
});

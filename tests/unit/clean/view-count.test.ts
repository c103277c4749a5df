import { describe, expect, it } from 'vitest';
import { viewCountRule as rule } from '../../../lib/clean/view-count';
import { finds, PROSE } from './helpers';

describe('view-count', () => {
  it.each([
    '<span>12,345 views</span>',
    '<div>Views: 1.2M</div>',
    '<em>阅读 (12,345)</em>',
    '<span>浏览 1234</span>',
    '<p>Visto 1.234 veces</p>',
    '<span><b>3,021</b> views</span>',
  ])('removes %s', (html) => {
    expect(finds(rule, `${PROSE}${html}${PROSE}`)).toHaveLength(1);
  });

  it('takes a bare number in an element named for views', () => {
    expect(finds(rule, `${PROSE}<span class="view-count"><svg></svg>4,410</span>`)).toEqual([
      '4,410',
    ]);
  });

  it.each([
    [
      'a sentence with a count',
      '<p>The video drew 12,345 views in its first hour, the company said.</p>',
    ],
    [
      'an inline count in prose',
      '<p>The clip had <b>12,345 views</b> by Monday, when the police asked to see it.</p>',
    ],
    [
      'a caption',
      '<figure><img src="a.jpg"><figcaption>Views from the summit, 2024</figcaption></figure>',
    ],
    ['a table of figures', '<table><tr><td>Budget video</td><td>1,200 views</td></tr></table>'],
  ])('keeps %s', (_, html) => {
    expect(finds(rule, `${PROSE}${html}`)).toEqual([]);
  });
});

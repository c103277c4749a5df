import { describe, expect, it } from 'vitest';
import { isByline, isDateLine, bylineRule as rule } from '../../../lib/clean/byline';
import { finds, PROSE } from './helpers';

describe('byline', () => {
  it.each([
    [
      'a byline with a linked name',
      '<p class="byline">By <a href="/staff/jd">Paul Takahashi</a></p>',
    ],
    ['a byline and a time', '<div>By Justine Coleman - 11/18/19 11:04 PM EST</div>'],
    [
      'several writers and an update',
      '<div>By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM</div>',
    ],
    ['a date line', '<p>Nov. 20, 2019, 9:28 AM UTC</p>'],
    ['a date line with an outlet', '<p>November 20, 2019 / 1:07 AM / CBS News</p>'],
    ['a date in Italian', '<div>02 Ago 2017</div>'],
    ['a numeric date', '<div class="pagedate">2018-08-16</div>'],
    [
      'a named byline without "By"',
      '<p class="byline ap-byline">Robert Burns, AP National Security Writer</p>',
    ],
    ['a reading time', '<span>7 min read</span>'],
    ['a Portuguese reading time', '<p>Tempo de leitura: 2 minutos</p>'],
    ['a lone <time>', '<time datetime="2019-11-19">November 19, 2019 at 9:45 am</time>'],
  ])('removes %s', (_, html) => {
    expect(finds(rule, `${html}${PROSE}`)).toHaveLength(1);
  });

  it.each([
    [
      'a sentence that opens with "By"',
      '<p>By Tuesday, the council had voted twice on the budget.</p>',
    ],
    ['a timeline heading', '<h3>Nov. 19, 2019</h3>'],
    ['a live blog time without a date', '<p>10 p.m.</p>'],
    ['a date in a table', '<table><tr><td>Jan. 5, 2024</td><td>Opening</td></tr></table>'],
    ['a wire dateline', '<p>NEW YORK, Sept 18 (Reuters) - Stocks rose on Tuesday.</p>'],
    ['a title-case heading', '<h2>By Land And Sea</h2>'],
    ['a span of dates', '<p>29 November 2018 | 20 January 2019</p>'],
    [
      'a named box holding a sentence',
      '<div class="byline">The suspect confessed and the jury took minutes By Scott Gordon</div>',
    ],
    ['a month and a day alone', '<p>Nov. 19</p>'],
  ])('keeps %s', (_, html) => {
    expect(finds(rule, `${html}${PROSE}`)).toEqual([]);
  });

  it('reads bylines and date lines', () => {
    expect(
      isByline('By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.'),
    ).toBe(true);
    expect(isByline('By the numbers')).toBe(false);
    expect(isDateLine('| UPDATED: 11:05, Tue, Nov 19, 2019')).toBe(true);
    expect(isDateLine('segunda-feira, 22 de janeiro de 2018 às 0:13')).toBe(true);
    expect(isDateLine('November 2019')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { prevNextRule as rule } from '../../../lib/clean/prev-next';
import { finds, findsTags, PROSE } from './helpers';

describe('prev-next', () => {
  it('removes a previous/next pair as one block', () => {
    const body = `${PROSE}<div class="nav"><a rel="prev" href="/1">« Previous post<span>Old news</span></a>
      <a rel="next" href="/3">Next post »<span>New news</span></a></div>`;
    expect(findsTags(rule, body)).toEqual(['div']);
  });

  it('removes Chinese labels followed by links', () => {
    const body = `${PROSE}<div><p>上一篇：<a href="/1">昨日新闻标题</a></p><p>下一篇：<a href="/3">明日新闻标题</a></p></div>`;
    expect(findsTags(rule, body)).toEqual(['div']);
  });

  it('removes a Spanish link', () => {
    expect(finds(rule, `${PROSE}<p><a href="/a">Artículo anterior</a></p>`)).toEqual([
      'Artículo anterior',
    ]);
  });

  it.each([
    [
      'prose about a previous article',
      '<p>The previous article in this series explained how rates are set by the bank.</p>',
    ],
    [
      'a label followed by prose',
      '<p>Next story: the mayor said on Monday that the budget would pass easily.</p>',
    ],
  ])('keeps %s', (_, html) => {
    expect(finds(rule, `${PROSE}${html}`)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { tagsRule as rule } from '../../../lib/clean/tags';
import { finds, findsTags, PROSE } from './helpers';

describe('tags', () => {
  it('removes a labelled row of tag links', () => {
    const body = `${PROSE}<p><strong>Tags:</strong> <a href="/t/economy">Economy</a>, <a href="/t/china">China</a></p>`;
    expect(finds(rule, body)).toEqual(['Tags: Economy , China']);
  });

  it('removes a named tag list', () => {
    const body = `${PROSE}<ul class="tags"><li><a href="/t/a">Diplomacy</a></li><li><a href="/t/b">Trade</a></li></ul>`;
    expect(findsTags(rule, body)).toEqual(['ul']);
  });

  it('removes Chinese and Spanish labels', () => {
    expect(
      finds(
        rule,
        `${PROSE}<div><span>标签：</span><a href="/t/1">外交</a><a href="/t/2">美国</a></div>`,
      ),
    ).toHaveLength(1);
    expect(
      finds(
        rule,
        `${PROSE}<div>Etiquetas: <a href="/t/1">Política</a> <a href="/t/2">Economía</a></div>`,
      ),
    ).toHaveLength(1);
  });

  it('removes rows of rel=tag links', () => {
    const body = `${PROSE}<div class="meta-x"><a rel="tag" href="/t/1">Space</a> <a rel="tag" href="/t/2">NASA</a></div>`;
    expect(findsTags(rule, body)).toEqual(['div']);
  });

  it.each([
    [
      'prose after the label',
      '<p>Tags: the luggage labels airlines print have changed little since 1990.</p>',
    ],
    [
      'a topics heading over prose',
      '<h3>Topics</h3><p>The committee will discuss three topics on Monday, including the budget.</p>',
    ],
    [
      'a tag list of headlines',
      '<ul class="tags"><li><a href="/1">A very long headline about the budget vote that passed on Monday night</a></li></ul>',
    ],
  ])('keeps %s', (_, html) => {
    expect(finds(rule, `${PROSE}${html}`)).toEqual([]);
  });
});

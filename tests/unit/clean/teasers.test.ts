import { describe, expect, it } from 'vitest';
import { teasersRule as rule } from '../../../lib/clean/teasers';
import { findsTags, PROSE } from './helpers';

const card = (n: number) =>
  `<div class="col"><article class="card"><a href="/story-${n}"><img src="https://img.example/${n}.jpg"></a><header><p>KICKER ${n}</p><h2><a href="/story-${n}">Headline number ${n} about something</a></h2></header><p>A line of teaser text for story ${n}.</p></article></div>`;

describe('teasers', () => {
  it('removes a grid of story cards', () => {
    expect(
      findsTags(rule, `${PROSE}<div class="grid">${card(1)}${card(2)}${card(3)}</div>`),
    ).toEqual(['div']);
  });

  it('removes a rail of cards that link to other stories', () => {
    const item = (n: number) =>
      `<div class="swiper-slide"><a href="/s${n}"><img src="https://img.example/${n}.jpg"></a><h3>KICKER</h3><p>Teaser ${n}</p></div>`;
    expect(
      findsTags(rule, `${PROSE}<div class="swiper-container">${item(1)}${item(2)}${item(3)}</div>`),
    ).toEqual(['div']);
  });

  it.each([
    [
      'a photo carousel',
      `<div class="carousel">${[1, 2, 3].map((n) => `<a href="https://img.example/${n}.jpg"><img src="https://img.example/${n}.jpg"></a>`).join('')}</div>`,
    ],
    [
      'the story in an <article>',
      `<article>${PROSE}<p><a href="/source">A source</a></p></article>`,
    ],
    ['two cards only', `<div class="grid">${card(1)}${card(2)}</div>`],
    [
      'a post classed as a slider category',
      `<article class="post category-slider">${PROSE}${PROSE}<a href="/a">a</a><a href="/b">b</a></article>`,
    ],
  ])('keeps %s', (_, html) => {
    expect(findsTags(rule, `${PROSE}${html}`)).toEqual([]);
  });
});

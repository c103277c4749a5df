import { describe, expect, it } from 'vitest';
import { reactionsRule as rule } from '../../../lib/clean/reactions';
import { finds, PROSE } from './helpers';

describe('reactions', () => {
  it.each([
    [
      'a vote counter',
      '<div class="vote"><a href="#">superGood! (5120)</a></div>',
      'superGood! (5120)',
    ],
    ['a like button', '<button>Like (88)</button>', 'Like (88)'],
    ['an emoji count', '<span>👍 1.2k</span>', '👍 1.2k'],
    ['a heart', '<span>❤ 32</span>', '❤ 32'],
    ['a Spanish count', '<span>Me gusta (1.024)</span>', 'Me gusta (1.024)'],
    ['a Chinese count', '<span>赞 (12)</span>', '赞 (12)'],
  ])('removes %s', (_, html, text) => {
    expect(finds(rule, `${PROSE}${html}${PROSE}`)).toEqual([text]);
  });

  it('takes a row of counters as one block', () => {
    const body = `${PROSE}<div class="reactions"><button>👍 12</button> <button>👎 3</button> <button>😂 7</button></div>`;
    expect(finds(rule, body)).toEqual(['👍 12 👎 3 😂 7']);
  });

  it('takes a bare number in an element named for votes', () => {
    expect(finds(rule, `${PROSE}<span class="like-count">88</span>`)).toEqual(['88']);
  });

  it.each([
    ['a chapter heading', '<h2>Chapter 3</h2>'],
    [
      'a figure caption with a count',
      '<figure><img src="a.jpg"><figcaption>Likes 1,200</figcaption></figure>',
    ],
    ['a table cell', '<table><tr><td>Shares</td><td>1.2M shares</td></tr></table>'],
    [
      'prose with a band name',
      '<p>Love 2 Hate, the band, played 12 songs to a crowd of 3,000.</p>',
    ],
    [
      'a count inside a sentence',
      '<p>The post drew <b>88 likes</b> before it was deleted on Monday by the agency.</p>',
    ],
  ])('keeps %s', (_, html) => {
    expect(finds(rule, `${PROSE}${html}`)).toEqual([]);
  });
});

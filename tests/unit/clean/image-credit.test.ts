import { describe, expect, it } from 'vitest';
import { isCredit, imageCreditRule as rule } from '../../../lib/clean/image-credit';
import { finds, PROSE } from './helpers';

const IMG = '<img src="https://img.example/a.jpg" alt="">';

describe('image-credit', () => {
  it.each([
    [
      'a named credit',
      `<figure>${IMG}<figcaption><span class="credit">Photo: Hau Dinh, AP</span></figcaption></figure>`,
    ],
    [
      'a credit after its caption',
      `<figure>${IMG}<figcaption><span>Officials inspect the hospital in Beijing on Sunday, where patients were treated.</span><span class="article__credit">Credit: EPA</span></figcaption></figure>`,
    ],
    ['an "Image credit" line', `<figure>${IMG}<p>(Image credit: Blue Origin)</p></figure>`],
    [
      'an agency alone in a caption',
      `<figure>${IMG}<figcaption><span>Reuters</span></figcaption></figure>`,
    ],
    [
      'a photographer and an agency',
      `<figure>${IMG}<div class="caption"><span>Alex Wong | Getty Images</span></div></figure>`,
    ],
    ['an "Image copyright" line', '<p>Image copyright Getty Images</p>'],
    ['a New York Times credit', '<p>Credit...Doug Mills/The New York Times</p>'],
    ['a courtesy line', `<figure>${IMG}<p>Courtesy of Andrew Vaughan</p></figure>`],
  ])('removes %s', (_, html) => {
    expect(finds(rule, `${PROSE}${html}${PROSE}`)).toHaveLength(1);
  });

  it('takes the credit and leaves the caption', () => {
    const found = finds(
      rule,
      `<figure>${IMG}<figcaption><span>Smoke rises over the hills near the city as firefighters work through the night.</span> <span class="credit">Photo: Jane Roe / AP</span></figcaption></figure>`,
    );
    expect(found).toEqual(['Photo: Jane Roe / AP']);
  });

  it.each([
    ['a chart source', `<figure>${IMG}<figcaption>Source: World Bank</figcaption></figure>`],
    [
      'a caption',
      `<figure>${IMG}<figcaption>Protesters march in Hong Kong on Sunday.</figcaption></figure>`,
    ],
    [
      'a caption that starts like a credit',
      '<p>Photo: Jose Mourinho, left, has replaced Mauricio Pochettino as manager this week</p>',
    ],
    [
      'a link to a gallery',
      '<ul><li><a href="/gallery"><u>Photos: Europa, Mysterious Icy Moon of Jupiter</u></a></li></ul>',
    ],
    ['an agency named outside a picture', '<p>Reuters</p>'],
    ['a graphic link', '<p>(Graphic: Global assets in 2019 - <a href="/g">here</a>)</p>'],
  ])('keeps %s', (_, html) => {
    expect(finds(rule, `${PROSE}${html}`)).toEqual([]);
  });

  it('reads credit lines', () => {
    expect(isCredit('Photo illustration by Slate. Photo by David Dyer-Bennet.', false)).toBe(true);
    expect(isCredit('Natalie Naccache | Bloomberg | Getty Images', true)).toBe(true);
    expect(isCredit('Natalie Naccache | Bloomberg | Getty Images', false)).toBe(false);
  });
});

describe('image-credit: rights lines', () => {
  it('keeps a site rights line outside a picture, and takes a © credit in one', () => {
    expect(finds(rule, `${PROSE}<p>© 2024 Daily Market Pulse</p>`)).toEqual([]);
    expect(
      finds(rule, `${PROSE}<figure>${IMG}<figcaption><span>© Amazon</span></figcaption></figure>`),
    ).toEqual(['© Amazon']);
  });
});

describe('image-credit: a credit under a bare picture', () => {
  it('takes a © credit printed right under a picture', () => {
    expect(finds(rule, `${PROSE}<div><p>${IMG}</p><p>© Aaron Schwartz</p></div>${PROSE}`)).toEqual([
      '© Aaron Schwartz',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { duplicateRule as rule } from '../../../lib/clean/duplicate';
import { finds, PROSE } from './helpers';

const CAPTION = 'In this Sunday photograph, a long row of unsold cars sits at a dealership.';
const fig = (n: number) =>
  `<figure><img src="https://img.example/${n}.jpg"><figcaption>${CAPTION}</figcaption></figure>`;

describe('duplicate', () => {
  it('removes every later copy of a caption and keeps the first', () => {
    expect(finds(rule, `${fig(1)}${PROSE}${fig(2)}${fig(3)}`)).toEqual([CAPTION, CAPTION]);
  });

  it.each([
    [
      'a repeated interview question',
      `<p>What inspired you to start cooking online?</p>${PROSE}<p>What inspired you to start cooking online?</p>`,
    ],
    [
      'a repeated short credit',
      `${fig(1)}<figure><img src="x.jpg"><figcaption>Photo: AP</figcaption></figure><figure><img src="y.jpg"><figcaption>Photo: AP</figcaption></figure>`,
    ],
    ['a caption box and its paragraph', `<div class="caption"><p>${CAPTION}</p></div>`],
  ])('keeps %s', (_, html) => {
    expect(finds(rule, `${PROSE}${html}`)).toEqual([]);
  });
});

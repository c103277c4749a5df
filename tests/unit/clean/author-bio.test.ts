import { describe, expect, it } from 'vitest';
import { authorBioRule as rule } from '../../../lib/clean/author-bio';
import { finds, PROSE } from './helpers';

describe('author-bio', () => {
  it.each([
    [
      'a named bio box',
      '<div class="author-bio"><h2>About the Author</h2><p>Trevor is the senior editor of a deals site.</p></div>',
    ],
    ['a bio sentence that closes the story', '<p>Phil Helsel is a reporter for NBC News.</p>'],
    [
      'a contact line',
      '<p><em>Email Tariq Malik at tmalik@example.com or follow him @tariqjmalik.</em></p>',
    ],
    [
      'a "write to" line split by a link',
      '<p><strong>Write to </strong>Al Root at <a href="mailto:al@example.com">al@example.com</a></p>',
    ],
    [
      'a social follow line',
      '<p><i>Follow Newsbeat on </i><a href="https://instagram.com/x">Instagram</a><i> and </i><a href="https://twitter.com/x">Twitter</a>.</p>',
    ],
    ['a tip line', '<p>Have a tip? Amy may be reached at amy@example.com.</p>'],
    ["the writer's address alone", '<p>paul.takahashi@example.com</p>'],
  ])('removes %s', (_, html) => {
    expect(finds(rule, `${PROSE}${html}`)).toHaveLength(1);
  });

  it.each([
    [
      'a bio sentence mid-story',
      `<p>Jane Doe is a reporter who broke the story in 2017.</p>${PROSE}${PROSE}${PROSE}`,
    ],
    [
      'a sentence about someone',
      '<p>Although Hitler was born in Braunau in 1889, Austria argued for decades it was a victim.</p>',
    ],
    [
      'a news subject described by their job',
      '<p>Mayer was named chairman of the division in March 2018.</p>',
    ],
    ['"Follow" in prose', '<p>Follow the money, investigators say.</p>'],
    ['a quoted tweet', '<blockquote><p>Follow me on Twitter @jdoe</p></blockquote>'],
  ])('keeps %s', (_, html) => {
    expect(finds(rule, `${PROSE}${html}`)).toEqual([]);
  });
});

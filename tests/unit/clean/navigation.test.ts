import { describe, expect, it } from 'vitest';
import { navigationRule as rule } from '../../../lib/clean/navigation';
import { findsTags, PROSE } from './helpers';

const items = (words: string[]) => words.map((w) => `<li><a href="/${w}">${w}</a></li>`).join('');

describe('navigation', () => {
  it.each([
    [
      'a <nav> menu',
      `<nav><ul>${items(['Home', 'Local', 'Sports', 'Business'])}</ul></nav>`,
      'nav',
    ],
    ['a role=menu list', `<ul role="menu">${items(['Careers', 'Privacy', 'Terms'])}</ul>`, 'ul'],
    [
      'a list named as a sub-menu',
      `<ul class="subnavLinks">${items(['Careers', 'Privacy', 'Terms', 'Archives'])}</ul>`,
      'ul',
    ],
  ])('removes %s', (_, html, tag) => {
    expect(findsTags(rule, `${html}${PROSE}`)).toEqual([tag]);
  });

  it.each([
    [
      'a <nav> around prose',
      `<nav>${PROSE}<a href="/a">one</a> <a href="/b">two</a> <a href="/c">three</a></nav>`,
    ],
    ['a list of links in the story', `<ul>${items(['Report', 'Annex', 'Letter'])}</ul>`],
    [
      "a restaurant's menu",
      '<ul class="menu">' + '<li>Soup $4</li><li>Bread $2</li><li>Pie $5</li></ul>',
    ],
    ['a menu of two links', `<nav>${items(['Previous', 'Next'])}</nav>`],
  ])('keeps %s', (_, html) => {
    expect(findsTags(rule, `${PROSE}${html}`)).toEqual([]);
  });
});

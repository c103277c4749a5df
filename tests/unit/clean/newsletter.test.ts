import { describe, expect, it } from 'vitest';
import { newsletterRule as rule } from '../../../lib/clean/newsletter';
import { finds, findsTags, PROSE } from './helpers';

describe('newsletter', () => {
  it('removes a sign-up form with an email field', () => {
    const body = `${PROSE}<aside><form><p>Get our morning briefing</p><input type="email" placeholder="you@example.com"><button>Sign up</button></form></aside>`;
    expect(findsTags(rule, body)).toEqual(['aside']);
  });

  it('removes a titled box with a pitch and a link', () => {
    const body = `${PROSE}<div class="promo"><h3>Newsletter</h3><p>Sign up for our daily newsletter and get the news in your inbox.</p><a href="/nl">Subscribe</a></div>${PROSE}`;
    expect(finds(rule, body)).toEqual([expect.stringMatching(/^Newsletter Sign up .* Subscribe$/)]);
  });

  it.each([
    '<p>Subscribe to our weekly briefing for the best of our coverage.</p>',
    '<div>Suscríbete a nuestro boletín</div>',
    '<p>There is more where that came from. Sign up for Market Notes today to get it in your inbox.</p>',
  ])('removes %s', (html) => {
    expect(finds(rule, `${PROSE}${html}${PROSE}`)).toHaveLength(1);
  });

  it.each([
    [
      'prose about a newsletter',
      '<p>The company urged readers to sign up for its newsletter, which now reaches two million people every week.</p>',
    ],
    [
      'prose that starts with the word',
      '<p>Newsletters are booming, the report said, as readers look for news away from social media feeds.</p>',
    ],
    [
      'a share list with an email link',
      '<ul><li><a href="mailto:?subject=x"><p>Email</p></a></li><li><a href="https://twitter.com/intent/tweet">Twitter</a></li></ul>',
    ],
    [
      'a search form',
      '<form role="search"><input type="search" name="q"><button>Search</button></form>',
    ],
  ])('keeps %s', (_, html) => {
    expect(finds(rule, `${PROSE}${html}`)).toEqual([]);
  });
});

describe('newsletter: pitches split by links', () => {
  it.each([
    [
      'a pitch around a linked name',
      "<p><strong>There's plenty more where that came from. Sign up for <a href='/n'>The Water Cooler</a> today to get the free daily newsletter delivered to your inbox daily.</strong></p>",
    ],
    [
      'a click-here pitch',
      '<h2 class="title"><a href="/n">Click here to subscribe to The Paradigm Newsletter</a></h2>',
    ],
  ])('removes %s', (_, html) => {
    expect(finds(rule, `${PROSE}${html}${PROSE}`)).toHaveLength(1);
  });
});

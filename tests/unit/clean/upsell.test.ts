import { describe, expect, it } from 'vitest';
import { upsellRule as rule } from '../../../lib/clean/upsell';
import { finds, findsTags, PROSE } from './helpers';

describe('upsell', () => {
  it('removes a paywall box', () => {
    const body = `${PROSE}<div class="paywall"><h3>Subscribe to keep reading</h3><p>Already a subscriber? Sign in.</p><a href="/s">Subscribe</a></div>`;
    expect(findsTags(rule, body)).toEqual(['div']);
  });

  it.each([
    '<p>To see the full ratings please upgrade to Premium</p>',
    '<div>Become a member to unlock every story.</div>',
    '<p>Cet article est réservé aux abonnés.</p>',
  ])('removes %s', (html) => {
    expect(finds(rule, `${PROSE}${html}${PROSE}`)).toHaveLength(1);
  });

  it('removes a pitch that ends in a call to action', () => {
    const body = `${PROSE}<aside><p>Enjoying this story?</p><p>Support independent journalism.</p><a href="/join">Subscribe</a></aside>`;
    expect(findsTags(rule, body)).toEqual(['aside']);
  });

  it.each([
    [
      'prose with the phrase inside',
      '<p>She decided to become a member of the club in 1998, and later ran it.</p>',
    ],
    ['a story marked premium', `<div class="premium">${PROSE}${PROSE}${PROSE}</div>`],
    [
      'a lone subscribe link in a menu',
      '<ul><li><a href="/s">Subscribe</a></li><li><a href="/n">News</a></li></ul>',
    ],
  ])('keeps %s', (_, html) => {
    expect(finds(rule, `${PROSE}${html}`)).toEqual([]);
  });

  it('keeps a short story around a paywall box, taking only the box', () => {
    const body = `<div><p>The council met on Monday night to debate the budget for the coming year.</p>
      <p>It voted eight to three to approve it, after a long debate about the cost of road repairs.</p>
      <div class="paywall"><p>Subscribe to keep reading</p></div></div>`;
    expect(finds(rule, body)).toEqual(['Subscribe to keep reading']);
  });
});

describe('upsell: plugs for the publisher', () => {
  it.each([
    [
      'a magazine offer split by links',
      '<p>Get <a href="/m">Motor Cycle Monthly</a> delivered through your letterbox every month. 12 issues for £11.99. <a href="/m">Click here</a> for more information.</p>',
    ],
    [
      'a channel plug',
      '<p><strong><a href="https://video.example/c">Subscribe to the <em>Toys</em> YouTube Channel for all of the latest videos!</a></strong></p>',
    ],
    [
      'a sister-title plug after a question',
      '<p>Need more space? Subscribe to our sister title "All About Space" Magazine for the latest news.</p>',
    ],
    [
      'a forum plug',
      '<p><em><a href="/forums">Join our Space Forums</a> to keep talking space on the latest missions!</em></p>',
    ],
  ])('removes %s', (_, html) => {
    expect(finds(rule, `${PROSE}${html}${PROSE}`)).toHaveLength(1);
  });

  it('keeps a sentence about a subscription', () => {
    expect(
      finds(
        rule,
        `${PROSE}<p>Subscriptions to the magazine fell by a third in 2019, its owner said.</p>`,
      ),
    ).toEqual([]);
  });
});

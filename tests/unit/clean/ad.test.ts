import { describe, expect, it } from 'vitest';
import { adRule as rule } from '../../../lib/clean/ad';
import { finds, findsTags, PROSE } from './helpers';

describe('ad', () => {
  it.each([
    ['an AdSense slot', '<ins class="adsbygoogle" data-ad-slot="123"></ins>', 'ins'],
    ['a GPT slot', '<div id="div-gpt-ad-1445-0"></div>', 'div'],
    ['a named slot', '<div class="ad-slot"><iframe src="/x"></iframe></div>', 'div'],
    ['a label', '<p>Advertisement</p>', 'p'],
    [
      'a German label with its frame',
      '<div><span>Anzeige</span><iframe src="/x"></iframe></div>',
      'div',
    ],
    ['a Chinese label', '<p>广告</p>', 'p'],
  ])('removes %s', (_, html, tag) => {
    expect(findsTags(rule, `${PROSE}${html}${PROSE}`)).toEqual([tag]);
  });

  it('removes an affiliate disclosure', () => {
    expect(finds(rule, `${PROSE}<p>This post may contain affiliate links.</p>`)).toHaveLength(1);
  });

  it.each([
    [
      'prose about an advertisement',
      '<p>The advertisement showed a family at dinner, and viewers complained.</p>',
    ],
    ['a heading', '<h2>Ad astra</h2>'],
    ['a story in a misnamed box', `<div class="ad">${PROSE}${PROSE}</div>`],
  ])('keeps %s', (_, html) => {
    expect(finds(rule, `${PROSE}${html}`)).toEqual([]);
  });
});

describe('ad: more labels and disclosures', () => {
  it.each([
    ['an Indonesian label', '<p>Iklan</p>'],
    [
      'a commission disclosure',
      '<p>Microsoft may earn an Affiliate Commission if you purchase something through recommended links.</p>',
    ],
  ])('removes %s', (_, html) => {
    expect(finds(rule, `${PROSE}${html}${PROSE}`)).toHaveLength(1);
  });

  it('keeps a sentence about a commission', () => {
    expect(
      finds(
        rule,
        `${PROSE}<p>The commission will publish its report in May, officials said on Monday.</p>`,
      ),
    ).toEqual([]);
  });
});

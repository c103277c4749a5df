import { describe, expect, it } from 'vitest';
import {
  defaultSiteRules,
  parseCosmeticFilters,
  siteRulesFor,
} from '../../../lib/clean/site-rules';
import { PROSE, page } from './helpers';

describe('parseCosmeticFilters', () => {
  it('reads host##selector lines, one rule per host, skipping comments and blanks', () => {
    const text = `! my rules\n\nexample.com##.related-box\n  news.example.org##aside.promo  \nexample.com##.related-box\nexample.com###sidebar`;
    expect(parseCosmeticFilters(text)).toEqual([
      { host: 'example.com', selectors: ['.related-box', '#sidebar'] },
      { host: 'news.example.org', selectors: ['aside.promo'] },
    ]);
  });

  it('gives every host of a multi-host line the selector', () => {
    expect(parseCosmeticFilters('a.com,B.com##.x')).toEqual([
      { host: 'a.com', selectors: ['.x'] },
      { host: 'b.com', selectors: ['.x'] },
    ]);
  });

  it('ignores what it cannot read', () => {
    const text = [
      '[Adblock Plus 2.0]',
      '##.generic-ad',
      'example.com#@#.allowed',
      'example.com#?#div:has-text(Sponsored)',
      'example.com##+js(set-constant, x, 1)',
      '~example.com##.not-here',
      'example.*##.wildcard',
      'just some text',
    ].join('\n');
    expect(parseCosmeticFilters(text)).toEqual([]);
  });

  it('ships parsed defaults', () => {
    expect(defaultSiteRules.length).toBeGreaterThan(0);
    expect(defaultSiteRules.every((r) => r.selectors.length > 0)).toBe(true);
  });
});

describe('siteRulesFor', () => {
  const rules = parseCosmeticFilters(
    'example.com##.promo\nexample.com##aside.more\nother.com##.promo',
  );
  const body = `${PROSE}<div class="promo"><span class="promo">x</span></div><aside class="more">more</aside>`;

  it('applies a host to itself and its subdomains, outermost blocks in order', () => {
    for (const host of ['example.com', 'www.example.com', 'NEWS.Example.com.']) {
      const found = siteRulesFor(host, rules).find(page(body));
      expect(found.map((el) => el.localName)).toEqual(['div', 'aside']);
    }
  });

  it('does not apply to look-alike hosts', () => {
    expect(siteRulesFor('notexample.com', rules).find(page(body))).toEqual([]);
    expect(siteRulesFor('example.com.evil.net', rules).find(page(body))).toEqual([]);
  });

  it('skips a selector the DOM cannot run and keeps the others', () => {
    const bad = parseCosmeticFilters(
      'example.com##div:has-text(x)\nexample.com##[[broken\nexample.com##aside.more',
    );
    const rule = siteRulesFor('example.com', bad);
    expect(rule.kind).toBe('site-rule');
    expect(rule.find(page(body)).map((el) => el.localName)).toEqual(['aside']);
  });
});

import { describe, expect, it } from 'vitest';
import { chooseTitle, cleanTitle, type TitleSite } from '../../../lib/extract/title';

describe('cleanTitle: cuts the site name joined to the headline', () => {
  it.each<[string, TitleSite, string]>([
    [
      'Blinken meets Chinese VP as US-China contacts increase ahead of possible summit -Wealth Evolution Experts',
      { hostname: 'wealthevolutionexperts.com' },
      'Blinken meets Chinese VP as US-China contacts increase ahead of possible summit',
    ],
    ['Fed holds rates steady - Reuters', { siteName: 'Reuters' }, 'Fed holds rates steady'],
    ['Fed holds rates steady | Reuters', { hostname: 'www.reuters.com' }, 'Fed holds rates steady'],
    [
      'Fed holds rates steady — The Guardian',
      { hostname: 'www.theguardian.com' },
      'Fed holds rates steady',
    ],
    ['Fed holds rates steady · The Verge', { siteName: 'The Verge' }, 'Fed holds rates steady'],
    ['Fed holds rates steady – BBC News', { hostname: 'www.bbc.co.uk' }, 'Fed holds rates steady'],
    ['BBC News: Fed holds rates steady', { hostname: 'www.bbc.co.uk' }, 'Fed holds rates steady'],
    ['Reuters | Fed holds rates steady', { siteName: 'Reuters' }, 'Fed holds rates steady'],
    [
      'Fed holds rates steady - The New York Times',
      { hostname: 'www.nytimes.com' },
      'Fed holds rates steady',
    ],
    [
      'Fed holds rates steady | WSJ',
      { siteName: 'The Wall Street Journal' },
      'Fed holds rates steady',
    ],
    [
      'Fed holds rates steady - NYTimes.com',
      { hostname: 'www.nytimes.com' },
      'Fed holds rates steady',
    ],
    [
      'Fed holds rates steady | CNN Politics',
      { hostname: 'edition.cnn.com' },
      'Fed holds rates steady',
    ],
    ['Fed holds rates steady » Le Monde', { siteName: 'Le Monde' }, 'Fed holds rates steady'],
    ['Fed holds rates steady :: Kyiv Post', { siteName: 'Kyiv Post' }, 'Fed holds rates steady'],
    [
      '  Fed   holds rates\n steady  |  Reuters ',
      { siteName: 'Reuters' },
      'Fed holds rates steady',
    ],
    [
      'Fed holds rates steady | Reuters | Reuters',
      { siteName: 'Reuters' },
      'Fed holds rates steady',
    ],
    ['São Paulo floods kill 12 - Folha', { siteName: 'Folha' }, 'São Paulo floods kill 12'],
  ])('%j', (raw, site, expected) => {
    expect(cleanTitle(raw, site)).toBe(expected);
  });
});

describe('cleanTitle: headlines that must stay whole', () => {
  it.each<[string, TitleSite]>([
    ['U.S.-China talks - what we know', { hostname: 'www.reuters.com', siteName: 'Reuters' }],
    ['Opinion: Why the Fed waited', { siteName: 'The Washington Post' }],
    ['Blinken - Wang talks end without deal', { hostname: 'apnews.com', siteName: 'AP News' }],
    ['Live: Fed decision | What markets expect', { siteName: 'Bloomberg' }],
    ['COVID-19 cases rise – again', { hostname: 'www.cdc.gov' }],
    ['Wealth Evolution Experts', { hostname: 'wealthevolutionexperts.com' }],
    ['Apple unveils new iPhone - and a cheaper Watch', { hostname: 'www.apple.com' }],
    ['Trump: ‘We will win’', { siteName: 'Fox News' }],
  ])('%j', (raw, site) => {
    expect(cleanTitle(raw, site)).toBe(raw);
  });

  it('keeps the text when nothing else would be left', () => {
    expect(cleanTitle('Reuters', { siteName: 'Reuters' })).toBe('Reuters');
  });
});

describe('chooseTitle', () => {
  const site = { siteName: 'Daily Planet', hostname: 'www.dailyplanet.com' };

  it('prefers the structured headline when it agrees with <title>', () => {
    const title = chooseTitle(
      ['Fed Holds Rates Steady as Inflation Cools', null],
      'Fed holds rates steady as inflation cools | Daily Planet',
      site,
    );
    expect(title).toBe('Fed Holds Rates Steady as Inflation Cools');
  });

  it('takes og:title when JSON-LD has none, and a truncated headline still agrees', () => {
    expect(
      chooseTitle(
        [null, 'Fed holds rates steady as…'],
        'Fed holds rates steady as inflation cools',
        site,
      ),
    ).toBe('Fed holds rates steady as…');
  });

  it('falls back to <title> when the structured title is stale or generic', () => {
    const page = 'Fed holds rates steady as inflation cools - Daily Planet';
    expect(chooseTitle(['Daily Planet', 'Home'], page, site)).toBe(
      'Fed holds rates steady as inflation cools',
    );
    expect(chooseTitle(['Storm batters coast'], page, site)).toBe(
      'Fed holds rates steady as inflation cools',
    );
  });

  it('uses the structured title when <title> is missing or only the site name', () => {
    expect(chooseTitle(['Storm batters coast'], null, site)).toBe('Storm batters coast');
    expect(chooseTitle(['Storm batters coast'], 'Daily Planet', site)).toBe('Storm batters coast');
  });

  it('returns null when there is no title at all', () => {
    expect(chooseTitle([null, null], null, site)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/dom';
import { readMetadata } from '../../../lib/extract/metadata';

const url = 'https://news.example.com/world/2023/09/18/blinken-han-talks';

function read(head: string, body = '<article><p>Story text.</p></article>', lang = 'en') {
  const html = `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head>${head}</head><body>${body}</body></html>`;
  return readMetadata(parseHtml(html, url), url);
}

const ld = (value: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readMetadata: JSON-LD', () => {
  it('reads a NewsArticle and trusts it over Open Graph', () => {
    const meta = read(
      `<title>Blinken meets China's VP Han at UN | Example News</title>
      <meta property="og:title" content="Old headline from yesterday">
      <meta property="og:site_name" content="Example">
      <meta property="article:published_time" content="2023-09-17T00:00:00Z">
      ${ld({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: "Blinken meets China's VP Han at UN",
        author: [
          { '@type': 'Person', name: 'Humeyra Pamuk' },
          { '@type': 'Person', name: 'Michelle Nichols' },
        ],
        publisher: { '@type': 'Organization', name: 'Example News' },
        datePublished: '2023-09-18T14:05:00-04:00',
        dateModified: '2023-09-18T16:30:00-04:00',
        image: { '@type': 'ImageObject', url: '/img/blinken-han.jpg', width: 1200 },
        description: 'U.S. Secretary of State Antony Blinken met Chinese Vice President Han Zheng.',
        mainEntityOfPage: { '@type': 'WebPage', '@id': url },
        inLanguage: 'en-US',
      })}`,
      undefined,
      '',
    );
    expect(meta).toEqual({
      title: "Blinken meets China's VP Han at UN",
      byline: 'Humeyra Pamuk, Michelle Nichols',
      siteName: 'Example News',
      canonicalUrl: url,
      lang: 'en-US',
      publishedAt: '2023-09-18T18:05:00.000Z',
      leadImage: 'https://news.example.com/img/blinken-han.jpg',
      excerpt: 'U.S. Secretary of State Antony Blinken met Chinese Vice President Han Zheng.',
      type: 'NewsArticle',
    });
  });

  it('follows @graph and @id references (the Yoast shape)', () => {
    const meta = read(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', '@id': 'https://news.example.com/#website', name: 'Example Site' },
          {
            '@type': 'Organization',
            '@id': 'https://news.example.com/#organization',
            name: 'Example Media',
          },
          {
            '@type': 'ImageObject',
            '@id': `${url}#primaryimage`,
            url: 'https://cdn.example.com/lead.jpg',
          },
          { '@type': ['WebPage', 'ItemPage'], '@id': url, url, name: 'Page name' },
          {
            '@type': ['Article', 'NewsArticle'],
            '@id': `${url}#article`,
            headline: 'Biden&#8217;s envoy &amp; China&rsquo;s VP meet',
            author: { '@id': 'https://news.example.com/#/schema/person/42' },
            publisher: { '@id': 'https://news.example.com/#organization' },
            image: { '@id': `${url}#primaryimage` },
            datePublished: '2023-09-18T14:05:00+00:00',
            mainEntityOfPage: { '@id': url },
          },
          {
            '@type': 'Person',
            '@id': 'https://news.example.com/#/schema/person/42',
            name: 'Jane Reporter',
          },
        ],
      }),
    );
    expect(meta.title).toBe('Biden’s envoy & China’s VP meet');
    expect(meta.byline).toBe('Jane Reporter');
    expect(meta.siteName).toBe('Example Media');
    expect(meta.leadImage).toBe('https://cdn.example.com/lead.jpg');
    expect(meta.publishedAt).toBe('2023-09-18T14:05:00.000Z');
    expect(meta.type).toBe('NewsArticle');
  });

  it('reads author and image in every shape sites use', () => {
    const base = { '@type': 'BlogPosting', headline: 'A post', datePublished: '2023-09-18' };
    expect(read(ld({ ...base, author: 'By Sam Writer', image: 'a.jpg' }))).toMatchObject({
      byline: 'Sam Writer',
      leadImage: 'https://news.example.com/world/2023/09/18/a.jpg',
      publishedAt: '2023-09-18T00:00:00.000Z',
      type: 'BlogPosting',
    });
    expect(
      read(
        ld({
          ...base,
          author: ['Ann One', 'Bo Two', 'Ann One'],
          image: ['//cdn.example.com/1.jpg', '/2.jpg'],
        }),
      ),
    ).toMatchObject({ byline: 'Ann One, Bo Two', leadImage: 'https://cdn.example.com/1.jpg' });
    expect(
      read(
        ld({
          ...base,
          author: [{ '@type': 'Organization', name: 'The Associated Press' }],
          image: [{ '@type': 'ImageObject', contentUrl: 'https://cdn.example.com/c.jpg' }],
        }),
      ),
    ).toMatchObject({ byline: 'The Associated Press', leadImage: 'https://cdn.example.com/c.jpg' });
  });

  it('takes the article that is this page when JSON-LD lists several', () => {
    const meta = read(
      ld([
        {
          '@type': 'NewsArticle',
          headline: 'Related: Another story',
          url: 'https://news.example.com/other',
        },
        { '@type': 'ReportageNewsArticle', headline: 'This story', url },
      ]),
    );
    expect(meta.title).toBe('This story');
    expect(meta.type).toBe('ReportageNewsArticle');
  });

  it('reads an article nested as a WebPage mainEntity, and prefixed types', () => {
    const meta = read(
      ld({
        '@type': 'WebPage',
        mainEntity: {
          '@type': 'schema:NewsArticle',
          headline: 'Nested story',
          author: 'A. Writer',
        },
      }),
    );
    expect(meta).toMatchObject({ title: 'Nested story', byline: 'A. Writer', type: 'NewsArticle' });
  });

  it('ignores broken JSON-LD and still reads the rest of the page', () => {
    const meta = read(
      `<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken",</script>
      <script type="application/ld+json">null</script>
      <script type="application/ld+json">[[], "text", {"@type": 5}, {"@graph": null}]</script>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Line one
line two","datePublished":"2023-09-18T10:00:00Z"}</script>
      <meta property="og:site_name" content="Example News">`,
    );
    expect(meta.title).toBe('Line one line two');
    expect(meta.publishedAt).toBe('2023-09-18T10:00:00.000Z');
    expect(meta.siteName).toBe('Example News');
  });

  it('reads JSON-LD wrapped in an HTML comment', () => {
    const meta = read(
      '<script type="application/ld+json"><!--\n{"@type":"Article","headline":"Commented"}\n--></script>',
    );
    expect(meta.title).toBe('Commented');
  });
});

describe('readMetadata: Open Graph, Twitter cards and meta tags', () => {
  it('reads Open Graph when there is no JSON-LD', () => {
    const meta = read(
      `<title>Storm batters coast - Coastal Times</title>
      <meta property="og:title" content="Storm batters coast">
      <meta property="og:site_name" content="Coastal Times">
      <meta property="og:url" content="/world/storm?utm_source=x">
      <meta property="og:image" content="/media/storm.jpg">
      <meta property="og:type" content="article">
      <meta property="og:description" content="High winds cut power to thousands.">
      <meta property="article:published_time" content="2023-09-18T06:00:00+02:00">
      <meta property="article:modified_time" content="2023-09-18T08:00:00+02:00">
      <meta property="article:author" content="https://www.facebook.com/coastaltimes">
      <meta name="author" content="Rita Rain">`,
    );
    expect(meta).toEqual({
      title: 'Storm batters coast',
      byline: 'Rita Rain',
      siteName: 'Coastal Times',
      canonicalUrl: 'https://news.example.com/world/storm?utm_source=x',
      lang: 'en',
      publishedAt: '2023-09-18T04:00:00.000Z',
      leadImage: 'https://news.example.com/media/storm.jpg',
      excerpt: 'High winds cut power to thousands.',
      type: 'article',
    });
  });

  it('falls back to Twitter cards', () => {
    const meta = read(
      `<meta name="twitter:title" content="Quake hits island">
      <meta name="twitter:description" content="A magnitude 6 quake.">
      <meta name="twitter:image" content="https://img.example.com/q.jpg">`,
    );
    expect(meta).toMatchObject({
      title: 'Quake hits island',
      excerpt: 'A magnitude 6 quake.',
      leadImage: 'https://img.example.com/q.jpg',
    });
  });

  it.each([
    ['date', '2023-09-18 14:05:00'],
    ['pubdate', '2023-09-18T14:05:00'],
    ['publish-date', '2023-09-18T14:05:00Z'],
    ['dc.date', '2023-09-18T16:05:00+0200'],
    ['DC.date.issued', '2023-09-18T14:05:00.000+00:00'],
    ['parsely-pub-date', '2023-09-18T14:05:00Z'],
    ['sailthru.date', 'Mon, 18 Sep 2023 14:05:00 GMT'],
  ])('reads <meta name="%s"> as UTC (no zone printed means UTC)', (name, content) => {
    expect(read(`<meta name="${name}" content="${content}">`).publishedAt).toBe(
      '2023-09-18T14:05:00.000Z',
    );
  });

  it('reads itemprop=datePublished, then <time datetime> in the article', () => {
    expect(
      read(
        '',
        '<article><span itemprop="datePublished" content="2023-09-18T09:00:00Z"></span></article>',
      ).publishedAt,
    ).toBe('2023-09-18T09:00:00.000Z');
    expect(
      read('', '<article><p>By A. Writer <time datetime="2023-09-18">Sept. 18</time></p></article>')
        .publishedAt,
    ).toBe('2023-09-18T00:00:00.000Z');
  });

  it('does not take a repost stamp in the body for the publication time', () => {
    const meta = read(
      '<title>Blinken meets Chinese VP -Wealth Evolution Experts</title>',
      '<div>Current:Home > Finance</div><div>View</div><div>Date:2025-04-14 17:47:42</div><p>NEW YORK (AP) — Secretary of State Antony Blinken met Monday…</p>',
    );
    expect(meta.publishedAt).toBeNull();
  });

  it('drops dates that do not parse or are CMS placeholders, and tries the next source', () => {
    const meta = read(
      `<meta property="article:published_time" content="not a date">
      <meta name="date" content="1970-01-01T00:00:00Z">
      <meta name="pubdate" content="2023-09-18T12:00:00Z">`,
    );
    expect(meta.publishedAt).toBe('2023-09-18T12:00:00.000Z');
  });
});

describe('readMetadata: URLs, language and type', () => {
  it('prefers <link rel=canonical>, resolved against the page', () => {
    const meta = read(
      `<link rel="canonical" href="../18/blinken-han-talks-amp">
      <meta property="og:url" content="https://news.example.com/og">`,
    );
    expect(meta.canonicalUrl).toBe(
      'https://news.example.com/world/2023/09/18/blinken-han-talks-amp',
    );
  });

  it('ignores a canonical that points at the home page, and keeps the URL without one', () => {
    expect(read('<link rel="canonical" href="https://news.example.com/">').canonicalUrl).toBe(url);
    expect(read('').canonicalUrl).toBe(url);
  });

  it('ignores an image that is not http(s)', () => {
    expect(
      read('<meta property="og:image" content="data:image/gif;base64,R0lGOD">').leadImage,
    ).toBeNull();
  });

  it('takes <html lang>, else JSON-LD, else og:locale', () => {
    expect(read('', '', 'fr-CA').lang).toBe('fr-CA');
    expect(read(ld({ '@type': 'Article', inLanguage: 'de' }), '', '').lang).toBe('de');
    expect(read('<meta property="og:locale" content="en_GB">', '', '').lang).toBe('en-GB');
    expect(read('', '', '').lang).toBeNull();
  });

  it('takes og:type over a WebSite node that sites print on every page', () => {
    const site = ld({ '@type': 'WebSite', name: 'Example News', url: 'https://news.example.com/' });
    expect(read(`${site}<meta property="og:type" content="article">`).type).toBe('article');
    expect(read(site).type).toBe('WebSite');
    expect(read(site).siteName).toBe('Example News');
    expect(read(ld({ '@type': 'CollectionPage', name: 'World news' })).type).toBe('CollectionPage');
  });

  it('returns nulls, not errors, for an empty page', () => {
    expect(read('', '', '')).toEqual({
      title: null,
      byline: null,
      siteName: null,
      canonicalUrl: url,
      lang: null,
      publishedAt: null,
      leadImage: null,
      excerpt: null,
      type: null,
    });
  });
});

describe('readMetadata: title', () => {
  it('cuts the content farm’s name from <title> using the host', () => {
    const meta = read(
      '<title>Blinken meets Chinese VP as US-China contacts increase ahead of possible summit -Wealth Evolution Experts</title>',
    );
    const farm = 'https://wealthevolutionexperts.com/finance/123.html';
    const html = `<html><head><title>Blinken meets Chinese VP as US-China contacts increase ahead of possible summit -Wealth Evolution Experts</title></head><body></body></html>`;
    expect(readMetadata(parseHtml(html, farm), farm).title).toBe(
      'Blinken meets Chinese VP as US-China contacts increase ahead of possible summit',
    );
    // On another host the suffix is not recognisably the site's name: left alone.
    expect(meta.title).toContain('Wealth Evolution Experts');
  });

  it('prefers og:title when it agrees with <title>, and <title> when og:title is the site name', () => {
    expect(
      read(
        `<title>Fed holds rates | Example News</title><meta property="og:title" content="Fed Holds Rates">`,
      ).title,
    ).toBe('Fed Holds Rates');
    expect(
      read(
        `<title>Fed holds rates | Example News</title><meta property="og:title" content="Example News"><meta property="og:site_name" content="Example News">`,
      ).title,
    ).toBe('Fed holds rates');
  });

  it('ignores an SVG icon’s <title>', () => {
    const html = '<html><head></head><body><svg><title>Close</title></svg></body></html>';
    expect(readMetadata(parseHtml(html, url), url).title).toBeNull();
  });
});

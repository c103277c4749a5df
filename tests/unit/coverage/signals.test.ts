// Hand-made pages around one minimal aggregator: the same cards must stop counting as coverage
// once the page around them is a search, an article, or a home page of many stories.

import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/dom';
import { readAggregator } from '../../../lib/coverage/aggregator';

const url = 'https://agg.example/story/blinken-han-un';
const now = '2023-09-19T12:00:00Z';

const card = (outlet: string, host: string, headline: string) => `
  <li class="item"><span class="source">${outlet}</span>
    <a href="https://${host}/2023/09/18/story">${headline}</a>
    <p>Secretary of State Antony Blinken met Chinese Vice President Han Zheng on Monday in New York, the latest of several meetings meant to steady relations.</p>
    <span>3 hours ago</span></li>`;

const cards = `<ul class="coverage">
  ${card('Reuters', 'www.reuters.com', 'Blinken meets China vice president Han at UN')}
  ${card('Bloomberg', 'www.bloomberg.com', 'Blinken and Han hold talks at UN as US, China prepare summit')}
  ${card('The Straits Times', 'www.straitstimes.com', 'Blinken meets China VP Han to set stage for summit')}
  ${card('Fox News', 'www.foxnews.com', 'Blinken meets Chinese vice president Han amid criticism')}
</ul>`;

const page = (body: string, head = '') =>
  `<!doctype html><html><head><title>Story</title>${head}</head><body>${body}</body></html>`;

const read = (html: string, at = url) => readAggregator(parseHtml(html, at), { url: at, now });

describe('what makes a page an aggregator', () => {
  it('reads one story title over cards from several outlets', () => {
    const got = read(page(`<h1>Blinken meets Chinese vice president Han at UN</h1>${cards}`));
    expect(got.outlets.map((o) => o.outlet)).toEqual([
      'Reuters',
      'Bloomberg',
      'The Straits Times',
      'Fox News',
    ]);
    expect(got.outlets[0]?.time).toBe('2023-09-19T09:00:00.000Z');
  });

  it('gives nothing for a search: the reader asked for a word, not a story', () => {
    const form = '<form action="/search"><input type="search" name="q" value="blinken"></form>';
    expect(
      read(page(`<h1>Blinken meets Chinese vice president Han at UN</h1>${form}${cards}`)).outlets,
    ).toEqual([]);
    expect(
      read(page(`<h1>Results for blinken</h1>${cards}`), 'https://agg.example/search?q=blinken')
        .outlets,
    ).toEqual([]);
  });

  it('gives nothing for an article whose sidebar links to other outlets', () => {
    const paragraph =
      '<p>Secretary of State Antony Blinken met Monday with China’s vice president on the sidelines of the U.N. General Assembly as the Biden administration and Beijing step up high-level contacts ahead of what could be a leader-level summit this fall, officials said.</p>';
    const article = `<h1>Blinken meets Chinese vice president Han at UN</h1><article>${paragraph.repeat(10)}</article>`;
    expect(read(page(`${article}<aside><h2>Elsewhere</h2>${cards}</aside>`)).outlets).toEqual([]);
  });

  it('gives nothing for a home page of many stories from many outlets', () => {
    const cluster = (topic: string) => `<section><ul>
      ${card('Reuters', 'www.reuters.com', `${topic} as officials respond on Monday`)}
      ${card('CNN', 'www.cnn.com', `What we know about ${topic}`)}
      ${card('BBC News', 'www.bbc.com', `${topic}: live updates and reaction`)}
    </ul></section>`;
    const home = `<h1>Top stories</h1>${cluster('Hurricane Lee nears New England coast')}${cluster('Auto workers strike at three plants')}${cluster('Apple unveils the iPhone 15 lineup')}`;
    expect(read(page(home)).outlets).toEqual([]);
  });

  it('gives nothing when fewer than three outlets cover it', () => {
    const two = `<h1>Blinken meets Chinese vice president Han at UN</h1><ul>
      ${card('Reuters', 'www.reuters.com', 'Blinken meets China vice president Han at UN')}
      ${card('Bloomberg', 'www.bloomberg.com', 'Blinken and Han hold talks at UN as US, China prepare summit')}
    </ul>`;
    expect(read(page(two)).outlets).toEqual([]);
  });

  it('leaves out sponsored widgets that link to other sites', () => {
    const widget = `<div class="taboola-feed"><h3>Around the web</h3><ul>
      ${card('Investing Daily', 'ads.example-partner.com', 'Blinken meets Han: what it means for your portfolio now')}
      ${card('Health Tips', 'promo.example-health.com', 'Doctors stunned by this one trick after Blinken meets Han')}
    </ul></div>`;
    const got = read(
      page(`<h1>Blinken meets Chinese vice president Han at UN</h1>${cards}${widget}`),
    );
    expect(got.outlets.map((o) => o.outlet)).toEqual([
      'Reuters',
      'Bloomberg',
      'The Straits Times',
      'Fox News',
    ]);
  });
});

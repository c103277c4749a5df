// All rules together on a content-farm page, as the pipeline runs them: on the whole page, and
// on a Readability-shaped fragment where the surrounding chrome is gone.
import { describe, expect, it } from 'vitest';
import { clutterRules, removeClutter } from '../../../lib/clean/index';
import { page } from './helpers';

const STORY = [
  'WASHINGTON (AP) — Lawmakers approved a budget deal early on Tuesday after negotiators worked through the night.',
  'The agreement still needs the signature of the governor, who said she would review it carefully this week.',
  'Critics said the deal leaves too little for public transit, while supporters called it the best compromise available.',
];
const CLUTTER = `
<div class="vote"><a href="#">Great! (2045)</a></div>
<div class="box"><div class="title">Related</div><ul>
  <li><a href="/a">A rocket company makes its first test flight</a></li>
  <li><a href="/b">Singer reveals why she left the stage</a></li>
  <li><a href="/c">Investor group forms to buy a video app</a></li></ul></div>
<div class="box"><h3>Ranking</h3><ul><li><a href="/d">Lawmaker arrested after threats</a></li>
  <li><a href="/e">Cookbook brand launches this spring</a></li></ul></div>
<div class="coverage"><p>To view the ratings please Upgrade to Premium</p></div>`;
const HEAD = `<div class="crumbs">Current:<a href="/">Home</a> &gt; <a href="/f">Finance</a></div>
<h1>Lawmakers approve a budget deal</h1>
<div class="meta"><span>Date:2025-03-02 08:11:09</span> <a href="#">View</a></div>`;

function storyHtml(): string {
  return `<div class="content">${STORY.map((p) => `<p>${p}</p>`).join('')}</div>`;
}

describe('all rules on a content-farm page', () => {
  it('removes every kind of clutter and keeps the story whole', () => {
    const doc = page(`${HEAD}${storyHtml()}${CLUTTER}`);
    const removed = removeClutter(doc, clutterRules);
    expect(removed.map((r) => r.kind)).toEqual([
      'breadcrumb',
      'repost-stamp',
      'controls',
      'reactions',
      'recommendations',
      'recommendations',
      'upsell',
    ]);
    const text = doc.body.textContent ?? '';
    for (const paragraph of STORY) expect(text).toContain(paragraph);
    expect(text).toContain('Lawmakers approve a budget deal');
    expect(text).not.toMatch(/Related|Ranking|Premium|2045|Home|View/);
  });

  it('does the same on a Readability-shaped fragment', () => {
    const doc = page(`<div id="readability-page-1" class="page"><div>
      <p>Date:2025-03-02 08:11:09</p>${STORY.map((p) => `<p>${p}</p>`).join('')}
      <p>Great! (2045)</p><h2>Related</h2><ul><li><a href="/a">A rocket company makes its first test flight</a></li>
      <li><a href="/b">Singer reveals why she left the stage</a></li></ul></div></div>`);
    const root = doc.getElementById('readability-page-1') as Element;
    const removed = removeClutter(root, clutterRules);
    expect(removed.map((r) => r.kind)).toEqual([
      'repost-stamp',
      'reactions',
      'recommendations',
      'recommendations',
    ]);
    expect(root.querySelectorAll('p')).toHaveLength(STORY.length);
  });
});

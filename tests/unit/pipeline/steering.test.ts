// Which clutter the pipeline takes out before Readability, and which only from the story it picked.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/dom';
import { processDocument } from '../../../lib/pipeline';

const url = 'https://farm.example/finance/2025/budget.html';
const paragraphs = [
  'WASHINGTON (AP) — Lawmakers approved a budget deal early on Tuesday after negotiators worked through the night, aides said.',
  'The agreement still needs the signature of the governor, who said she would review it carefully this week before acting.',
  'Critics said the deal leaves too little for public transit, while supporters called it the best compromise available.',
  'The vote came after a series of late amendments, including one that restores funding for rural clinics, officials said.',
];

function clean(html: string) {
  const result = processDocument(parseHtml(html, url), { url, now: '2026-01-01T00:00:00.000Z' });
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

describe('clutter too small to steer Readability', () => {
  const page = `<html><head><title>Lawmakers approve a budget deal</title></head><body>
    <header><div class="crumbs"><a href="/">Home</a> &gt; <a href="/world">World</a></div>
      <div class="votes"><a href="#">Like (88)</a></div></header>
    <article><div class="crumbs"><a href="/">Home</a> &gt; <a href="/finance">Finance</a></div>
      <h1>Lawmakers approve a budget deal</h1>
      ${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
      <div class="votes"><a href="#">veryGood! (84224)</a></div></article>
    <footer><p>© Farm Media</p></footer></body></html>`;

  it('is gone from the story wherever it was', () => {
    const { text } = clean(page);
    for (const p of paragraphs) expect(text).toContain(p);
    expect(text).not.toMatch(/Home|World|Finance|Like \(88\)|veryGood/);
  });

  it('is reported when it was taken out of the story, not when Readability left it behind', () => {
    const { removed } = clean(page);
    const reported = removed.map((r) => `${r.kind}: ${r.text}`);
    expect(reported).toEqual(
      expect.arrayContaining(['breadcrumb: Home > Finance', 'reactions: veryGood! (84224)']),
    );
    expect(reported.join('\n')).not.toMatch(/World|Like \(88\)/);
  });
});

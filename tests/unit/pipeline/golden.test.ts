import { describe, expect, it } from 'vitest';
import { processDocument } from '../../../lib/pipeline';
import { foldWhitespace, loadFixture, pageGoldenNames } from '../fixtures/golden';

// Every saved page through the whole pipeline, against its reviewed expected result.
const now = '2026-01-01T00:00:00.000Z';
const instant = (iso: string | null) => (iso ? new Date(iso).toISOString() : null);

describe.each(pageGoldenNames())('%s', (name) => {
  const { doc, golden } = loadFixture(name);
  const result = processDocument(doc, { url: golden.url, now });

  if (golden.kind === 'not-article') {
    it('is refused as a page with no article', () => {
      expect(result).toEqual({ ok: false, reason: 'not-article' });
    });
    return;
  }

  if (!result.ok) throw new Error(`${name}: pipeline refused the page (${result.reason})`);
  const { article } = result;
  const lines = article.text.split('\n').map(foldWhitespace);
  const text = lines.join('\n');

  it('keeps every paragraph, caption, list item, table cell and quote', () => {
    const missing = golden.keep.filter((block) => !text.includes(block));
    expect(missing).toEqual([]);
  });

  it('holds none of the clutter', () => {
    const left = golden.drop.filter((clutter) => text.includes(clutter));
    expect(left).toEqual([]);
  });

  it('reads the metadata and the dateline', () => {
    expect({
      title: article.title,
      byline: article.byline,
      siteName: article.siteName,
      publishedAt: instant(article.publishedAt),
      canonicalUrl: article.canonicalUrl,
      lang: article.lang,
      dateline: article.dateline,
    }).toEqual({
      title: golden.title,
      byline: golden.byline,
      siteName: golden.siteName,
      publishedAt: instant(golden.publishedAt),
      canonicalUrl: golden.canonicalUrl,
      lang: golden.lang,
      dateline: golden.dateline,
    });
  });

  it('reports each kind of clutter it removed', () => {
    const kinds = [...new Set(article.removed.map((r) => r.kind))].sort();
    expect(kinds).toEqual([...golden.removedKinds].sort());
  });

  it('keeps the dateline in the text', () => {
    if (golden.dateline) expect(lines.slice(0, 4).join('\n')).toContain(golden.dateline.raw);
  });
});

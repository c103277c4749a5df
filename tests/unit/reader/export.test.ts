import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../cli/args';
import { parseHtml } from '../../../cli/dom';
import { extract } from '../../../cli/extract';
import { defaultExportOptions } from '../../../lib/markdown/options';
import { processDocument } from '../../../lib/pipeline';
import { markdownDataUrl } from '../../../lib/reader/data-url';
import { exportCoverage, exportNote, savedAtOf } from '../../../lib/reader/export-note';
import { parseNoteRequest } from '../../../lib/reader/note-guard';
import type { CoverageItem } from '../../../lib/types';
import { FIXTURES_DIR, fixtureHtml, readGolden } from '../fixtures/golden';
import { makeArticle } from '../markdown/helpers';

const now = '2026-02-03T04:05:06.000Z';

describe('the extension writes what the command line prints', () => {
  for (const name of ['farm-ap-blinken', 'news-original-london', 'news-reuters-multicity']) {
    it(`${name}: same article, same savedAt, same bytes`, () => {
      const { url } = readGolden(name);
      const file = resolve(FIXTURES_DIR, `${name}.html`);
      for (const flags of [[], ['--no-front-matter']]) {
        const printed = extract(parseArgs(['extract', file, '--url', url, '--now', now, ...flags]));
        const result = processDocument(parseHtml(fixtureHtml(name), url), { url, now });
        if (!result.ok) throw new Error(`${name} not read`);
        const options = { ...defaultExportOptions, frontMatter: flags.length === 0 };
        const note = exportNote({ article: result.article, savedAt: now, coverage: [], options });
        expect(note.markdown).toBe(printed);
      }
    });
  }
});

describe('exportNote', () => {
  const article = makeArticle();
  const request = { article, savedAt: now, coverage: [], options: defaultExportOptions };

  it('names the file from the reader template', () => {
    expect(exportNote(request).fileName).toBe('2024-09-18 Storm reaches the coast.md');
    const options = { ...defaultExportOptions, template: '{outlet} - {title}' };
    expect(exportNote({ ...request, options }).fileName).toBe(
      'News Example - Storm reaches the coast.md',
    );
  });

  it('follows the front matter and link style options', () => {
    const linked = makeArticle({ html: '<p>See <a href="/more">more</a>.</p>' });
    const plain = exportNote({
      ...request,
      article: linked,
      options: { ...defaultExportOptions, frontMatter: false, linkStyle: 'referenced' },
    }).markdown;
    expect(plain.startsWith('# Storm reaches the coast\n')).toBe(true);
    expect(plain).toContain('See [more][1].');
    expect(plain).toContain('[1]: https://news.example/more');
    expect(exportNote(request).markdown.startsWith('---\ntitle: "Storm reaches the coast"\n')).toBe(
      true,
    );
  });

  it('lists the other outlets covering the story in the front matter', () => {
    const coverage = [
      { outlet: 'Wire Daily', headline: 'Storm hits', url: 'https://wire.example/s' },
    ];
    const markdown = exportNote({ ...request, coverage }).markdown;
    expect(markdown).toContain('coverage:\n  - outlet: "Wire Daily"');
  });

  it('writes the time the article was kept, never the export time', () => {
    expect(savedAtOf({ ...article, savedAt: '2025-01-01T00:00:00.000Z' } as never)).toBe(
      '2025-01-01T00:00:00.000Z',
    );
    expect(savedAtOf(article)).toBe(article.extractedAt);
  });
});

describe('exportCoverage', () => {
  it('leaves out the article itself and repeated reports', () => {
    const row = (outlet: string, url: string | null): CoverageItem => ({
      outlet,
      headline: `${outlet} story`,
      url,
      dateline: null,
      snippet: '',
      time: null,
    });
    const article = makeArticle();
    const rows = [
      row('Self', 'https://news.example/world/storm-story?utm_source=x'),
      row('Wire', 'https://wire.example/a'),
      row('Wire again', 'https://wire.example/a#top'),
      row('No link', null),
    ];
    expect(exportCoverage(rows, article).map((c) => c.outlet)).toEqual(['Wire', 'No link']);
  });
});

describe('markdownDataUrl', () => {
  it('round-trips any text, emoji and right-to-left scripts included', () => {
    const text = '# Ünïcode — 📰 خبر 新闻\n\n"quotes" & <tags>\n';
    const url = markdownDataUrl(text);
    expect(url.startsWith('data:text/markdown;charset=utf-8;base64,')).toBe(true);
    const bytes = Buffer.from(url.split(',')[1] ?? '', 'base64');
    expect(bytes.toString('utf8')).toBe(text);
  });

  it('handles notes longer than one conversion chunk', () => {
    const text = 'word '.repeat(50_000);
    const bytes = Buffer.from(markdownDataUrl(text).split(',')[1] ?? '', 'base64');
    expect(bytes.toString('utf8')).toBe(text);
  });
});

describe("the content script's check of a 'to-markdown' request", () => {
  const good = { article: makeArticle(), savedAt: now, coverage: [], options: {} };

  it('accepts a well-formed request and fills in the options', () => {
    const parsed = parseNoteRequest(good);
    expect(parsed?.options).toEqual(defaultExportOptions);
    expect(parsed?.article.title).toBe('Storm reaches the coast');
  });

  it('refuses what would break the exporter or stall the tab', () => {
    const bad = [
      { ...good, article: { ...good.article, html: 42 } },
      { ...good, article: { ...good.article, html: 'x'.repeat(9_000_000) } },
      { ...good, article: { ...good.article, title: 'x'.repeat(5000) } },
      { ...good, article: { ...good.article, dateline: { raw: 1 } } },
      { ...good, coverage: [{ outlet: 'A' }] },
      { ...good, coverage: Array(101).fill({ outlet: 'A', headline: 'B', url: null }) },
      { ...good, savedAt: undefined },
      { ...good, options: 'x' },
      { ...good, article: null },
    ];
    for (const request of bad) expect(parseNoteRequest(request as never)).toBeNull();
  });
});

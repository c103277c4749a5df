import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleToMarkdown, type ExportCoverage } from '../../../lib/markdown/export';
import { defaultExportOptions, exportOptions } from '../../../lib/markdown/options';
import { makeArticle, tokensOf, visibleText } from './helpers';

const savedAt = '2024-09-20T08:00:00.000Z';

function split(note: string): { yaml: Record<string, unknown>; body: string } {
  const match = note.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
  if (!match) throw new Error('no front matter');
  return { yaml: parse(match[1] ?? ''), body: match[2] ?? '' };
}

const dateline = {
  place: 'MOBILE, Ala.',
  date: '2024-09-18',
  agency: 'Associated Press',
  raw: 'MOBILE, Ala. (AP)',
};
const coverage: ExportCoverage[] = [
  {
    outlet: 'Reuters',
    headline: 'Storm: what we know',
    url: 'https://reuters.example/storm',
    dateline,
  },
  { outlet: 'Local "Daily"', headline: '- Live updates #3', url: null },
  { outlet: 'Spam', headline: 'Click', url: 'javascript:alert(1)' },
];

describe('articleToMarkdown', () => {
  it('writes front matter, the title, a meta line and the body, in that order', () => {
    const note = articleToMarkdown(makeArticle({ dateline }), { ...defaultExportOptions, savedAt });
    const { yaml, body } = split(note);
    expect(yaml).toEqual({
      title: 'Storm reaches the coast',
      outlet: 'News Example',
      author: 'Jane Doe',
      url: 'https://news.example/world/2024/09/18/storm-story?ref=home',
      canonical_url: 'https://news.example/world/storm-story',
      published: '2024-09-18T22:30:00-04:00',
      dateline: { place: 'MOBILE, Ala.', date: '2024-09-18', agency: 'Associated Press' },
      saved: savedAt,
      word_count: 6,
      reading_time: 1,
    });
    expect(body).toBe(
      '# Storm reaches the coast\n\nNews Example · Jane Doe · 2024-09-18\n\nThe storm made landfall on Tuesday.\n',
    );
  });

  it('is deterministic: the same article and savedAt give byte-identical notes', () => {
    const article = makeArticle({
      html: '<p><a href="/a">a</a></p><table><tr><td>1</td><td>2</td></tr></table>',
    });
    const options = {
      ...defaultExportOptions,
      savedAt,
      coverage,
      linkStyle: 'referenced' as const,
    };
    expect(articleToMarkdown(article, options)).toBe(
      articleToMarkdown(structuredClone(article), options),
    );
  });

  it('lists the other outlets covering the story, without unsafe links', () => {
    const { yaml } = split(
      articleToMarkdown(makeArticle(), { ...defaultExportOptions, savedAt, coverage }),
    );
    expect(yaml.coverage).toEqual([
      {
        outlet: 'Reuters',
        headline: 'Storm: what we know',
        url: 'https://reuters.example/storm',
        dateline: { place: 'MOBILE, Ala.', date: '2024-09-18', agency: 'Associated Press' },
      },
      { outlet: 'Local "Daily"', headline: '- Live updates #3' },
      { outlet: 'Spam', headline: 'Click' },
    ]);
  });

  it('reads back a hostile title exactly and shows it exactly under "#"', () => {
    const title = 'Breaking: *Storm* hits [Mobile] — "live" #1 _now_ <b>\n- update 🌀';
    const note = articleToMarkdown(makeArticle({ title, byline: 'By *Staff*' }), {
      ...defaultExportOptions,
      savedAt,
    });
    const { yaml, body } = split(note);
    expect(yaml.title).toBe('Breaking: *Storm* hits [Mobile] — "live" #1 _now_ <b> - update 🌀');
    const [heading] = tokensOf(body, 'heading');
    expect(heading?.depth).toBe(1);
    expect(visibleText(body.split('\n')[0] ?? '').trim()).toBe(yaml.title);
    expect(tokensOf(body, 'html')).toHaveLength(0);
    expect(visibleText(body)).toContain('News Example · By *Staff* · 2024-09-18');
  });

  it('without front matter starts at the title and keeps coverage as a section', () => {
    const note = articleToMarkdown(makeArticle(), {
      ...defaultExportOptions,
      frontMatter: false,
      savedAt,
      coverage,
    });
    expect(note.startsWith('# Storm reaches the coast\n')).toBe(true);
    expect(note).not.toContain('---');
    expect(note).toMatch(
      /## Coverage\n\n- Reuters: \[Storm: what we know\]\(https:\/\/reuters\.example\/storm\)\n/,
    );
    expect(tokensOf(note, 'link').map((l) => l.href)).toEqual(['https://reuters.example/storm']);
    expect(visibleText(note)).toContain('Local "Daily": - Live updates #3');
  });

  it('drops a body heading that repeats the title, keeps other headings', () => {
    const html =
      '<h1>Storm reaches the <em>coast</em></h1><p>Text.</p><h2>Aftermath</h2><p>More.</p>';
    const note = articleToMarkdown(makeArticle({ html }), {
      ...defaultExportOptions,
      frontMatter: false,
      savedAt,
    });
    expect(tokensOf(note, 'heading').map((h) => h.text)).toEqual([
      'Storm reaches the coast',
      'Aftermath',
    ]);
    const starred = articleToMarkdown(
      makeArticle({ title: 'The *real* story', html: '<h2>The *real* story</h2><p>Text.</p>' }),
      { ...defaultExportOptions, frontMatter: false, savedAt },
    );
    expect(starred).toBe(
      '# The \\*real\\* story\n\nNews Example · Jane Doe · 2024-09-18\n\nText.\n',
    );
  });

  it('resolves relative links against the page and can write them as references', () => {
    const html = '<p>See <a href="../related">related</a> and <img src="/i.jpg" alt="i"></p>';
    const note = articleToMarkdown(makeArticle({ html }), {
      savedAt,
      frontMatter: false,
      linkStyle: 'referenced',
    });
    expect(note).toContain('See [related][1] and ![i][2]');
    expect(note).toMatch(
      /\[1\]: https:\/\/news\.example\/world\/2024\/09\/related\n\[2\]: https:\/\/news\.example\/i\.jpg\n$/,
    );
  });

  it('omits what the article does not have', () => {
    const note = articleToMarkdown(
      makeArticle({ byline: null, siteName: null, publishedAt: null, dateline: null }),
      { ...defaultExportOptions, savedAt },
    );
    const { yaml, body } = split(note);
    expect(Object.keys(yaml)).toEqual([
      'title',
      'url',
      'canonical_url',
      'saved',
      'word_count',
      'reading_time',
    ]);
    expect(body).toBe('# Storm reaches the coast\n\nThe storm made landfall on Tuesday.\n');
  });
});

describe('export options', () => {
  it('defaults to "{date} {title}", front matter on, inline links and images', () => {
    expect(defaultExportOptions).toEqual({
      template: '{date} {title}',
      frontMatter: true,
      linkStyle: 'inline',
      imageStyle: 'inline',
    });
  });

  it('falls back to the default for each missing or invalid stored field', () => {
    expect(exportOptions(undefined)).toEqual(defaultExportOptions);
    expect(
      exportOptions({
        template: '  ',
        frontMatter: 'no',
        linkStyle: 'referenced',
        imageStyle: 'x',
      }),
    ).toEqual({
      ...defaultExportOptions,
      linkStyle: 'referenced',
    });
  });
});

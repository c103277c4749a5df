import type { Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../../lib/markdown/to-markdown';
import { allTokens, base, tokensOf, visibleText } from './helpers';

const md = (html: string, linkStyle: 'inline' | 'referenced' = 'inline') =>
  htmlToMarkdown(html, { baseUrl: base, linkStyle });

describe('htmlToMarkdown: structure', () => {
  it('writes ATX headings at their level, with inline markup kept', () => {
    const out = md('<h2>Rain <em>and</em> wind</h2><p>x</p><h3>After<br>math</h3>');
    expect(out).toMatch(/^## Rain \*and\* wind$/m);
    const headings = tokensOf(out, 'heading');
    expect(headings.map((h) => [h.depth, h.text])).toEqual([
      [2, 'Rain *and* wind'],
      [3, 'After math'],
    ]);
  });

  it('writes "-" bullets, numbered lists from their start, and nested lists', () => {
    const out = md(
      '<ul><li>one</li><li>two<ul><li>inner</li></ul></li></ul><ol start="4"><li>four</li><li>five</li></ol>',
    );
    expect(out).toContain('- one\n- two\n  - inner');
    const lists = tokensOf(out, 'list');
    const outer = lists.find((l) => !l.ordered && l.items.length === 2);
    expect(outer?.items.map((i) => i.text.split('\n')[0])).toEqual(['one', 'two']);
    expect(lists.some((l) => !l.ordered && l.items[0]?.text === 'inner')).toBe(true);
    const ordered = lists.find((l) => l.ordered);
    expect(ordered?.start).toBe(4);
    expect(ordered?.items.map((i) => i.text)).toEqual(['four', 'five']);
  });

  it('keeps emphasis, strong and strikethrough as Markdown', () => {
    const out = md('<p><em>soft</em> <strong>loud</strong> <del>gone</del> in<i>word</i>s</p>');
    expect(out.trim()).toBe('*soft* **loud** ~~gone~~ in*word*s');
    const types = allTokens(out).map((t) => t.type);
    expect(types).toEqual(expect.arrayContaining(['em', 'strong', 'del']));
  });

  it('quotes blockquotes, nested paragraphs included', () => {
    const out = md('<blockquote><p>We will rebuild.</p><p>Every house.</p></blockquote>');
    expect(out).toBe('> We will rebuild.\n>\n> Every house.\n');
    const [quote] = tokensOf(out, 'blockquote');
    expect(quote?.tokens.filter((t) => t.type === 'paragraph')).toHaveLength(2);
  });

  it('fences code blocks and keeps the language from class="language-x"', () => {
    const out = md(
      '<pre><code class="language-python">def f():\n    return "```"\n\n\n\nprint(f())</code></pre>' +
        '<pre class="lang-js">let a = 1 &lt; 2;</pre><p>Use <code>a_b*c</code> here.</p>',
    );
    const code = tokensOf(out, 'code');
    expect(code.map((c) => c.lang)).toEqual(['python', 'js']);
    // The fence outgrows the backticks inside, and blank lines inside code are not collapsed.
    expect(code[0]?.text).toBe('def f():\n    return "```"\n\n\n\nprint(f())');
    expect(code[1]?.text).toBe('let a = 1 < 2;');
    expect(tokensOf(out, 'codespan').map((c) => c.text)).toEqual(['a_b*c']);
  });

  it('turns a figure into the image and an italic caption line', () => {
    const out = md(
      '<figure><img src="/photos/storm.jpg" alt="Waves over the pier"><figcaption>Waves hit the pier. <b>Photo:</b> AP</figcaption></figure>',
    );
    const [image] = tokensOf(out, 'image');
    expect(image?.href).toBe('https://news.example/photos/storm.jpg');
    expect(image?.text).toBe('Waves over the pier');
    const paragraphs = tokensOf(out, 'paragraph');
    expect(paragraphs).toHaveLength(2);
    const caption = paragraphs[1]?.tokens[0];
    expect(caption?.type).toBe('em');
    expect(visibleText(out).trim()).toBe('Waves hit the pier. Photo: AP');
  });

  it('collapses runs of empty blocks into one blank line and ends with one newline', () => {
    const out = md('<p>a</p><p>&nbsp;</p><div><p></p></div><br><br><p>b<br></p>');
    expect(out).toBe('a\n\nb\n');
  });
});

describe('htmlToMarkdown: tables', () => {
  const cells = (table: Tokens.Table | undefined) =>
    table ? [table.header, ...table.rows].map((row) => row.map((c) => c.text)) : [];

  it('converts a table without thead or th (as Readability emits) into a pipe table', () => {
    const out = md(
      '<table><tr><td>Party</td><td>Seats</td></tr><tr><td>Green</td><td>12</td></tr></table>',
    );
    expect(out).not.toContain('<table');
    expect(cells(tokensOf(out, 'table')[0])).toEqual([
      ['Party', 'Seats'],
      ['Green', '12'],
    ]);
  });

  it('uses a first row of th as the header', () => {
    const out = md(
      '<table><tbody><tr><th>City</th><th>Rain (mm)</th></tr><tr><td>Mobile</td><td>210</td></tr></tbody></table>',
    );
    expect(cells(tokensOf(out, 'table')[0])).toEqual([
      ['City', 'Rain (mm)'],
      ['Mobile', '210'],
    ]);
  });

  it('pads colspan and rowspan so every column stays in place', () => {
    const out = md(
      '<table><thead><tr><th>Name</th><th colspan="2">Votes</th></tr></thead><tbody>' +
        '<tr><td rowspan="2">Smith</td><td>100</td><td>40%</td></tr>' +
        '<tr><td>120</td><td>45%</td></tr></tbody></table>',
    );
    expect(cells(tokensOf(out, 'table')[0])).toEqual([
      ['Name', 'Votes', ''],
      ['Smith', '100', '40%'],
      ['', '120', '45%'],
    ]);
  });

  it('keeps pipes and paragraphs inside cells from breaking the row', () => {
    const out = md(
      '<table><tr><th>Q</th><th>A</th></tr><tr><td><p>yes | no</p><p>maybe</p></td><td>x</td></tr></table>',
    );
    expect(cells(tokensOf(out, 'table')[0])).toEqual([
      ['Q', 'A'],
      ['yes | no maybe', 'x'],
    ]);
    expect(out).toContain('| yes \\| no maybe | x |');
  });

  it('unwraps a one-column layout table into paragraphs', () => {
    const out = md('<table><tr><td><p>First.</p><p>Second.</p></td></tr></table>');
    expect(tokensOf(out, 'table')).toHaveLength(0);
    expect(tokensOf(out, 'paragraph').map((p) => p.text)).toEqual(['First.', 'Second.']);
  });
});

describe('htmlToMarkdown: links and images', () => {
  it('makes every link and image absolute against the base URL', () => {
    const out = md(
      '<p><a href="/politics">rel</a> <a href="../other">dots</a> <a href="//cdn.example/x">proto</a> ' +
        '<a href="https://elsewhere.example/a b">space</a> <img src="img/a.png" alt="a"></p>',
    );
    expect(tokensOf(out, 'link').map((l) => l.href)).toEqual([
      'https://news.example/politics',
      'https://news.example/world/2024/09/other',
      'https://cdn.example/x',
      'https://elsewhere.example/a%20b',
    ]);
    expect(tokensOf(out, 'image').map((i) => i.href)).toEqual([
      'https://news.example/world/2024/09/18/img/a.png',
    ]);
  });

  it('keeps a URL with parentheses whole', () => {
    const out = md('<p><a href="https://en.wikipedia.org/wiki/Storm_(film)">film</a></p>');
    const [link] = tokensOf(out, 'link');
    expect(link?.href).toBe('https://en.wikipedia.org/wiki/Storm_%28film%29');
    expect(link?.text).toBe('film');
  });

  it('drops javascript:, data:, tel: and "#" links but keeps their text; keeps mailto', () => {
    const out = md(
      '<p><a href="javascript:alert(1)">Click</a> <a href=" JaVaScRiPt:void(0)">here</a> ' +
        '<a href="tel:+15551234">call</a> <a href="#">menu</a> <a href="mailto:tips@news.example">tips</a></p>' +
        '<p><img src="data:image/png;base64,AAAA" alt="pixel"><img src="javascript:x" alt="bad"></p>',
    );
    expect(out).not.toMatch(/javascript|data:|tel:/i);
    expect(tokensOf(out, 'link').map((l) => l.href)).toEqual(['mailto:tips@news.example']);
    expect(tokensOf(out, 'image')).toHaveLength(0);
    expect(visibleText(out)).toContain('Click here call menu tips');
  });

  it('writes numbered references, one per distinct URL, when asked', () => {
    const out = md(
      '<p><a href="/a">first</a>, <a href="/b">second</a>, <a href="/a">again</a> <img src="/i.png" alt="pic"></p>',
      'referenced',
    );
    expect(out).toContain('[first][1], [second][2], [again][1] ![pic][3]');
    expect(out).toMatch(/\n\n\[1\]: https:\/\/news\.example\/a\n\[2\]: .*\n\[3\]: .*\n$/);
    expect(tokensOf(out, 'link').map((l) => l.href)).toEqual([
      'https://news.example/a',
      'https://news.example/b',
      'https://news.example/a',
    ]);
    expect(tokensOf(out, 'image')[0]?.href).toBe('https://news.example/i.png');
  });

  it('can reference images while links stay inline', () => {
    const out = htmlToMarkdown('<p><a href="/a">a</a><img src="/i.png" alt="i"></p>', {
      baseUrl: base,
      linkStyle: 'inline',
      imageStyle: 'referenced',
    });
    expect(out).toBe('[a](https://news.example/a)![i][1]\n\n[1]: https://news.example/i.png\n');
  });
});

describe('htmlToMarkdown: text is text', () => {
  const hostile =
    'Price *up* 5_000 [sic] `x` ~2 # no <b>bold</b> <!-- c --> &amp;copy; ==hi== %%x%% $5-$10 a\\b';

  it('escapes Markdown metacharacters so the reader sees exactly the article text', () => {
    const html = `<p>${hostile.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`;
    const out = md(html);
    expect(visibleText(out).trim()).toBe(hostile);
    const types = new Set(allTokens(out).map((t) => t.type));
    for (const type of ['em', 'strong', 'codespan', 'del', 'link', 'html'])
      expect(types).not.toContain(type);
  });

  it('escapes what Obsidian would read as a tag, highlight, comment or math', () => {
    const out = md('<p>#MeToo ==hi== %%x%% $5-$10 costs $3</p>');
    expect(out).toBe('\\#MeToo \\=\\=hi\\=\\= \\%\\%x\\%\\% \\$5-\\$10 costs \\$3\n');
    expect(visibleText(out).trim()).toBe('#MeToo ==hi== %%x%% $5-$10 costs $3');
  });

  it('does not let a paragraph turn into a list, heading, quote or rule', () => {
    const lines = ['1. First', '2) Second', '- dash', '+ plus', '# hash', '> quote', '***', '==='];
    const out = md(lines.map((l) => `<p>${l.replace(/>/g, '&gt;')}</p>`).join(''));
    const blockTypes = new Set(
      allTokens(out)
        .filter((t) => t.type !== 'space')
        .map((t) => t.type),
    );
    expect([...blockTypes].filter((t) => !['paragraph', 'text', 'escape'].includes(t))).toEqual([]);
    expect(visibleText(out).replace(/\s+/g, ' ').trim()).toBe(lines.join(' '));
  });

  it('lets no raw HTML through: unknown tags become their text, scripts and controls vanish', () => {
    const out = md(
      '<section><custom-card data-x="1">Card <span class="k">text</span></custom-card></section>' +
        '<p>before<script>alert(1)</script><style>p{}</style><button>Share</button>after</p>' +
        '<div><svg><text>icon</text></svg><sup>2</sup><mark>lit</mark></div>',
    );
    expect(tokensOf(out, 'html')).toHaveLength(0);
    expect(out).not.toMatch(/<[a-z/!]/i);
    expect(visibleText(out)).toContain('Card text');
    expect(visibleText(out)).toContain('beforeafter');
    expect(out).not.toMatch(/alert|Share|icon/);
  });

  it('gives the same output for the same input', () => {
    const html = '<p><a href="/a">a</a></p><table><tr><td>1</td><td>2</td></tr></table>';
    expect(md(html, 'referenced')).toBe(md(html, 'referenced'));
  });
});

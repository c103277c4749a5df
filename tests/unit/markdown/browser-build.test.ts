// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { htmlToMarkdown } from '../../../lib/markdown/to-markdown';
import { base, tokensOf } from './helpers';

// In the extension, Vite picks turndown's browser build (package.json "browser" field), which
// parses with the page's DOMParser instead of the bundled domino that Node resolves. Run the same
// rules through that build, on jsdom's DOM, so a difference between the two parsers shows here.
vi.mock('turndown', async () => {
  // @ts-expect-error: the build file has no declaration of its own (same API as 'turndown').
  return import('turndown/lib/turndown.browser.es.js');
});

describe('htmlToMarkdown with the browser build of turndown', () => {
  it('runs on the native DOMParser', () => {
    const parse = vi.spyOn(window.DOMParser.prototype, 'parseFromString');
    const html =
      '<h2>Head</h2><p><a href="/a">link</a> <a href="javascript:x">bad</a> *not em*</p>' +
      '<table><tr><td>a</td><td colspan="2">b</td></tr><tr><td>1</td><td>2</td><td>3</td></tr></table>' +
      '<figure><img src="i.png" alt="i"><figcaption>Cap</figcaption></figure>' +
      '<pre><code class="language-ts">let x = 1;</code></pre><custom-x>text</custom-x>';
    const out = htmlToMarkdown(html, { baseUrl: base, linkStyle: 'inline' });
    expect(out).toBe(
      `${[
        '## Head',
        '[link](https://news.example/a) bad \\*not em\\*',
        '| a | b |  |\n| --- | --- | --- |\n| 1 | 2 | 3 |',
        '![i](https://news.example/world/2024/09/18/i.png)',
        '*Cap*',
        '```ts\nlet x = 1;\n```',
        'text',
      ].join('\n\n')}\n`,
    );
    expect(tokensOf(out, 'html')).toHaveLength(0);
    expect(parse).toHaveBeenCalled();
  });
});

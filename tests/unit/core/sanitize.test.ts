import { describe, expect, it } from 'vitest';
import { nodeSanitizer } from '../../../cli/io';

const sanitize = nodeSanitizer();

describe('sanitize', () => {
  it('removes scripts, handlers and javascript: URLs', () => {
    const out = sanitize(
      '<p onclick="x()">a<script>bad()</script><a href="javascript:alert(1)">b</a><img src="x" onerror="alert(1)"></p>',
    );
    expect(out).not.toMatch(/script|onclick|onerror|javascript:/i);
    expect(out).toContain('a');
    expect(out).toContain('>b</a>');
  });

  it('keeps article structure and makes links open in a new tab safely', () => {
    const out = sanitize(
      '<figure><img src="https://a.example/p.jpg" alt="A"><figcaption>Cap</figcaption></figure><table><tr><td>1</td></tr></table><a href="https://a.example/">x</a>',
    );
    expect(out).toContain('<figcaption>Cap</figcaption>');
    expect(out).toContain('<td>1</td>');
    expect(out).toContain('target="_blank"');
    expect(out).toContain('rel="noopener noreferrer"');
  });

  it('drops frames, forms, styles, SVG and page classes', () => {
    const out = sanitize(
      '<iframe srcdoc="<script>x()</script>"></iframe><form action="https://evil.example"><input></form><style>body{}</style><svg><script>x()</script></svg><p class="x" style="color:red" id="y">t</p>',
    );
    expect(out).toBe('<p>t</p>');
  });
});

describe('sanitize keeps what export needs', () => {
  it('keeps the language of a code block as data-lang', () => {
    expect(sanitize('<pre><code class="language-python">x = 1</code></pre>')).toContain(
      'data-lang="python"',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/dom';
import { sanitizeTree } from '../../../lib/sanitize-tree';

function clean(html: string): string {
  const doc = parseHtml(`<body><div id="root">${html}</div></body>`, 'https://a.example/');
  const root = doc.getElementById('root') as Element;
  sanitizeTree(root);
  return root.innerHTML;
}

describe('sanitizeTree', () => {
  it.each([
    ['<script>alert(1)</script><p>t</p>', '<p>t</p>'],
    ['<p onclick="x()" onmouseover="y()">t</p>', '<p>t</p>'],
    ['<a href="javascript:alert(1)">t</a>', '<a>t</a>'],
    ['<a href="java\tscript:alert(1)">t</a>', '<a>t</a>'],
    ['<a href=" JAVASCRIPT:alert(1)">t</a>', '<a>t</a>'],
    ['<a href="data:text/html,<script>x()</script>">t</a>', '<a>t</a>'],
    ['<img src="data:image/svg+xml,<svg onload=x()>">', '<img>'],
    ['<img src="x" onerror="alert(1)">', '<img>'],
    ['<svg><script>x()</script><a xlink:href="javascript:x()">t</a></svg><p>k</p>', '<p>k</p>'],
    ['<math><mi><mglyph><style><img src=x onerror=x()></style></mglyph></mi></math>', ''],
    ['<iframe srcdoc="<script>x()</script>"></iframe>', ''],
    ['<form action="javascript:x()"><button formaction="javascript:x()">b</button></form>', ''],
    ['<noscript><p title="</noscript><img src=x onerror=x()>"></noscript>', ''],
    ['<template><script>x()</script></template>', ''],
    ['<p style="background:url(javascript:x())">t</p>', '<p>t</p>'],
    ['<!-- <img src=x onerror=x()> --><p>t</p>', '<p>t</p>'],
    ['<custom-el><p>kept text</p></custom-el>', '<p>kept text</p>'],
    ['<font color="red">old</font>', 'old'],
  ])('%s', (input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  it('keeps article structure and safe links (the reader opens them in a new tab: sanitize.ts)', () => {
    const out = clean(
      '<figure><img src="https://a.example/p.jpg" alt="A" class="x"><figcaption>Cap</figcaption></figure><table><tbody><tr><td colspan="2">1</td></tr></tbody></table><a href="https://a.example/">x</a><pre><code data-lang="js">1</code></pre>',
    );
    const doc = parseHtml(out, 'https://a.example/');
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('https://a.example/p.jpg');
    expect(doc.querySelector('img')?.hasAttribute('class')).toBe(false);
    expect(doc.querySelector('figcaption')?.textContent).toBe('Cap');
    expect(doc.querySelector('td')?.getAttribute('colspan')).toBe('2');
    expect(doc.querySelector('code')?.getAttribute('data-lang')).toBe('js');
    const link = doc.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://a.example/');
  });

  it('gives the same tree when its output is parsed again (no mutation XSS)', () => {
    const input =
      '<p>a<b>b<i>c</b>d</i></p><table><p>foster</p><tr><td>x</td></tr></table><a href="https://x.example/?a=&quot;<script>">q</a>';
    const once = clean(input);
    expect(clean(once)).toBe(once);
    const reparsed = parseHtml(once, 'https://a.example/');
    expect(reparsed.querySelectorAll('script, [onerror]')).toHaveLength(0);
    expect(reparsed.querySelector('a')?.getAttribute('href')).toBe(
      'https://x.example/?a="<script>',
    );
  });

  it('survives very deep nesting', () => {
    const deep = `${'<div>'.repeat(10_000)}deep${'</div>'.repeat(10_000)}`;
    expect(clean(deep)).toContain('deep');
  });
});

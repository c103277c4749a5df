import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/dom';

describe('parseHtml', () => {
  it('keeps the page address on clones, so relative links resolve against it', () => {
    const doc = parseHtml('<p><a href="/x">x</a></p>', 'https://news.example/a/b');
    const clone = doc.cloneNode(true) as Document;
    expect(clone.baseURI).toBe('https://news.example/a/b');
    expect(new URL('/x', clone.baseURI).href).toBe('https://news.example/x');
  });
});

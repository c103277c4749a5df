import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/dom';
import { blockText, countWords, readingMinutes } from '../../../lib/extract/text';

describe('blockText', () => {
  it('puts each block on its own line and keeps inline text together', () => {
    const doc = parseHtml(
      '<body><h2>Head</h2><p>One <b>bold</b> word.</p><ul><li>a</li><li>b</li></ul><p>Two<br>lines</p><script>x()</script></body>',
      'https://a.example/',
    );
    expect(blockText(doc.body)).toBe('Head\nOne bold word.\na\nb\nTwo\nlines');
  });

  it('never glues the end of one paragraph to the start of the next', () => {
    const doc = parseHtml('<body><div><p>end.</p><p>Start</p></div></body>', 'https://a.example/');
    expect(blockText(doc.body)).not.toContain('end.Start');
  });
});

describe('countWords and readingMinutes', () => {
  it('counts words in Latin and CJK text', () => {
    expect(countWords("Blinken met China's vice president.")).toBe(6);
    expect(countWords('新华社北京')).toBe(5);
  });
  it('rounds reading time to whole minutes, never zero for a real article', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(50)).toBe(1);
    expect(readingMinutes(920)).toBe(4);
  });
});

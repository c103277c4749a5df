import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../lib/extract/text';

/** The definition countWords keeps to: CJK characters one word each, other words as \p{L}\p{N} runs. */
function byRegex(text: string): number {
  const cjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
  const words = text.replace(cjk, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return (text.match(cjk)?.length ?? 0) + words;
}

describe('countWords', () => {
  it.each([
    ['The council met on Tuesday.', 5],
    ['Revenue rose 24% to $1.2bn', 6],
    ['東京で会議', 5],
    ['서울 시장 선거', 6],
    ['Ελληνικά και русский текст', 4],
    ['𝒜𝒷𝒸 letters outside the BMP', 5],
    ['', 0],
  ])('counts %j as %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it('counts as the regular expressions would, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(countWords(text)).toBe(byRegex(text));
      }),
      { numRuns: 2000 },
    );
  });
});

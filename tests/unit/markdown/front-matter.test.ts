import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frontMatter } from '../../../lib/markdown/front-matter';

/** Reads the block back the way notes apps do; YAML 1.1 is what PyYAML and older tools speak. */
function readBack(block: string, version: '1.1' | '1.2' = '1.2'): Record<string, unknown> {
  const match = block.match(/^---\n([\s\S]*)\n---\n$/);
  if (!match) throw new Error(`not a front-matter block: ${JSON.stringify(block)}`);
  return parse(match[1] ?? '', { version, uniqueKeys: true });
}

const hostileTitles = [
  'Breaking: storm hits coast',
  'He said "no" and she said \'yes\'',
  '#1 story # of the day',
  '- leading dash',
  '@handle posts * again',
  '* star first',
  '&anchor *alias !tag %directive | pipe > fold',
  'Line one\nline two\r\nline three\ttab',
  'Storm 🌀 hits 🇺🇸 coast 👨‍👩‍👧',
  'yes',
  'null',
  '~',
  '0x1F',
  '1e3',
  '2024-09-18',
  '---',
  '...',
  '{not: a map}',
  '[not, a, list]',
  ' padded ',
  'trailing backslash \\',
  'bell \u0007 nel \u0085 del \u007f bom \ufeff ls \u2028',
  'x'.repeat(500),
];

describe('frontMatter', () => {
  it('reads back every hostile title exactly, in YAML 1.2 and 1.1', () => {
    for (const title of hostileTitles) {
      const block = frontMatter({ title });
      expect(readBack(block)).toEqual({ title });
      expect(readBack(block, '1.1')).toEqual({ title });
    }
  });

  it('keeps each value on one line, so a 500-character title is not folded', () => {
    const block = frontMatter({ title: 'word '.repeat(100).trim() });
    expect(block.split('\n')).toHaveLength(4);
  });

  it('round-trips any Unicode string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1 }), (title) => {
        expect(readBack(frontMatter({ title }))).toEqual({ title });
      }),
      { numRuns: 300 },
    );
  });

  it('writes numbers and booleans as such, and omits null, empty strings and empty lists', () => {
    const block = frontMatter({
      title: 'T',
      author: null,
      outlet: undefined,
      excerpt: '',
      tags: [],
      dateline: { place: null, date: null, agency: null },
      word_count: 1200,
      reading_time: 6,
      draft: false,
      score: Number.NaN,
    });
    expect(readBack(block)).toEqual({
      title: 'T',
      word_count: 1200,
      reading_time: 6,
      draft: false,
    });
    expect(block).not.toMatch(/author|outlet|excerpt|tags|dateline|score/);
  });

  it('keeps the order of the fields', () => {
    const block = frontMatter({ title: 'T', url: 'https://a.example/', saved: '2024-09-19' });
    expect(block.split('\n').map((line) => line.split(':')[0])).toEqual([
      '---',
      'title',
      'url',
      'saved',
      '---',
      '',
    ]);
  });

  it('writes nested maps and lists of maps', () => {
    const fields = {
      dateline: { place: 'KANSAS CITY, Mo.', date: '2024-09-18', agency: null },
      coverage: [
        {
          outlet: 'Reuters: World',
          headline: '"Storm" - live',
          url: 'https://reuters.example/a?b=1#c',
          dateline: { place: 'NEW YORK', agency: 'Reuters' },
        },
        { outlet: 'AP', headline: '- dash', url: null },
      ],
      aliases: ['one', '#two', ['nested', 'list']],
    };
    expect(readBack(frontMatter(fields))).toEqual({
      dateline: { place: 'KANSAS CITY, Mo.', date: '2024-09-18' },
      coverage: [
        {
          outlet: 'Reuters: World',
          headline: '"Storm" - live',
          url: 'https://reuters.example/a?b=1#c',
          dateline: { place: 'NEW YORK', agency: 'Reuters' },
        },
        { outlet: 'AP', headline: '- dash' },
      ],
      aliases: ['one', '#two', ['nested', 'list']],
    });
  });

  it('quotes keys that are not plain identifiers', () => {
    expect(readBack(frontMatter({ 'odd key: #1': 'v' }))).toEqual({ 'odd key: #1': 'v' });
  });

  it('is empty when every field is empty', () => {
    expect(frontMatter({ a: null, b: '', c: [] })).toBe('');
  });

  it('replaces a lone surrogate (which YAML cannot write) instead of producing broken YAML', () => {
    expect(readBack(frontMatter({ title: 'a\uD83Db' }))).toEqual({ title: 'a\uFFFDb' });
  });
});

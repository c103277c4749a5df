import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf, defaultFileTemplate, fileName } from '../../../lib/markdown/filename';
import { makeArticle } from './helpers';

const savedAt = '2024-09-20T08:00:00.000Z';
const named = (title: string, template = defaultFileTemplate, extra = {}) =>
  fileName(template, makeArticle({ title, ...extra }), { savedAt });

const forbidden = /[/\\:*?"<>|#^[\]\p{Cc}]/u;
const reserved = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const utf8 = (s: string) => new TextEncoder().encode(s).length;

/** The rules every produced name must follow, on Windows, macOS, Linux and in Obsidian. */
function expectSafe(name: string) {
  expect(name.endsWith('.md')).toBe(true);
  const stem = name.slice(0, -3);
  expect(stem.length).toBeGreaterThan(0);
  expect(stem).not.toMatch(forbidden);
  expect(stem).not.toMatch(/^[\s.]|[\s.]$/);
  expect(stem).not.toMatch(reserved);
  expect(Array.from(stem).length).toBeLessThanOrEqual(120);
  expect(utf8(name)).toBeLessThanOrEqual(255);
  expect(name).not.toMatch(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
  );
}

describe('fileName', () => {
  it('defaults to "{date} {title}" with the publisher\'s own day', () => {
    // 22:30 in New York is already the 19th in UTC; the note is dated as the outlet dated it.
    expect(named('Storm reaches the coast')).toBe('2024-09-18 Storm reaches the coast.md');
    expect(fileName('', makeArticle(), { savedAt })).toBe('2024-09-18 Storm reaches the coast.md');
  });

  it('falls back to the day it was saved when there is no publication time', () => {
    expect(named('Storm', '{date} {title}', { publishedAt: null })).toBe('2024-09-20 Storm.md');
  });

  it('fills {outlet} {host} {place}, leaving no double spaces when one is missing', () => {
    const dateline = {
      place: 'NEW YORK',
      date: null,
      agency: 'Reuters',
      raw: 'NEW YORK (Reuters)',
    };
    expect(named('Storm', '{outlet} - {host} - {place} - {title}', { dateline })).toBe(
      'News Example - news.example - NEW YORK - Storm.md',
    );
    expect(named('Storm', '{place} {title}')).toBe('Storm.md');
    expect(named('Storm', '{outlet} {title}', { siteName: null })).toBe('news.example Storm.md');
  });

  it('does not expand placeholders that appear inside the title', () => {
    expect(named('Why {host} matters', '{title}')).toBe('Why {host} matters.md');
  });

  it('replaces path separators, colons and quotes readably', () => {
    expect(named('Breaking: AC/DC vs. "Kiss" at 10:30 | live', '{title}')).toBe(
      "Breaking - AC-DC vs. 'Kiss' at 10-30 - live.md",
    );
    expect(named('../../etc/passwd', '{title}')).toBe('-..-etc-passwd.md');
    expect(named('C:\\Windows\\system32', '{title}')).toBe('C-Windows-system32.md');
  });

  it('drops characters Windows or Obsidian refuse and control characters', () => {
    const name = named('What? <Really> *now* #1 ^ref [[link]]\u0000\u0007\t\nend', '{title}');
    expect(name).toBe('What Really now 1 ref link end.md');
  });

  it('never produces a Windows reserved name, in any case, with or without extension', () => {
    for (const title of ['CON', 'con', 'Nul', 'aux.txt', 'COM1', 'lpt9', 'PRN.tar.gz', 'CON .']) {
      const name = named(title, '{title}');
      expect(name.startsWith('_')).toBe(true);
      expectSafe(name);
    }
    expect(named('Console', '{title}')).toBe('Console.md');
  });

  it('falls back to "article" when nothing is left', () => {
    for (const title of ['', '..', '...', ' . ', '???', '***', '<>|', '\u0000', '~~~', '$$']) {
      expect(named(title, '{title}')).toBe('article.md');
    }
  });

  it('trims leading and trailing dots and spaces (hidden files, Windows)', () => {
    expect(named('  .hidden story.  ', '{title}')).toBe('hidden story.md');
  });

  it('keeps emoji whole and caps very long titles, cutting at a space', () => {
    const long = `${'Storm '.repeat(40)}end`;
    const name = named(long, '{title}');
    expectSafe(name);
    expect(name).toMatch(/^(Storm )+Storm\.md$/);
    const emoji = named('🌀'.repeat(300), '{title}');
    expectSafe(emoji);
    expect(emoji).toMatch(/^(🌀)+\.md$/);
    const family = named('👨‍👩‍👧'.repeat(60), '{title}');
    expectSafe(family);
    expect(family).toMatch(/^(👨‍👩‍👧)+\.md$/);
  });

  it('is safe for any title (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (title) => {
        expectSafe(named(title, '{title}'));
        expectSafe(named(title));
      }),
      { numRuns: 200 },
    );
  });
});

describe('dayOf', () => {
  it('takes the day as written, or the UTC day of other date formats', () => {
    expect(dayOf('2024-09-18T23:59:00-07:00')).toBe('2024-09-18');
    expect(dayOf('Wed, 18 Sep 2024 23:30:00 GMT')).toBe('2024-09-18');
    expect(dayOf('not a date')).toBeNull();
    expect(dayOf(null)).toBeNull();
  });
});

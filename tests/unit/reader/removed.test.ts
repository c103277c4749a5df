import { describe, expect, it } from 'vitest';
import { processDocument, rulesFor } from '../../../lib/pipeline';
import {
  maxHosts,
  maxPages,
  pageOf,
  parseDisabledKinds,
  parseRestored,
  restoredFor,
  setKindDisabled,
  setRestored,
  siteOf,
} from '../../../lib/reader/choices';
import { groupRemoved, kindLabel, removedKey, restoredBlocks } from '../../../lib/reader/removed';
import type { ClutterKind, Removed } from '../../../lib/types';
import { loadFixture } from '../fixtures/golden';

const removed: Removed[] = [
  { kind: 'reactions', text: 'veryGood! (84224)' },
  { kind: 'recommendations', text: 'Related: Storm hits coast' },
  { kind: 'reactions', text: 'Like (12)' },
  { kind: 'ad', text: '' },
];

describe('put back for this page', () => {
  it('shows the blocks put back, in page order, marked in their groups', () => {
    const keys = [removedKey(removed[2] as Removed), removedKey(removed[1] as Removed)];
    expect(restoredBlocks(removed, keys, []).map((r) => r.text)).toEqual([
      'Related: Storm hits coast',
      'Like (12)',
    ]);
    const groups = groupRemoved(removed, keys, []);
    expect(groups.map((g) => [g.kind, g.items.map((i) => i.restored)])).toEqual([
      ['reactions', [false, true]],
      ['recommendations', [true]],
      ['ad', [false]],
    ]);
  });

  it('is remembered per page (not per fragment), toggles off, and never grows without bound', () => {
    let map = setRestored({}, 'https://a.example/story#comments', 'reactions:Like (12)', true);
    expect(restoredFor(map, 'https://a.example/story')).toEqual(['reactions:Like (12)']);
    expect(restoredFor(map, 'https://a.example/other')).toEqual([]);
    map = setRestored(map, 'https://a.example/story', 'reactions:Like (12)', false);
    expect(map).toEqual({});
    for (let i = 0; i < maxPages + 20; i++)
      map = setRestored(map, `https://a.example/${i}`, 'k', true);
    expect(Object.keys(map)).toHaveLength(maxPages);
    // The oldest pages go first; the latest stays.
    expect(restoredFor(map, 'https://a.example/0')).toEqual([]);
    expect(restoredFor(map, `https://a.example/${maxPages + 19}`)).toEqual(['k']);
    expect(pageOf('https://a.example/x?y=1#z')).toBe('https://a.example/x?y=1');
  });

  it('reads back only well-formed stored data', () => {
    expect(parseRestored({ a: ['x', 3, 'y'], b: 'nope', c: [] })).toEqual({ a: ['x', 'y'] });
    expect(parseRestored('garbage')).toEqual({});
  });
});

describe('keep a kind on this site', () => {
  it('brings back every block of that kind and marks the group', () => {
    expect(restoredBlocks(removed, [], ['reactions']).map((r) => r.text)).toEqual([
      'veryGood! (84224)',
      'Like (12)',
    ]);
    const [reactions] = groupRemoved(removed, [], ['reactions']);
    expect(reactions?.keptOnSite).toBe(true);
    expect(reactions?.items.every((i) => i.restored)).toBe(true);
  });

  it('is stored per host ("www." or not), without duplicates, and can be undone', () => {
    let map = setKindDisabled({}, 'https://www.farm.example/a', 'reactions', true);
    map = setKindDisabled(map, 'https://farm.example/b', 'reactions', true);
    map = setKindDisabled(map, 'https://farm.example/b', 'ad', true);
    expect(map).toEqual({ 'farm.example': ['reactions', 'ad'] });
    map = setKindDisabled(map, 'https://farm.example/', 'reactions', false);
    map = setKindDisabled(map, 'https://farm.example/', 'ad', false);
    expect(map).toEqual({});
    expect(siteOf('not a url')).toBe('');
    expect(setKindDisabled({}, 'not a url', 'ad', true)).toEqual({});
  });

  it('keeps within the storage.sync item quota by forgetting the sites touched longest ago', () => {
    let map = {};
    for (let i = 0; i <= maxHosts; i++)
      map = setKindDisabled(map, `https://s${i}.example/`, 'ad', true);
    expect(Object.keys(map)).toHaveLength(maxHosts);
    expect(JSON.stringify(map).length).toBeLessThan(8192);
    expect(Object.keys(map)).not.toContain('s0.example');
  });

  it('drops malformed entries read from storage, but keeps kinds a newer version may know', () => {
    const stored = { 'a.example': ['ad', 'Bogus!', 3, 'ad', 'image-credit'], b: 'ad', c: [] };
    expect(parseDisabledKinds(stored)).toEqual({ 'a.example': ['ad', 'image-credit'] });
    expect(kindLabel('pull-quote' as ClutterKind)).toBe('Pull quote');
    expect(kindLabel('image-credit')).toBe('Photo credits');
    expect(kindLabel('reactions')).toBe('Vote counters');
  });

  it('makes the cleaner leave that kind in the article', () => {
    const url = 'https://www.farm.example/story';
    expect(rulesFor(url).some((r) => r.kind === 'reactions')).toBe(true);
    expect(rulesFor(url, [], ['reactions']).some((r) => r.kind === 'reactions')).toBe(false);

    const { doc, golden } = loadFixture('farm-ap-blinken');
    const now = '2026-01-01T00:00:00.000Z';
    const before = processDocument(doc, { url: golden.url, now });
    const after = processDocument(doc, { url: golden.url, now, disabledKinds: ['reactions'] });
    if (!before.ok || !after.ok) throw new Error('fixture not read');
    expect(before.article.removed.some((r) => r.kind === 'reactions')).toBe(true);
    expect(after.article.removed.some((r) => r.kind === 'reactions')).toBe(false);
  });
});

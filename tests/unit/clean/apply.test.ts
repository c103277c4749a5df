import { describe, expect, it } from 'vitest';
import { findClutter, removeClutter } from '../../../lib/clean/apply';
import type { ClutterRule } from '../../../lib/clean/rule';
import { PROSE, page } from './helpers';

/** A rule that finds whatever matches a selector, to test apply.ts on its own. */
function bySelector(kind: ClutterRule['kind'], selector: string): ClutterRule {
  return { kind, find: (root) => Array.from(root.querySelectorAll(selector)) };
}

describe('findClutter', () => {
  it('reports an element inside an already-found one only once, as the outer one', () => {
    const doc = page(`${PROSE}<div class="outer"><span class="inner">Share 3</span></div>`);
    const found = findClutter(doc, [
      bySelector('reactions', '.inner'),
      bySelector('share-bar', '.outer'),
    ]);
    expect(found.map((c) => [c.el.className, c.kind])).toEqual([['outer', 'share-bar']]);
  });

  it('gives an element named by two rules the kind of the earlier rule', () => {
    const doc = page(`${PROSE}<div class="x">Like 3</div>`);
    const found = findClutter(doc, [bySelector('share-bar', '.x'), bySelector('reactions', '.x')]);
    expect(found.map((c) => c.kind)).toEqual(['share-bar']);
  });

  it('lists blocks in document order whatever the rule order', () => {
    const doc = page('<p class="a">one</p><p class="b">two</p><p class="c">three</p>');
    const found = findClutter(doc, [bySelector('ad', '.c'), bySelector('tags', '.a, .b')]);
    expect(found.map((c) => c.el.className)).toEqual(['a', 'b', 'c']);
  });

  it('never reports what a reader does not see, nor the page frame itself', () => {
    const doc = page(
      `<main class="cookies-not-set">${PROSE}<svg class="x"><g class="x"></g></svg><p class="x">Ad</p></main>`,
    );
    const found = findClutter(doc, [bySelector('ad', 'main, .x')]);
    expect(found.map((c) => c.el.localName)).toEqual(['p']);
  });

  it('never reports the root it was given', () => {
    const doc = page('<div id="readability-page-1"><p>Advertisement</p></div>');
    const root = doc.getElementById('readability-page-1') as Element;
    const found = findClutter(root, [bySelector('ad', 'div, p')]);
    expect(found.map((c) => c.el.localName)).toEqual(['p']);
  });
});

describe('removeClutter', () => {
  it('removes what it finds and reports kind and folded text', () => {
    const doc = page(`${PROSE}<div class="ad">  Advertisement\n\n  <script>track()</script></div>`);
    const removed = removeClutter(doc, [bySelector('ad', '.ad')]);
    expect(removed).toEqual([{ kind: 'ad', text: 'Advertisement' }]);
    expect(doc.querySelector('.ad')).toBeNull();
    expect(doc.body.textContent).toContain('Officials said');
  });

  it('caps long text at about 200 characters with an ellipsis', () => {
    const doc = page(
      `<ul class="list">${'<li><a href="/x">A headline about the news of the day</a></li>'.repeat(20)}</ul>`,
    );
    const [removed] = removeClutter(doc, [bySelector('recommendations', '.list')]);
    expect(removed?.text.length).toBeLessThanOrEqual(200);
    expect(removed?.text.endsWith('…')).toBe(true);
    expect(removed?.text.startsWith('A headline about the news of the day A headline')).toBe(true);
  });

  it('cuts the report between characters, never inside one (emoji, astral letters)', () => {
    const doc = page(`<div class="wall">${'<span>👍 𝒜</span> '.repeat(150)}</div>`);
    const [removed] = removeClutter(doc, [bySelector('reactions', '.wall')]);
    const chars = Array.from(removed?.text ?? '');
    expect(chars).toHaveLength(200);
    expect(chars.at(-1)).toBe('…');
    expect(removed?.text.isWellFormed()).toBe(true);
    expect(removed?.text.startsWith('👍 𝒜 👍 𝒜')).toBe(true);
  });

  it('returns nothing and changes nothing on a clean page', () => {
    const doc = page(PROSE);
    expect(removeClutter(doc, [bySelector('ad', '.ad')])).toEqual([]);
    expect(doc.body.innerHTML).toBe(PROSE);
  });
});

// Every rule over a page of about 200,000 elements: the answer must be right at that size.
// (No timing here: measured by hand, see the clutter rules' report.)
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/dom';
import { removeClutter } from '../../../lib/clean/apply';
import { clutterRules } from '../../../lib/clean/index';
import { BIG_PAGE, bigPage } from './big-page';

/** Story content and its look-alikes: captions, data tables, fact lists, paragraphs. */
const KEPT = 'figcaption, table, ul.facts, p';

describe('all rules on a 200,000-element page', () => {
  // A generous limit, not a timing check: building the page takes seconds on a busy machine.
  it('removes each planted block once, and nothing else', { timeout: 60_000 }, () => {
    const doc = parseHtml(bigPage(), 'https://farm.example/big');
    expect(doc.querySelectorAll('*').length).toBeGreaterThan(190_000);
    const kept = doc.querySelectorAll(KEPT).length;

    const removed = removeClutter(doc, clutterRules);

    const counts = new Map<string, number>();
    for (const { kind } of removed) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual(
      Object.fromEntries(BIG_PAGE.kinds.map((kind) => [kind, BIG_PAGE.perKind])),
    );
    expect(doc.querySelectorAll(KEPT).length).toBe(kept);
  });
});

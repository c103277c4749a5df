import { describe, expect, it } from 'vitest';
import { StoryAttacher } from '../../../lib/coverage/attach';

// The plain-data state behind attaching: which cache story each index story is, which cache
// stories proved to be one, and a size bound so saving it stays cheap.

const at = (h: number) => new Date(Date.UTC(2023, 8, 18, h)).toISOString();
const doc = (id: string, title: string, h: number) => ({ id, title, published: at(h) });

describe('StoryAttacher', () => {
  it('joins two cache stories when their items turn out to be the same story', () => {
    const a = new StoryAttacher();
    a.addItems('story:one', [
      doc('i1', 'Blinken meets Chinese vice president Han Zheng at UN', 10),
    ]);
    a.addItems('story:two', [
      doc('i2', 'Blinken meets Chinese vice president Han Zheng in New York', 11),
    ]);
    a.addItems('story:fed', [
      doc('i3', 'Fed holds interest rates steady, signals one more hike', 11),
    ]);
    expect(new Set(a.related('story:one'))).toEqual(new Set(['story:one', 'story:two']));
    expect(new Set(a.related('story:two'))).toEqual(new Set(['story:one', 'story:two']));
    expect(a.related('story:fed')).toEqual(['story:fed']);
  });

  it('round-trips through plain data, and starts afresh from anything else', () => {
    const a = new StoryAttacher();
    a.addItems('story:one', [
      doc('i1', 'Blinken meets Chinese vice president Han Zheng at UN', 10),
    ]);
    const copy = StoryAttacher.fromJSON(structuredClone(a.toJSON()));
    const next = doc('article x', "Top US diplomat Blinken meets China's vice president Han", 12);
    expect(copy.addArticle(next, null)).toEqual(a.addArticle(next, null));
    expect(copy.addArticle(next, null).storyId).toBe('story:one');
    for (const junk of [undefined, null, 'x', { version: 2 }, { version: 1, index: {} }]) {
      expect(StoryAttacher.fromJSON(junk).index.size).toBe(0);
    }
  });

  it('keeps the most recent documents once over its bound, and their stories', () => {
    const topics = [
      'Harbour dredging delayed',
      'School budgets cut',
      'Rail strike called',
      'Crop yields fall',
      'Bridge repairs begin',
      'Museum reopens wing',
      'Marathon route changed',
      'Library hours extended',
      'Ferry fares rise',
      'Airport runway closes',
    ];
    const a = new StoryAttacher();
    for (let h = 0; h < 10; h++) a.addItems(`story:${h}`, [doc(`i${h}`, topics[h] as string, h)]);
    const pruned = a.pruned(8, 5);
    expect(pruned.index.size).toBe(5);
    expect(pruned.index.storyOf('i9')).not.toBeNull();
    expect(pruned.index.storyOf('i0')).toBeNull();
    const again = pruned.addArticle(doc('article y', 'Airport runway closes for repairs', 9), null);
    expect(again.storyId).toBe('story:9');
    expect(a.pruned(10, 5)).toBe(a);
  });
});

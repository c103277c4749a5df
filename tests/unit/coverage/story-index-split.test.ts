import { describe, expect, it } from 'vitest';
import { StoryIndex, type StoryIndexJSON } from '../../../lib/coverage/story-index';

/** Five hours apart from 08:00 on 1 April: the whole sequence fits one 72-hour window. */
const at = (n: number) => new Date(Date.UTC(2014, 3, 1, 8 + n * 5)).toISOString();

// A carmaker's two recalls, a day apart: they share "Toyota" and "recall", and the second's first
// report joins the first story on those words before its own words are known.
const recalls = [
  { id: 'p1', title: 'Toyota recalls 1.9 million Prius hybrids over software glitch' },
  { id: 'p2', title: 'Prius recall: software flaw can make Toyota hybrids lose power' },
  { id: 'p3', title: 'Toyota to fix Prius hybrid software in worldwide recall' },
  { id: 'p4', title: 'Prius owners face recall as Toyota updates hybrid software' },
  { id: 'r1', title: 'Toyota recalls RAV4 and Yaris over faulty seat rails' },
  { id: 'r2', title: 'Toyota RAV4 recall: seat rails can slide in a crash' },
  { id: 'r3', title: "Toyota's new recall covers RAV4, Yaris and Corolla seat rails" },
  {
    id: 'r4',
    title: 'Toyota calls back 6.4 million vehicles including RAV4 over seat rails, airbags',
  },
].map((r, n) => ({ ...r, published: at(n) }));

const gox = [
  'Bitcoin exchange Mt. Gox files for US bankruptcy protection',
  'Mt. Gox seeks Chapter 15 protection in Dallas court',
  'Collapsed bitcoin exchange Mt. Gox turns to a US judge',
  'Mt. Gox CEO Karpeles asks Texas court for bankruptcy shield',
  'Mt. Gox files for bankruptcy in the United States',
  'Bitcoin exchange Mt Gox seeks protection from US creditors',
  'Tokyo-based Mt. Gox asks Dallas judge to halt US lawsuits',
  'Mt. Gox bankruptcy: bitcoin exchange files in Texas',
].map((title, n) => ({ id: `m${n}`, title, published: at(n) }));

function filled(docs: typeof recalls, options = {}): StoryIndex {
  const index = new StoryIndex(options);
  for (const d of docs) index.add(d);
  return index;
}

const storiesOf = (index: StoryIndex, docs: typeof recalls) => docs.map((d) => index.storyOf(d.id));

describe('StoryIndex splitting a story that is two', () => {
  it('keeps two recalls by one carmaker on different models apart', () => {
    const index = filled(recalls);
    expect(storiesOf(index, recalls)).toEqual(['p1', 'p1', 'p1', 'p1', 'r1', 'r1', 'r1', 'r1']);
    // Without the split step the second recall stays in the first one's story.
    expect(new Set(storiesOf(filled(recalls, { splitBelow: 0 }), recalls))).toEqual(
      new Set(['p1']),
    );
  });

  it('reports the split an add made: the story, the new one and the documents that moved', () => {
    const index = new StoryIndex();
    const splits = recalls.map((d) => index.add(d).split).filter((s) => s !== undefined);
    expect(splits).toEqual([{ from: 'p1', to: 'r1', moved: ['r1', 'r2'] }]);
  });

  it('sends later reports of the second event to its own story', () => {
    const index = filled(recalls);
    const next = index.add({
      id: 'r5',
      title: 'RAV4 owners told seat rails may slide as Toyota recall widens',
      published: at(8),
    });
    expect(next.storyId).toBe('r1');
  });

  it('keeps one story told in different wordings together', () => {
    const index = filled(gox);
    expect(new Set(storiesOf(index, gox))).toEqual(new Set(['m0']));
  });

  it('restores a split index from JSON as the same index', () => {
    const index = filled(recalls);
    const restored = StoryIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    expect(storiesOf(restored, recalls)).toEqual(storiesOf(index, recalls));
    const next = { id: 'p5', title: 'Toyota Prius hybrid recall fix ready', published: at(9) };
    expect(restored.add(next)).toEqual(index.add(next));
    expect(restored.toJSON()).toEqual(index.toJSON());
  });

  it('reads an index saved before splits existed, and splits from then on', () => {
    const saved = filled(recalls.slice(0, 5), { splitBelow: 0 }).toJSON();
    const { splitBelow: _, ...oldOptions } = saved.options;
    const restored = StoryIndex.fromJSON({ ...saved, options: oldOptions } as StoryIndexJSON);
    expect(restored.options.splitBelow).toBeGreaterThan(0);
    for (const d of recalls.slice(5)) restored.add(d);
    expect(storiesOf(restored, recalls)).toEqual(['p1', 'p1', 'p1', 'p1', 'r1', 'r1', 'r1', 'r1']);
  });
});

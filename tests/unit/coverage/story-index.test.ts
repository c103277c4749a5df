import { describe, expect, it } from 'vitest';
import { groupStories } from '../../../lib/coverage/group-stories';
import { StoryIndex } from '../../../lib/coverage/story-index';

const day = (h: number) => new Date(Date.UTC(2023, 8, 18, h)).toISOString();

const articles = [
  {
    id: 'a1',
    title: 'Blinken meets Chinese vice president Han Zheng at the UN',
    published: day(14),
  },
  {
    id: 'b1',
    title: 'Fed holds interest rates steady, signals one more hike this year',
    published: day(15),
  },
  {
    id: 'a2',
    title: "Top US diplomat Blinken meets China's VP Han at UN amid strained ties",
    published: day(16),
  },
  {
    id: 'c1',
    title: 'Powerful earthquake in Morocco kills more than 2,000 people',
    published: day(16),
  },
  {
    id: 'b2',
    title: 'Fed leaves rates unchanged but expects another hike this year',
    published: day(17),
  },
  {
    id: 'a3',
    title: 'Blinken, Han hold talks in New York as US and China prepare summit',
    published: day(18),
  },
  {
    id: 'c2',
    title: 'Morocco earthquake death toll rises as rescuers search villages',
    published: day(19),
  },
];

function filled(): StoryIndex {
  const index = new StoryIndex();
  for (const a of articles) index.add(a);
  return index;
}

describe('StoryIndex', () => {
  it('attaches each article to the story it covers and starts new stories for new events', () => {
    const index = filled();
    const story = (id: string) => index.storyOf(id);
    expect(new Set(['a1', 'a2', 'a3'].map(story))).toEqual(new Set(['a1']));
    expect(new Set(['b1', 'b2'].map(story))).toEqual(new Set(['b1']));
    expect(new Set(['c1', 'c2'].map(story))).toEqual(new Set(['c1']));
  });

  it('reports a near-copy of a stored article as a copy of it', () => {
    const index = filled();
    const copy = index.add({
      id: 'a4',
      title: "UPDATE 1-Top US diplomat Blinken meets China's VP Han at UN amid strained ties",
      published: day(20),
    });
    expect(copy).toEqual({ storyId: 'a1', copyOf: 'a2' });
    expect(
      index.add({
        id: 'x',
        title: 'Blinken wraps up UN week with talks on Ukraine grain',
        published: day(21),
      }).copyOf,
    ).toBeNull();
  });

  it('keeps articles published far apart in separate stories', () => {
    const index = new StoryIndex({ windowHours: 48 });
    index.add({
      id: 'old',
      title: 'Blinken meets Chinese vice president Han Zheng at the UN',
      published: '2023-09-18T14:00:00Z',
    });
    const later = index.add({
      id: 'new',
      title: 'Blinken meets Chinese vice president Han Zheng in Beijing',
      published: '2024-04-26T10:00:00Z',
    });
    expect(later.storyId).toBe('new');
  });

  it('survives a round trip through JSON unchanged', () => {
    const index = filled();
    const restored = StoryIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    expect(restored.size).toBe(index.size);
    for (const a of articles) expect(restored.storyOf(a.id)).toBe(index.storyOf(a.id));
    const next = {
      id: 'b3',
      title: 'Fed officials hold rates steady and pencil in one more hike',
      published: day(21),
    };
    expect(restored.add(next)).toEqual(index.add(next));
    expect(restored.toJSON()).toEqual(index.toJSON());
  });

  it('answers the same story for an article it already holds', () => {
    const index = filled();
    expect(index.add(articles[1] as (typeof articles)[number])).toEqual({
      storyId: 'b1',
      copyOf: null,
    });
    expect(index.size).toBe(articles.length);
  });
});

describe('groupStories', () => {
  it('groups a small hand-made set by story, named after each story’s first row', () => {
    const rows = [
      { id: '1', title: 'Microsoft completes $69 billion Activision Blizzard acquisition' },
      { id: '2', title: 'Hurricane Lee makes landfall in Nova Scotia' },
      { id: '3', title: 'UK regulator clears Microsoft deal for Activision' },
      { id: '4', title: 'Lee weakens after hitting Canada with strong winds and rain' },
      { id: '5', title: 'Microsoft closes Activision Blizzard deal after UK approval' },
      { id: '6', title: 'Coco Gauff wins US Open for first Grand Slam title' },
      { id: '7', title: 'Hurricane Lee leaves thousands without power in Maine and Nova Scotia' },
      { id: '8', title: 'Gauff beats Sabalenka to win the US Open final' },
    ];
    const out = groupStories(rows);
    expect(out.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    const story = Object.fromEntries(out.map((r) => [r.id, r.story]));
    expect(story).toEqual({ 1: '1', 3: '1', 5: '1', 2: '2', 4: '2', 7: '2', 6: '6', 8: '6' });
  });

  it('orders by publication time when rows carry one', () => {
    const out = groupStories([
      {
        id: 'late',
        title: 'Gauff beats Sabalenka to win the US Open final',
        published: '2023-09-09T23:00:00Z',
      },
      {
        id: 'early',
        title: 'Coco Gauff wins US Open final for first Grand Slam title',
        published: '2023-09-09T22:00:00Z',
      },
    ]);
    expect(out).toEqual([
      { id: 'late', story: 'early' },
      { id: 'early', story: 'early' },
    ]);
  });
});

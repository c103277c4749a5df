import { describe, expect, it } from 'vitest';
import { groupStories } from '../../../lib/coverage/group-stories';
import { splitStories } from '../../../lib/coverage/split-stories';
import { terms } from '../../../lib/coverage/text';
import { TermStats } from '../../../lib/coverage/tfidf';
import { defaultMixtureOptions, refineByMixture } from '../../../lib/coverage/word-mixture';

const recalls = [
  { id: 'p1', title: 'Toyota recalls 1.9 million Prius hybrids over software glitch' },
  { id: 'r1', title: 'Toyota recalls RAV4 and Yaris over faulty seat rails' },
  { id: 'f1', title: 'Fed holds interest rates steady, signals one more hike this year' },
  { id: 'p2', title: 'Prius recall: software flaw can make Toyota hybrids lose power' },
  { id: 'g1', title: 'Coco Gauff wins US Open for first Grand Slam title' },
  { id: 'r2', title: 'Toyota RAV4 recall: seat rails can slide in a crash' },
  { id: 'p3', title: 'Toyota to fix Prius hybrid software in worldwide recall' },
  { id: 'f2', title: 'Fed leaves rates unchanged but expects another hike this year' },
  { id: 'r3', title: "Toyota's new recall covers RAV4, Yaris and Corolla seat rails" },
  { id: 'g2', title: 'Gauff beats Sabalenka to win the US Open final' },
  { id: 'p4', title: 'Prius owners face recall as Toyota updates hybrid software' },
  {
    id: 'r4',
    title: 'Toyota calls back 6.4 million vehicles including RAV4 over seat rails, airbags',
  },
];

/** The rows grouped, as sets of ids, whatever the stories are named. */
function partition(rows: ReadonlyArray<{ id: string; title: string }>): string[][] {
  const byStory = new Map<string, string[]>();
  for (const { id, story } of groupStories(rows))
    byStory.set(story, [...(byStory.get(story) ?? []), id]);
  return [...byStory.values()]
    .map((ids) => ids.sort())
    .sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}

describe('groupStories on stories that share their subject', () => {
  it('keeps two recalls by one carmaker on different models apart, in any input order', () => {
    const expected = [
      ['f1', 'f2'],
      ['g1', 'g2'],
      ['p1', 'p2', 'p3', 'p4'],
      ['r1', 'r2', 'r3', 'r4'],
    ];
    for (const shift of [0, 1, 5, 11]) {
      const rows = [...recalls.slice(shift), ...recalls.slice(0, shift)];
      expect(partition(rows)).toEqual(expected);
    }
  });

  it('joins the same story told in different wordings', () => {
    const rows = [
      { id: 'm1', title: 'Bitcoin exchange Mt. Gox files for US bankruptcy protection' },
      { id: 'x1', title: 'Chiquita to buy Fyffes, creating the biggest banana company' },
      { id: 'm2', title: 'Mt. Gox seeks Chapter 15 protection in Dallas court' },
      { id: 'y1', title: 'Elephants can tell human voices apart, study finds' },
      { id: 'm3', title: 'Collapsed bitcoin exchange Mt. Gox turns to a US judge' },
      { id: 'x2', title: 'Chiquita and Fyffes merge to become top banana' },
      { id: 'm4', title: 'Mt. Gox CEO Karpeles asks Texas court for bankruptcy shield' },
      { id: 'y2', title: 'Elephants judge threat from the voices of human ethnic groups' },
    ];
    expect(partition(rows)).toEqual([
      ['m1', 'm2', 'm3', 'm4'],
      ['x1', 'x2'],
      ['y1', 'y2'],
    ]);
  });
});

describe('splitStories', () => {
  const titles = recalls.filter((r) => /^[pr]/.test(r.id)).map((r) => r.title);
  const stats = new TermStats();
  const docs = titles.map((t) => terms(t));
  for (const d of docs) stats.add(d);
  const vectors = docs.map((d) => stats.vector(d));

  it('separates a story that is two, sharing only their subject', () => {
    const keys = splitStories(
      vectors,
      titles.map(() => 'toyota'),
      { splitBelow: 0.2, minHalf: 2 },
    );
    const prius = new Set(keys.filter((_, i) => /Prius/.test(titles[i] as string)));
    const rav4 = new Set(keys.filter((_, i) => !/Prius/.test(titles[i] as string)));
    expect(prius.size).toBe(1);
    expect(rav4.size).toBe(1);
    expect(prius).not.toEqual(rav4);
  });

  it('leaves a story whole when its halves agree as much as a merge asks', () => {
    const keys = splitStories(
      vectors,
      titles.map(() => 'toyota'),
      { splitBelow: 0.1, minHalf: 2 },
    );
    expect(new Set(keys)).toEqual(new Set(['toyota']));
  });
});

describe('refineByMixture', () => {
  const opts = defaultMixtureOptions;
  const stocks = [
    'Wall Street stocks slip after record close',
    'Stocks slip on Wall Street after record',
    'Wall Street slips from record close',
    'Stocks edge lower on Wall Street after record',
  ];
  const copper = [
    'Copper falls on weak China exports',
    'China exports slump sends copper lower',
    'Copper slides as China exports fall',
  ];

  it('moves a headline to the story that uses its distinctive words', () => {
    const stray = 'Stocks and copper fall as China exports slump';
    const docs = [...stocks, stray, ...copper].map((t) => terms(t));
    const initial = [...stocks.map(() => 's'), 's', ...copper.map(() => 'c')];
    expect(refineByMixture(docs, initial, opts)).toEqual([
      ...stocks.map(() => 's'),
      'c',
      ...copper.map(() => 'c'),
    ]);
  });

  it('lets a headline with nothing in common with its story stand alone', () => {
    const docs = [...stocks, 'Elephants tell human voices apart'].map((t) => terms(t));
    const keys = refineByMixture(
      docs,
      docs.map(() => 's'),
      opts,
    );
    expect(keys.slice(0, stocks.length)).toEqual(stocks.map(() => 's'));
    expect(keys[stocks.length]).not.toBe('s');
  });
});

describe('groupStories with publication times', () => {
  // Two market days whose headlines share their words; only their dates tell them apart.
  const rows = [
    ['j1', 'Wall Street ends higher as investors weigh economic data', '2014-03-07T21:00:00Z'],
    ['f1', 'Wall Street ends lower as investors weigh economic data', '2014-03-19T21:00:00Z'],
    ['j2', 'Stocks on Wall Street end higher after data', '2014-03-07T21:10:00Z'],
    ['f2', 'Stocks on Wall Street end lower after data', '2014-03-19T21:10:00Z'],
    ['j3', 'US stocks close higher as investors weigh data', '2014-03-07T21:20:00Z'],
    ['f3', 'US stocks close lower as investors weigh data', '2014-03-19T21:20:00Z'],
  ].map(([id, title, published]) => ({ id: id as string, title: title as string, published }));
  const days = [
    ['f1', 'f2', 'f3'],
    ['j1', 'j2', 'j3'],
  ];

  it('keeps stories twelve days apart apart, in every step including the last', () => {
    expect(partition(rows)).toEqual(days);
    // Without the dates the same headlines are one story: the window is what separates them.
    expect(partition(rows.map(({ id, title }) => ({ id, title })))).not.toEqual(days);
  });
});

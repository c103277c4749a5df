// The batch form of same-story grouping, for `lede stories FILE.jsonl`: one pass through the
// incremental index in publication order, then the batch steps it cannot afford live: centroid
// moves and merges (refine-stories), splits of stories that are two (split-stories), and a last
// pass that judges each document by likelihood rather than cosine (word-mixture).

import { defaultRefineOptions, type RefineOptions, refineStories } from './refine-stories';
import { type SplitOptions, splitStories } from './split-stories';
import { docWords, weighted } from './story-doc';
import { parseTime, StoryIndex, type StoryIndexOptions } from './story-index';
import { TermStats } from './tfidf';
import { defaultMixtureOptions, type MixtureOptions, refineByMixture } from './word-mixture';

export interface StoryRow {
  id: string;
  title: string;
  text?: string;
  publisher?: string;
  published?: string | null;
}

export type GroupOptions = Partial<StoryIndexOptions> &
  Partial<Omit<RefineOptions, 'sizePrior' | 'windowMs'>> & {
    mixture?: Partial<MixtureOptions> | false;
    split?: Partial<SplitOptions> | false;
  };

/** Each row's story, named by the id of the story's earliest row (input order breaks ties). */
export function groupStories(
  rows: readonly StoryRow[],
  opts: GroupOptions = {},
): Array<{ id: string; story: string }> {
  const order = rows
    .map((row, i) => ({ row, i, t: parseTime(row.published) }))
    .sort((a, b) => (a.t ?? 0) - (b.t ?? 0) || a.i - b.i);
  const index = new StoryIndex(opts);
  const first = order.map(({ row }) =>
    index.add({ id: row.id, title: row.title, text: row.text, published: row.published }),
  );
  // Final document frequencies for everyone: early rows were weighed with partial counts.
  const stats = new TermStats();
  const words = order.map(({ row }) => weighted(docWords(row)));
  for (const w of words) stats.add(w.terms);
  const vectors = words.map((w) => stats.vector(w.terms, w.weights));
  const refineOpts = { ...defaultRefineOptions, ...opts, ...index.scoreOptions() };
  let keys = refineStories(
    vectors,
    order.map((o) => o.t),
    first.map((a) => a.storyId),
    refineOpts,
  );
  // Splitting is the merge rule turned round: halves that refine would not merge stay apart.
  if (opts.split !== false)
    keys = splitStories(vectors, keys, {
      splitBelow: refineOpts.mergeAt,
      minHalf: 2,
      ...opts.split,
    });
  if (opts.mixture !== false) {
    const mixture = { ...defaultMixtureOptions, windowMs: refineOpts.windowMs, ...opts.mixture };
    keys = refineByMixture(
      words.map((w) => w.terms),
      keys,
      mixture,
      order.map((o) => o.t),
    );
  }
  const names = new Map<string, string>();
  const story = new Map<number, string>();
  keys.forEach((key, k) => {
    const { row, i } = order[k] as (typeof order)[number];
    if (!names.has(key)) names.set(key, row.id);
    story.set(i, names.get(key) as string);
  });
  return rows.map((row, i) => ({ id: row.id, story: story.get(i) as string }));
}

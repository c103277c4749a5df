// The incremental same-story index the worker keeps for the article cache. Each add costs a
// few bucket and posting-list lookups, whatever the number of stored articles, plus now and
// then a bisection of the one story it joined (story-split), bounded by that story's size.

import { Clusters, type ScoreOptions } from './clusters';
import { bandKeys, estimateJaccard, minhash } from './minhash';
import { type DocWords, docWords, type StoryDoc, weighted } from './story-doc';
import { halves, splitDue } from './story-split';
import { shingles } from './text';
import { TermStats, type TermVector } from './tfidf';

export interface StoryIndexOptions {
  /** Minimum (prior-weighted) cosine to an existing story's centroid to join it. */
  threshold: number;
  sizePrior: number;
  /** Articles published further apart than this are never the same story. */
  windowHours: number;
  /** Estimated shingle Jaccard at or above which a text is a copy of an earlier one. */
  copyJaccard: number;
  /** A story whose two halves' centroids agree less than this is two stories (0: never split). */
  splitBelow: number;
}

export const defaultStoryOptions: StoryIndexOptions = {
  threshold: 0.2,
  sizePrior: 0.3,
  windowHours: 72,
  copyJaccard: 0.6,
  splitBelow: 0.2,
};

interface DocEntry {
  story: string;
  sig: number[];
  time: number | null;
  words: DocWords;
  /** The vector the story's centroid was given, so a split can rebuild centroids exactly. */
  v: TermVector;
}

export interface StoryIndexJSON {
  version: 1;
  options: StoryIndexOptions;
  docs: Array<
    [id: string, story: string, time: number | null, sig: number[], title: string[], lead: string[]]
  >;
}

/** A story found to be two: the documents of `from` that went to the new story `to`. */
export interface Split {
  from: string;
  to: string;
  /** The leaving half's ids in insertion order (`to` first); may include the one just added. */
  moved: string[];
}

export interface Added {
  storyId: string;
  copyOf: string | null;
  /** The split this add set off, if any, so whoever mirrors the index can move what moved. */
  split?: Split;
}

export class StoryIndex {
  readonly options: StoryIndexOptions;
  private readonly stats = new TermStats();
  private readonly clusters = new Clusters();
  private readonly docs = new Map<string, DocEntry>();
  /** Story -> its documents' ids in insertion order. */
  private readonly members = new Map<string, string[]>();
  private readonly buckets = new Map<string, string[]>();

  constructor(options: Partial<StoryIndexOptions> = {}) {
    this.options = { ...defaultStoryOptions, ...options };
  }

  get size(): number {
    return this.docs.size;
  }

  /** Which story the document belongs to, the earlier document it copies, and any split. */
  add(doc: StoryDoc): Added {
    const known = this.docs.get(doc.id);
    if (known) return { storyId: known.story, copyOf: null };
    const words = docWords(doc);
    const { terms, weights } = weighted(words);
    const sig = minhash(shingles(`${doc.title} ${doc.text ?? ''}`));
    const time = parseTime(doc.published);
    this.stats.add(terms);
    const copyOf = this.findCopy(sig);
    const v = this.stats.vector(terms, weights);
    let story = copyOf ? (this.docs.get(copyOf) as DocEntry).story : null;
    if (!story) {
      const best = this.clusters.best(v, time, this.scoreOptions());
      story = best && best.score >= this.options.threshold ? best.id : doc.id;
    }
    this.insert(doc.id, { story, sig, time, words, v });
    const split = this.splitIfTwo(story);
    const storyId = (this.docs.get(doc.id) as DocEntry).story;
    return split ? { storyId, copyOf, split } : { storyId, copyOf };
  }

  storyOf(id: string): string | null {
    return this.docs.get(id)?.story ?? null;
  }

  toJSON(): StoryIndexJSON {
    // Words rather than vectors: a third of the size, and fromJSON can recompute them exactly.
    const docs: StoryIndexJSON['docs'] = [];
    for (const [id, d] of this.docs)
      docs.push([id, d.story, d.time, d.sig, d.words.title, d.words.lead]);
    return { version: 1, options: this.options, docs };
  }

  /** Replays the documents in their original order, so the restored index is the same one. */
  static fromJSON(json: StoryIndexJSON): StoryIndex {
    const index = new StoryIndex(json.options);
    for (const [id, story, time, sig, title, lead] of json.docs) {
      const words = { title, lead };
      const { terms, weights } = weighted(words);
      index.stats.add(terms);
      index.insert(id, { story, sig, time, words, v: index.stats.vector(terms, weights) });
    }
    return index;
  }

  scoreOptions(): ScoreOptions {
    return { sizePrior: this.options.sizePrior, windowMs: this.options.windowHours * 3_600_000 };
  }

  private insert(id: string, entry: DocEntry): void {
    this.docs.set(id, entry);
    const ids = this.members.get(entry.story);
    if (ids) ids.push(id);
    else this.members.set(entry.story, [id]);
    this.clusters.add(entry.story, entry.v, entry.time);
    for (const key of bandKeys(entry.sig)) {
      const ids = this.buckets.get(key);
      if (ids) ids.push(id);
      else this.buckets.set(key, [id]);
    }
  }

  /** Bisects the story when due (story-split); centroids are rebuilt in insertion order, as
   * fromJSON builds them, so a restored index is still the same one. */
  private splitIfTwo(story: string): Split | null {
    const ids = this.members.get(story) as string[];
    if (!this.options.splitBelow || !splitDue(ids.length)) return null;
    const parts = halves(ids, (id) => (this.docs.get(id) as DocEntry).v, this.options.splitBelow);
    const name = parts?.[1][0];
    if (!parts || !name || this.members.has(name)) return null;
    this.clusters.remove(story);
    for (const [key, list] of [
      [story, parts[0]],
      [name, parts[1]],
    ] as const) {
      this.members.set(key, list);
      for (const id of list) {
        const e = this.docs.get(id) as DocEntry;
        e.story = key;
        this.clusters.add(key, e.v, e.time);
      }
    }
    // A copy: the index keeps appending to its own list of the new story.
    return { from: story, to: name, moved: [...parts[1]] };
  }

  /** The earliest stored document whose signature is close enough: the one the others copied. */
  private findCopy(sig: number[]): string | null {
    const seen = new Set<string>();
    for (const key of bandKeys(sig)) {
      for (const id of this.buckets.get(key) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const other = this.docs.get(id) as DocEntry;
        if (estimateJaccard(sig, other.sig) >= this.options.copyJaccard) return id;
      }
    }
    return null;
  }
}

export function parseTime(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

// Attaching cleaned articles and aggregator items to the cache's stories. The StoryIndex names
// its stories after the document that founded each; the cache names them after the aggregator
// page that listed them (or, for articles alone, after the first of them). This keeps the map
// between the two, and which cache stories turned out to be one, as plain data the worker can
// persist beside the index. When the index splits a story, the cached articles that left are
// handed back to the worker to refile, so the cache follows the index.

import type { Article, CoverageItem } from '../types';
import type { StoryDoc } from './story-doc';
import { type Split, StoryIndex, type StoryIndexJSON } from './story-index';

export interface AttachStateJSON {
  version: 1;
  index: StoryIndexJSON;
  /** Index story (its founding document's id) -> cache story id. */
  stories: Array<[indexStory: string, storyId: string]>;
  /** Cache stories found to be one: each id -> another in the same set (a union-find parent). */
  same: Array<[storyId: string, parent: string]>;
}

/** A cached article that a split moved to another cache story. */
export interface Refiled {
  articleId: string;
  storyId: string;
}

/** What an article joined: the cache story, and other articles whose story changed with it. */
export interface Attached {
  storyId: string | null;
  /** The document that founded the index story, when this article made it a story of two. */
  founder: string | null;
  /** Other cached articles this add split away from their story. */
  moved: Refiled[];
}

/** The lead is what topical similarity reads; more only costs index space. */
const leadChars = 1500;

export const articleDocId = (articleId: string) => `article ${articleId}`;

export function articleIdOf(docId: string): string | null {
  return docId.startsWith('article ') ? docId.slice('article '.length) : null;
}

const isItem = (docId: string) => docId.startsWith('item ');

/** An article as the index sees it; undated ones count from when they were read. */
export function articleDoc(articleId: string, article: Article): StoryDoc {
  return {
    id: articleDocId(articleId),
    title: article.title,
    text: article.text.slice(0, leadChars),
    outlet: article.siteName ?? undefined,
    published: article.publishedAt ?? article.extractedAt,
  };
}

/** An aggregator card as the index sees it: headline and snippet, timed as listed or as seen. */
export function itemDoc(storyId: string, item: CoverageItem, seenAt: string): StoryDoc {
  const key = item.url ?? `${item.outlet}|${item.headline}`;
  return {
    id: `item ${storyId} ${key}`,
    title: item.headline,
    text: item.snippet,
    outlet: item.outlet,
    published: item.time ?? seenAt,
  };
}

export class StoryAttacher {
  readonly index: StoryIndex;
  private readonly stories: Map<string, string>;
  private readonly parent: Map<string, string>;
  private mutations = 0;

  constructor(json?: AttachStateJSON) {
    this.index = json ? StoryIndex.fromJSON(json.index) : new StoryIndex();
    this.stories = new Map(json?.stories ?? []);
    this.parent = new Map(json?.same ?? []);
  }

  /** Anything else (an old format, a damaged row) starts afresh: the index is only a cache. */
  static fromJSON(value: unknown): StoryAttacher {
    return isState(value) ? new StoryAttacher(value) : new StoryAttacher();
  }

  /** Grows with every change: the worker saves only when it moved. */
  get revision(): number {
    return this.index.size + this.mutations;
  }

  toJSON(): AttachStateJSON {
    return {
      version: 1,
      index: this.index.toJSON(),
      stories: [...this.stories],
      same: [...this.parent],
    };
  }

  /**
   * An aggregator page's items, saved under `storyId`: later articles find the story by text.
   * Returns the cached articles that splits moved, in order (a later move of one wins).
   */
  addItems(storyId: string, docs: readonly StoryDoc[]): Refiled[] {
    const moved: Refiled[] = [];
    for (const doc of docs) {
      const added = this.index.add(doc);
      if (added.split) moved.push(...this.splitOff(added.split, doc.id));
      this.link(added.storyId, storyId);
    }
    return moved;
  }

  /**
   * The story an article belongs to: the one its URL names (an aggregator listed it), else the
   * story the index puts it in. An article the index finds no match for stays on its own.
   */
  addArticle(doc: StoryDoc, byUrl: string | null): Attached {
    const { storyId: indexStory, split } = this.index.add(doc);
    const moved = split ? this.splitOff(split, doc.id) : [];
    if (byUrl) {
      this.link(indexStory, byUrl);
      return { storyId: byUrl, founder: null, moved };
    }
    const mapped = this.stories.get(indexStory);
    if (mapped) return { storyId: mapped, founder: null, moved };
    if (indexStory === doc.id) return { storyId: null, founder: null, moved };
    // The second article of a story no aggregator listed: the story gets its founder's name.
    const storyId = `story:${indexStory}`;
    this.stories.set(indexStory, storyId);
    this.mutations++;
    return { storyId, founder: indexStory, moved };
  }

  /** Every cache story known to be the same as this one, itself included. */
  related(storyId: string): string[] {
    const root = this.root(storyId);
    const ids = new Set([storyId, root]);
    for (const id of this.parent.keys()) if (this.root(id) === root) ids.add(id);
    return [...ids];
  }

  /** Keeps the `keep` most recent documents once there are more than `max`: saving stays cheap. */
  pruned(max: number, keep: number): StoryAttacher {
    const json = this.toJSON();
    if (json.index.docs.length <= max) return this;
    const docs = json.index.docs
      .map((d, i) => ({ d, i }))
      .sort((a, b) => (b.d[2] ?? 0) - (a.d[2] ?? 0) || b.i - a.i)
      .slice(0, keep)
      .sort((a, b) => a.i - b.i)
      .map(({ d }) => d);
    const live = new Set(docs.map((d) => d[1]));
    return new StoryAttacher({
      ...json,
      index: { ...json.index, docs },
      stories: json.stories.filter(([indexStory]) => live.has(indexStory)),
    });
  }

  /**
   * Mirrors a split: the leaving half gets a cache story of its own, named after its founder as
   * addArticle names stories, and its cached articles but `except` (the document being added,
   * which the caller files) are to move there. A half holding aggregator items stays in the
   * story: a page listed them as one, and its word outranks the index's.
   */
  private splitOff({ from, to, moved }: Split, except: string): Refiled[] {
    const current = this.stories.get(from);
    if (!current) return [];
    const storyId = moved.some(isItem) ? current : `story:${to}`;
    this.stories.set(to, storyId);
    this.mutations++;
    if (storyId === current) return [];
    return moved.flatMap((id) => {
      const articleId = id === except ? null : articleIdOf(id);
      return articleId ? [{ articleId, storyId }] : [];
    });
  }

  private link(indexStory: string, storyId: string): void {
    const known = this.stories.get(indexStory);
    if (!known) {
      this.stories.set(indexStory, storyId);
      this.mutations++;
      return;
    }
    const [a, b] = [this.root(known), this.root(storyId)];
    if (a !== b) {
      this.parent.set(a, b);
      this.mutations++;
    }
  }

  private root(id: string): string {
    let at = id;
    for (let next = this.parent.get(at); next !== undefined; next = this.parent.get(at)) at = next;
    return at;
  }
}

function isState(value: unknown): value is AttachStateJSON {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<AttachStateJSON>;
  return (
    v.version === 1 &&
    v.index?.version === 1 &&
    Array.isArray(v.index.docs) &&
    Array.isArray(v.stories) &&
    Array.isArray(v.same)
  );
}

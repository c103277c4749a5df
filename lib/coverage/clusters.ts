// Story centroids with an inverted index from term to the stories that use it, so scoring a new
// document touches only stories sharing a word with it, never the whole collection.

import type { TermVector } from './tfidf';

export interface Cluster {
  sum: Map<string, number>;
  norm2: number;
  size: number;
  /** Earliest and latest publication times seen, epoch ms; null when no member had one. */
  first: number | null;
  last: number | null;
}

export interface ScoreOptions {
  /** Bigger stories attract a little more: a large story's centroid is spread over more words. */
  sizePrior: number;
  /** Stories last updated further than this from the document's time are not candidates. */
  windowMs: number;
}

export class Clusters {
  readonly byId = new Map<string, Cluster>();
  private readonly postings = new Map<string, Set<string>>();

  add(id: string, v: TermVector, time: number | null, sign: 1 | -1 = 1): void {
    let c = this.byId.get(id);
    if (!c) {
      c = { sum: new Map(), norm2: 0, size: 0, first: null, last: null };
      this.byId.set(id, c);
    }
    for (const [t, w] of v) {
      const old = c.sum.get(t) ?? 0;
      const next = old + sign * w;
      c.norm2 += next * next - old * old;
      if (Math.abs(next) < 1e-9) {
        c.sum.delete(t);
        this.postings.get(t)?.delete(id);
      } else {
        c.sum.set(t, next);
        if (!old) this.post(t, id);
      }
    }
    c.size += sign;
    if (c.size <= 0) this.remove(id);
    else if (time !== null && sign > 0) {
      c.first = c.first === null ? time : Math.min(c.first, time);
      c.last = c.last === null ? time : Math.max(c.last, time);
    }
  }

  /** Cosine to each candidate's centroid times the size prior; best first. */
  best(
    v: TermVector,
    time: number | null,
    opts: ScoreOptions,
    skip?: string,
  ): { id: string; score: number } | null {
    const dots = new Map<string, number>();
    for (const [t, w] of v) {
      for (const id of this.postings.get(t) ?? []) {
        if (id === skip) continue;
        dots.set(id, (dots.get(id) ?? 0) + w * ((this.byId.get(id) as Cluster).sum.get(t) ?? 0));
      }
    }
    let best: { id: string; score: number } | null = null;
    for (const [id, dot] of dots) {
      const c = this.byId.get(id) as Cluster;
      if (!inWindow(c, time, opts.windowMs) || c.norm2 <= 0) continue;
      const score = (dot / Math.sqrt(c.norm2)) * prior(c.size, opts.sizePrior);
      if (!best || score > best.score) best = { id, score };
    }
    return best;
  }

  /** The document's similarity to its own story without itself, on the same scale as best(). */
  own(id: string, v: TermVector, opts: ScoreOptions): number {
    const c = this.byId.get(id);
    if (!c || c.size <= 1) return 0;
    let dot = 0;
    let norm2 = c.norm2;
    for (const [t, w] of v) {
      const s = c.sum.get(t) ?? 0;
      dot += w * (s - w);
      norm2 += (s - w) * (s - w) - s * s;
    }
    return norm2 > 1e-9 ? (dot / Math.sqrt(norm2)) * prior(c.size - 1, opts.sizePrior) : 0;
  }

  private post(term: string, id: string): void {
    let ids = this.postings.get(term);
    if (!ids) {
      ids = new Set();
      this.postings.set(term, ids);
    }
    ids.add(id);
  }

  /** Forgets a story whole: cheaper and exacter than subtracting each member. */
  remove(id: string): void {
    const c = this.byId.get(id);
    if (!c) return;
    for (const t of c.sum.keys()) this.postings.get(t)?.delete(id);
    this.byId.delete(id);
  }
}

function prior(size: number, weight: number): number {
  return 1 + weight * Math.log(Math.max(1, size));
}

function inWindow(c: Cluster, time: number | null, windowMs: number): boolean {
  if (time === null || c.first === null || c.last === null) return true;
  return time >= c.first - windowMs && time <= c.last + windowMs;
}

// Batch clean-up after the single pass. A single pass depends on arrival order: an early
// off-angle headline founds a story of its own that later articles split from. Moving each
// document to the story it now fits best, then merging stories whose centroids agree, repairs
// most of that, which the live index cannot afford to do on every add.

import { Clusters, type ScoreOptions } from './clusters';
import type { TermVector } from './tfidf';

export interface RefineOptions extends ScoreOptions {
  /** Below this fit a document leaves its story and stands alone. */
  minFit: number;
  /** Centroid cosine at or above which two stories merge. */
  mergeAt: number;
  rounds: number;
}

export const defaultRefineOptions: Omit<RefineOptions, keyof ScoreOptions> = {
  minFit: 0.12,
  mergeAt: 0.2,
  rounds: 6,
};

/** Returns a cluster key per document; keys are opaque, callers relabel them. */
export function refineStories(
  vectors: readonly TermVector[],
  times: readonly (number | null)[],
  initial: readonly string[],
  opts: RefineOptions,
): string[] {
  const asg = initial.slice();
  const clusters = new Clusters();
  vectors.forEach((v, i) => {
    clusters.add(asg[i] as string, v, times[i] ?? null);
  });
  let fresh = 0;
  for (let round = 0; round < opts.rounds; round++) {
    let moved = 0;
    vectors.forEach((v, i) => {
      const own = asg[i] as string;
      const time = times[i] ?? null;
      const fit = clusters.own(own, v, opts);
      const best = clusters.best(v, time, opts, own);
      let target: string | null = null;
      // New keys start with NUL, which no row id carries, so they never collide with one.
      if (best && best.score > fit && best.score >= opts.minFit) target = best.id;
      else if (fit < opts.minFit && (clusters.byId.get(own)?.size ?? 0) > 1)
        target = `\u0000r${fresh++}`;
      if (!target) return;
      clusters.add(own, v, time, -1);
      clusters.add(target, v, time);
      asg[i] = target;
      moved++;
    });
    moved += mergeClose(clusters, asg, vectors, times, opts);
    if (!moved) break;
  }
  return asg;
}

function mergeClose(
  clusters: Clusters,
  asg: string[],
  vectors: readonly TermVector[],
  times: readonly (number | null)[],
  opts: RefineOptions,
): number {
  const into = new Map<string, string>();
  for (const [id, c] of clusters.byId) {
    if (c.size < 2 || into.has(id)) continue;
    const norm = Math.sqrt(c.norm2);
    const centroid: TermVector = new Map([...c.sum].map(([t, w]) => [t, w / norm]));
    const best = clusters.best(centroid, c.last, { ...opts, sizePrior: 0 }, id);
    if (!best || best.score < opts.mergeAt || into.has(best.id)) continue;
    if ((clusters.byId.get(best.id)?.size ?? 0) < 2) continue;
    into.set(id, best.id);
  }
  if (!into.size) return 0;
  asg.forEach((key, i) => {
    const target = into.get(key);
    if (!target || into.has(target)) return;
    const v = vectors[i] as TermVector;
    clusters.add(key, v, times[i] ?? null, -1);
    clusters.add(target, v, times[i] ?? null);
    asg[i] = target;
  });
  return into.size;
}

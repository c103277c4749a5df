// Splitting stories that are two stories. The single pass lets a second event join the first when
// they share the subject's words ("Toyota", "recall"), and once joined the centroid refinement
// never separates them: each member still fits the blend best. Bisecting each story and keeping
// the halves apart when their centroids agree less than a merge would require makes the split
// and the merge rule one criterion.

import type { TermVector } from './tfidf';

export interface SplitOptions {
  /** Halves whose centroid cosine is below this stay apart (refine merges at mergeAt). */
  splitBelow: number;
  /** Neither half may be smaller than this: one odd headline is not a second story. */
  minHalf: number;
}

/** New keys for the documents of stories that split; other documents keep theirs. */
export function splitStories(
  vectors: readonly TermVector[],
  asg: readonly string[],
  opts: SplitOptions,
): string[] {
  const out = asg.slice();
  const members = new Map<string, number[]>();
  asg.forEach((key, i) => {
    const list = members.get(key);
    if (list) list.push(i);
    else members.set(key, [i]);
  });
  let fresh = 0;
  const queue = [...members.values()];
  for (let list = queue.pop(); list; list = queue.pop()) {
    if (list.length < 2 * opts.minHalf) continue;
    const halves = bisect(list.map((i) => vectors[i] as TermVector));
    if (!halves || halves.cos >= opts.splitBelow) continue;
    const parts = [0, 1].map((side) => list.filter((_, k) => halves.side[k] === side));
    if (parts.some((p) => p.length < opts.minHalf)) continue;
    const key = `\u0000s${fresh++}`;
    for (const i of parts[1] as number[]) out[i] = key;
    queue.push(...parts);
  }
  return out;
}

/** Spherical 2-means seeded with the member least like the whole and the one least like it. */
function bisect(vs: readonly TermVector[]): { side: number[]; cos: number } | null {
  const whole = sum(vs);
  const a = argmin(vs, (v) => dot(v, whole));
  const b = argmin(vs, (v, i) =>
    i === a ? Number.POSITIVE_INFINITY : dot(v, vs[a] as TermVector),
  );
  let centroids = [vs[a] as TermVector, vs[b] as TermVector];
  let side: number[] = [];
  for (let round = 0; round < 20; round++) {
    const [ca, cb] = centroids.map(unit) as [TermVector, TermVector];
    const next = vs.map((v) => (dot(v, ca) >= dot(v, cb) ? 0 : 1));
    const settled = next.every((s, i) => s === side[i]);
    side = next;
    centroids = [0, 1].map((s) => sum(vs.filter((_, i) => side[i] === s)));
    if (settled) break;
  }
  const [ca, cb] = centroids as [TermVector, TermVector];
  if (!ca.size || !cb.size) return null;
  return { side, cos: dot(unit(ca), unit(cb)) };
}

function dot(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [t, w] of small) s += w * (large.get(t) ?? 0);
  return s;
}

function sum(vs: readonly TermVector[]): TermVector {
  const out: TermVector = new Map();
  for (const v of vs) for (const [t, w] of v) out.set(t, (out.get(t) ?? 0) + w);
  return out;
}

function unit(v: TermVector): TermVector {
  const norm = Math.sqrt(dot(v, v)) || 1;
  return new Map([...v].map(([t, w]) => [t, w / norm]));
}

function argmin<T>(list: readonly T[], f: (x: T, i: number) => number): number {
  let best = 0;
  let low = Number.POSITIVE_INFINITY;
  list.forEach((x, i) => {
    const y = f(x, i);
    if (y < low) [best, low] = [i, y];
  });
  return best;
}

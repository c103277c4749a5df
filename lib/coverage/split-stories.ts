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
    const side = splitOne(
      list.map((i) => vectors[i] as TermVector),
      opts,
    );
    if (!side) continue;
    const parts = [0, 1].map((s) => list.filter((_, k) => side[k] === s));
    const key = `\u0000s${fresh++}`;
    for (const i of parts[1] as number[]) out[i] = key;
    queue.push(...parts);
  }
  return out;
}

/** One story's members as two halves (0 or 1 each), or null when it is one story. */
export function splitOne(vs: readonly TermVector[], opts: SplitOptions): number[] | null {
  if (vs.length < 2 * opts.minHalf) return null;
  const halves = bisect(vs);
  if (!halves || halves.cos >= opts.splitBelow) return null;
  const ones = halves.side.filter((s) => s === 1).length;
  if (ones < opts.minHalf || vs.length - ones < opts.minHalf) return null;
  return halves.side;
}

/** A member's words as indexes into the story's own vocabulary: dense sums, no hashing. */
interface Packed {
  ids: Int32Array;
  ws: Float64Array;
}

/**
 * Spherical 2-means seeded with the member least like the whole and the one least like it. The
 * live index bisects while an add waits, so the words are numbered once and the halves' sums are
 * dense arrays that move only by the members switching sides.
 */
function bisect(vs: readonly TermVector[]): { side: number[]; cos: number } | null {
  const vocab = new Map<string, number>();
  const docs: Packed[] = vs.map((v) => {
    const ids = new Int32Array(v.size);
    const ws = new Float64Array(v.size);
    let k = 0;
    for (const [t, w] of v) {
      if (!vocab.has(t)) vocab.set(t, vocab.size);
      ids[k] = vocab.get(t) as number;
      ws[k++] = w;
    }
    return { ids, ws };
  });
  const whole = new Float64Array(vocab.size);
  for (const d of docs) addInto(whole, d, 1);
  const a = argmin(docs, (d) => dot(d, whole));
  const seed = new Float64Array(vocab.size);
  addInto(seed, docs[a] as Packed, 1);
  const b = argmin(docs, (d, i) => (i === a ? Number.POSITIVE_INFINITY : dot(d, seed)));
  const other = new Float64Array(vocab.size);
  addInto(other, docs[b] as Packed, 1);
  let side = docs.map((d) => (dot(d, seed) >= dot(d, other) ? 0 : 1));
  const halves = [new Float64Array(vocab.size), new Float64Array(vocab.size)] as const;
  docs.forEach((d, i) => {
    addInto(halves[side[i] as 0 | 1], d, 1);
  });
  for (let round = 1; round < 20; round++) {
    const [na, nb] = halves.map(norm) as [number, number];
    const next = docs.map((d) => (dot(d, halves[0]) / na >= dot(d, halves[1]) / nb ? 0 : 1));
    let moved = 0;
    next.forEach((s, i) => {
      if (s === side[i]) return;
      moved++;
      addInto(halves[s], docs[i] as Packed, 1);
      addInto(halves[1 - s] as Float64Array, docs[i] as Packed, -1);
    });
    side = next;
    if (!moved) break;
  }
  const ones = side.filter((s) => s === 1).length;
  if (!ones || ones === vs.length) return null;
  let cross = 0;
  for (let t = 0; t < vocab.size; t++) cross += (halves[0][t] as number) * (halves[1][t] as number);
  return { side, cos: cross / (norm(halves[0]) * norm(halves[1])) };
}

function dot(d: Packed, dense: Float64Array): number {
  let s = 0;
  for (let k = 0; k < d.ids.length; k++)
    s += (d.ws[k] as number) * (dense[d.ids[k] as number] as number);
  return s;
}

function addInto(into: Float64Array, d: Packed, sign: 1 | -1): void {
  for (let k = 0; k < d.ids.length; k++)
    into[d.ids[k] as number] = (into[d.ids[k] as number] as number) + sign * (d.ws[k] as number);
}

function norm(v: Float64Array): number {
  let s = 0;
  for (const x of v) s += x * x;
  return Math.sqrt(s) || 1;
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

// The live index's split step. Two events on one subject (two recalls by one carmaker) join
// through the subject's words and, once joined, every later report fits the blend: only a
// bisection separates them again, with the batch's criterion (split-stories).
//
// When: bisecting costs time in proportion to the story's size, so small stories are checked on
// every add (that is when a second event's first reports arrive) and bigger ones four times per
// doubling: the cost per add stays flat on average, and no add bisects more than `maxChecked`.

import { splitOne } from './split-stories';
import type { TermVector } from './tfidf';

/** Beyond this, a story is left as it is: bisecting 512 headlines takes about 1 ms here. */
export const maxChecked = 512;

export function splitDue(size: number): boolean {
  if (size < 4 || size > maxChecked) return false;
  if (size <= 8) return true;
  // Every 2 from 8, every 4 from 16, every 8 from 32, ...
  return size % 2 ** (Math.floor(Math.log2(size)) - 2) === 0;
}

/**
 * The story's ids (insertion order) as [stay, leave], or null when it is one story. The half
 * holding the earliest member stays, so the story its founder started keeps its name and its
 * place in the cache; the other half is named after its own earliest member, as if that one had
 * founded it.
 */
export function halves(
  ids: readonly string[],
  vectorOf: (id: string) => TermVector,
  splitBelow: number,
): [string[], string[]] | null {
  const side = splitOne(ids.map(vectorOf), { splitBelow, minHalf: 2 });
  if (!side) return null;
  return [ids.filter((_, k) => side[k] === side[0]), ids.filter((_, k) => side[k] !== side[0])];
}

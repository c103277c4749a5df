// The batch grouping's last pass: each document goes to the story whose word counts make its own
// words most probable, or stands alone when a story of its own is likelier. This is the Dirichlet
// mixture of multinomials that GSDMM samples for short texts (Yin & Wang, KDD 2014), swept greedily
// from the centroid clustering rather than sampled from scratch, which scores worse here.
//
// Why after the centroids: a centroid rewards a headline for sharing a frequent word with a big
// story, so one about copper prices joins a market story on "stocks" and "China". The likelihood
// divides each word's count by everything the story says, so a topic word that several stories on
// one subject share moves a document less than a word only one of them uses.

export interface MixtureOptions {
  /** Prior weight of "a story of its own", as a share of the documents (the DP concentration / n). */
  alone: number;
  /** Pseudo-count of every word in every story: higher lets a story take words it has not used. */
  smoothing: number;
  /**
   * Distinct words assumed at least. Headlines draw on thousands of words whatever the batch; ten
   * headlines have seen forty, and scoring as if those were all there is makes every word a story
   * has not used look so unlikely that a small batch falls apart.
   */
  minVocabulary: number;
  /** At most this many passes; stops earlier once no document moves. */
  sweeps: number;
  /**
   * A document joins only a story whose reports lie within this many ms of its own time, as in
   * the centroid steps: two market days share every word, and only their dates tell them apart.
   */
  windowMs: number;
}

export const defaultMixtureOptions: MixtureOptions = {
  alone: 0.1,
  smoothing: 0.13,
  minVocabulary: 3000,
  sweeps: 10,
  windowMs: Number.POSITIVE_INFINITY,
};

interface Story {
  docs: number;
  words: number;
  counts: Map<string, number>;
  /** Publication time (epoch ms) -> how many of the story's documents have it. */
  times: Map<number, number>;
}

/** A story key per document, starting from `initial`; documents that leave to stand alone get
 * fresh keys. Keys are opaque, as in refineStories. */
export function refineByMixture(
  docs: readonly (readonly string[])[],
  initial: readonly string[],
  opts: MixtureOptions,
  times: readonly (number | null)[] = [],
): string[] {
  const asg = initial.slice();
  const mixture = new Mixture(opts);
  const timeOf = (i: number) => times[i] ?? null;
  docs.forEach((words, i) => {
    mixture.move(words, asg[i] as string, 1, timeOf(i));
  });
  const newStory = Math.log(Math.max(opts.alone * docs.length, Number.MIN_VALUE));
  let fresh = 0;
  for (let sweep = 0; sweep < opts.sweeps; sweep++) {
    let moved = 0;
    docs.forEach((words, i) => {
      if (!words.length) return;
      const own = asg[i] as string;
      const time = timeOf(i);
      mixture.move(words, own, -1, time);
      const tally = new Map<string, number>();
      for (const w of words) tally.set(w, (tally.get(w) ?? 0) + 1);
      let best: string | null = null;
      let bestScore = newStory + mixture.logLikelihood(tally, words.length, null);
      for (const key of mixture.sharing(tally.keys())) {
        const story = mixture.stories.get(key) as Story;
        if (!inWindow(story, time, opts.windowMs)) continue;
        const score = Math.log(story.docs) + mixture.logLikelihood(tally, words.length, story);
        if (score > bestScore || (score === bestScore && key === own)) {
          best = key;
          bestScore = score;
        }
      }
      // A document already alone keeps its key when it stays alone.
      const target = best ?? (mixture.stories.has(own) ? `\u0000m${fresh++}` : own);
      if (target !== own) moved++;
      asg[i] = target;
      mixture.move(words, target, 1, time);
    });
    if (!moved) break;
  }
  return asg;
}

class Mixture {
  readonly stories = new Map<string, Story>();
  /** Word -> the stories that use it: a document is scored only against those. */
  private readonly postings = new Map<string, Set<string>>();

  constructor(private readonly opts: MixtureOptions) {}

  get vocabulary(): number {
    return Math.max(this.opts.minVocabulary, this.postings.size);
  }

  move(words: readonly string[], key: string, sign: 1 | -1, time: number | null): void {
    let story = this.stories.get(key);
    if (!story) {
      story = { docs: 0, words: 0, counts: new Map(), times: new Map() };
      this.stories.set(key, story);
    }
    if (time !== null) {
      const n = (story.times.get(time) ?? 0) + sign;
      if (n) story.times.set(time, n);
      else story.times.delete(time);
    }
    story.docs += sign;
    story.words += sign * words.length;
    for (const w of words) {
      const n = (story.counts.get(w) ?? 0) + sign;
      let post = this.postings.get(w);
      if (!post) {
        post = new Set();
        this.postings.set(w, post);
      }
      if (n) {
        story.counts.set(w, n);
        post.add(key);
      } else {
        story.counts.delete(w);
        post.delete(key);
      }
    }
    if (!story.docs) this.stories.delete(key);
  }

  sharing(words: Iterable<string>): Set<string> {
    const keys = new Set<string>();
    for (const w of words) for (const key of this.postings.get(w) ?? []) keys.add(key);
    return keys;
  }

  /** log p(words | story) with the story's multinomial integrated out (Dirichlet prior). */
  logLikelihood(tally: ReadonlyMap<string, number>, length: number, story: Story | null): number {
    const { smoothing } = this.opts;
    let lp = 0;
    for (const [w, c] of tally) {
      const n = story?.counts.get(w) ?? 0;
      for (let j = 0; j < c; j++) lp += Math.log(n + smoothing + j);
    }
    // Postings are never removed, so the vocabulary counts every distinct word of the input.
    const total = (story?.words ?? 0) + this.vocabulary * smoothing;
    for (let j = 0; j < length; j++) lp -= Math.log(total + j);
    return lp;
  }
}

/** Whether a document of this time may join the story: within the window of one of its reports. */
function inWindow(story: Story, time: number | null, windowMs: number): boolean {
  if (time === null || story.times.size === 0 || windowMs === Number.POSITIVE_INFINITY) return true;
  for (const t of story.times.keys()) if (Math.abs(t - time) <= windowMs) return true;
  return false;
}

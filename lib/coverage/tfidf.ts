// Term weights for topical similarity. Document frequencies grow as documents arrive, so the
// same counts serve the incremental index and the batch grouping.

export type TermVector = Map<string, number>;

export class TermStats {
  docs = 0;
  readonly df = new Map<string, number>();

  add(termList: readonly string[]): void {
    this.docs++;
    for (const t of new Set(termList)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  /** Smoothed idf: a word seen in every headline still counts a little. */
  idf(term: string): number {
    return Math.log((this.docs + 1) / ((this.df.get(term) ?? 0) + 1)) + 1;
  }

  /** Unit-length tf-idf vector; repeated words count once more each, not linearly. */
  vector(termList: readonly string[], weights?: readonly number[]): TermVector {
    const v: TermVector = new Map();
    termList.forEach((t, i) => {
      v.set(t, (v.get(t) ?? 0) + (weights?.[i] ?? 1));
    });
    let norm = 0;
    for (const [t, tf] of v) {
      const w = (1 + Math.log(tf)) * this.idf(t);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
    return v;
  }
}

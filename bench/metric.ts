// The article-extraction benchmark's metric, as its README defines it: multisets of word
// 4-gram shingles; per-page precision/recall; P and R are means over pages; F1 from the means.

const word = /[\p{L}\p{N}_]+/gu;

export function shingles(text: string): Map<string, number> {
  const tokens = text.match(word) ?? [];
  const counts = new Map<string, number>();
  const n = Math.min(4, tokens.length);
  if (n === 0) return counts;
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

export function scorePage(predicted: string, truth: string): PageScore {
  const got = shingles(predicted);
  const want = shingles(truth);
  let tp = 0;
  let fp = 0;
  for (const [key, count] of got) {
    const match = Math.min(count, want.get(key) ?? 0);
    tp += match;
    fp += count - match;
  }
  let wanted = 0;
  for (const count of want.values()) wanted += count;
  return { tp, fp, fn: wanted - tp };
}

export function summarize(scores: PageScore[]): { f1: number; precision: number; recall: number } {
  const p = scores.filter((s) => s.tp + s.fp > 0).map((s) => s.tp / (s.tp + s.fp));
  const r = scores.filter((s) => s.tp + s.fn > 0).map((s) => s.tp / (s.tp + s.fn));
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(p);
  const recall = mean(r);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall };
}

export function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[at] as number;
}

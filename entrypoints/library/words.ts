import type { ImportResult } from '@/lib/db/transfer';

// The sentences the library says after an action, kept apart from the actions themselves.

export const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString()} ${n === 1 ? one : many}`;

export function importSummary(fileName: string, r: ImportResult): string {
  const parts = [`${plural(r.added, 'article')} added`, `${r.merged.toLocaleString()} merged`];
  if (r.aliased > 0) parts.push(`${r.aliased.toLocaleString()} matched an article you had`);
  if (r.unchanged > 0) parts.push(`${r.unchanged.toLocaleString()} already here`);
  return `Imported ${fileName}: ${parts.join(', ')}.`;
}

export function evictedSummary(titles: readonly string[]): string {
  if (titles.length === 0) return 'Nothing was removed: only pinned articles are over the limit.';
  return `Removed ${plural(titles.length, 'article')} to fit your limit: ${titles.join(', ')}.`;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The browser refused to store more, and evicting unpinned articles did not make room. */
export class CacheFullError extends Error {
  override readonly name = 'CacheFullError';
  /** Articles removed while trying to make room: gone even though the save failed. */
  readonly evicted: Array<{ id: string; title: string }>;

  constructor(
    title: string,
    { cause, evicted }: { cause?: unknown; evicted: Array<{ id: string; title: string }> },
  ) {
    const why =
      evicted.length > 0
        ? 'even after removing older unpinned articles to make room'
        : 'and no unpinned article is left to remove';
    super(
      `Storage is full, so "${title}" was not kept offline, ${why}. ` +
        'Unpin or delete some articles, or free disk space, then save it again.',
      { cause },
    );
    this.evicted = evicted;
  }
}

/** The browser refused to store an aggregator page's story and outlets. */
export class CoverageFullError extends Error {
  override readonly name = 'CoverageFullError';
  constructor(options?: { cause?: unknown }) {
    super(
      "Storage is full, so this page's coverage was not kept for later. " +
        'Delete or unpin some articles in the library, or free disk space.',
      options,
    );
  }
}

/** An import file that is not a Lede cache export, with where it went wrong. */
export class CacheImportError extends Error {
  override readonly name = 'CacheImportError';
}

interface NamedError {
  name?: unknown;
  code?: unknown;
  inner?: unknown;
  cause?: unknown;
}

/**
 * True for a quota failure in any of its disguises: Dexie.QuotaExceededError, a DOMException
 * named QuotaExceededError (legacy code 22), or either as the `inner` of a Dexie AbortError
 * (browsers may abort the transaction instead of failing the request).
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const e = error as NamedError;
  if (e.name === 'QuotaExceededError' || e.code === 22) return true;
  return isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1);
}

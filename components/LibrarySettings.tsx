import { useEffect, useState } from 'preact/hooks';
import type { Limits } from '@/lib/db/settings';

interface Props {
  usage: { count: number; bytes: number };
  /** null until read. */
  limits: Limits | null;
  /** What the browser counts for the extension (database, search index), when it says. */
  originBytes: number | null;
  onSave(limits: Limits): void;
  onEnforce(): void;
}

export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb > 0 && mb < 0.1
    ? 'under 0.1 MB'
    : `${mb.toLocaleString(undefined, { maximumFractionDigits: 1 })} MB`;
}

/** How much Lede keeps, and the limits past which it removes the least recently read articles. */
export function LibrarySettings({ usage, limits, originBytes, onSave, onEnforce }: Props) {
  const [maxArticles, setMaxArticles] = useState('');
  const [maxMegabytes, setMaxMegabytes] = useState('');
  // Filled from the stored limits when they are read or change, not on every re-read of the
  // cache: that would wipe what the reader is typing. Disabled until the values are in, for the
  // same reason: enabled on `limits` alone, typing in the render before the fill was overwritten.
  const [filled, setFilled] = useState(false);
  const stored = limits ? [limits.maxArticles, limits.maxMegabytes] : null;
  useEffect(() => {
    if (!stored) return;
    setMaxArticles(String(stored[0]));
    setMaxMegabytes(String(stored[1]));
    setFilled(true);
  }, [stored?.[0], stored?.[1]]);
  const over =
    limits !== null &&
    (usage.count > limits.maxArticles || usage.bytes > limits.maxMegabytes * 1024 * 1024);

  const submit = (event: Event) => {
    event.preventDefault();
    onSave({ maxArticles: Number(maxArticles), maxMegabytes: Number(maxMegabytes) });
  };

  return (
    <section class="lib-panel" aria-labelledby="limits-heading">
      <h2 id="limits-heading">Cache size</h2>
      <p>
        Lede keeps {usage.count.toLocaleString()} {usage.count === 1 ? 'article' : 'articles'} (
        {megabytes(usage.bytes)})
        {originBytes !== null && (
          <>; the browser counts {megabytes(originBytes)} with the search index</>
        )}
        .
      </p>
      <form onSubmit={submit}>
        <label for="max-articles">Keep at most (articles)</label>
        <input
          id="max-articles"
          type="number"
          min={1}
          step={1}
          required
          disabled={!filled}
          value={maxArticles}
          onInput={(e) => setMaxArticles(e.currentTarget.value)}
        />
        <label for="max-megabytes">and at most (MB)</label>
        <input
          id="max-megabytes"
          type="number"
          min={1}
          step="any"
          required
          disabled={!filled}
          value={maxMegabytes}
          onInput={(e) => setMaxMegabytes(e.currentTarget.value)}
        />
        <button type="submit" class="primary" disabled={!filled}>
          Save limits
        </button>
      </form>
      <p class="muted">
        Past either limit, Lede removes the articles you read least recently when it saves a new
        one, and tells you which. Pinned articles are never removed.
      </p>
      {over && (
        <p class="notice">
          Your library is over these limits.{' '}
          <button type="button" onClick={onEnforce}>
            Remove the oldest now
          </button>
        </p>
      )}
    </section>
  );
}

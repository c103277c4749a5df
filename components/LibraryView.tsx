import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface LibraryNotice {
  text: string;
  error: boolean;
  undo?: () => void;
}

interface Props {
  count: number | null;
  notice: LibraryNotice | null;
  /** A reading failure: the page cannot show the cache at all. */
  error: string | null;
  articles: ComponentChildren;
  panels: ComponentChildren;
}

/** What the last action did, with Undo after a delete (focused: the deleted row took the focus). */
function NoticeBar({ notice }: { notice: LibraryNotice | null }) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (notice?.undo) undo.current?.focus();
  }, [notice]);
  // Two live regions that are always there: a region added with its text may go unannounced.
  return (
    <div class="lib-notice-area">
      <div role="status">
        {notice && !notice.error && (
          <p class="lib-done">
            {notice.text}
            {notice.undo && (
              <>
                {' '}
                <button type="button" ref={undo} onClick={notice.undo}>
                  Undo
                </button>
              </>
            )}
          </p>
        )}
      </div>
      <div role="alert">{notice?.error && <p class="notice">{notice.text}</p>}</div>
    </div>
  );
}

export function LibraryView({ count, notice, error, articles, panels }: Props) {
  return (
    <div class="library">
      <header class="lib-header">
        <h1>Lede library</h1>
        <p class="muted">
          {count === null
            ? 'Every article you clean, kept on this computer.'
            : `${count.toLocaleString()} ${count === 1 ? 'article' : 'articles'} kept on this computer, readable offline.`}
        </p>
      </header>
      <NoticeBar notice={notice} />
      {error && (
        <p class="notice" role="alert">
          Lede could not read its cache: {error}
        </p>
      )}
      <main class="lib-main">
        {articles}
        <div class="lib-side">{panels}</div>
      </main>
    </div>
  );
}

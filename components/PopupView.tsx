import type { CleanResponse } from '@/lib/messages';
import { ArticleCard } from './ArticleCard';
import { CoverageList } from './CoverageList';
import { ExportButtons } from './ExportButtons';
import { RemovedList } from './RemovedList';

interface Props {
  result: CleanResponse | null;
  clutterHidden: boolean;
  onToggleClutter(): void;
  onRead(): void;
  /** Markdown export of the cleaned article: a .md download, or the clipboard. */
  onExport?(how: 'download' | 'copy'): void;
  exportStatus?: string;
}

export function PopupView({
  result,
  clutterHidden,
  onToggleClutter,
  onRead,
  onExport,
  exportStatus,
}: Props) {
  if (!result) {
    return (
      <main class="popup" aria-busy="true">
        <p class="status">Cleaning this page…</p>
      </main>
    );
  }
  if (!result.ok) {
    return (
      <main class="popup">
        <p class="notice" role="alert" data-reason={result.reason}>
          {result.message}
        </p>
      </main>
    );
  }
  const { article } = result;
  return (
    <main class="popup">
      {article ? (
        <ArticleCard article={article} />
      ) : (
        !result.coverageView && <p class="status">No article on this page.</p>
      )}
      {result.saveError && (
        <p class="notice" role="alert">
          Not saved for offline reading: {result.saveError}
        </p>
      )}
      {!result.saved && !result.saveError && article && (
        <p class="muted">Private window: this article was not saved.</p>
      )}
      {result.evicted.length > 0 && (
        <p class="notice" role="status">
          To stay within your cache limit, Lede removed {result.evicted.length} older{' '}
          {result.evicted.length === 1 ? 'article' : 'articles'}:{' '}
          {result.evicted.map((e) => e.title).join(', ')}
        </p>
      )}
      {article && (
        <div class="actions">
          <button type="button" class="primary" onClick={onRead}>
            Read in side panel
          </button>
          {onExport && (
            <ExportButtons
              downloadLabel="Export Markdown"
              copyLabel="Copy"
              onDownload={() => onExport('download')}
              onCopy={() => onExport('copy')}
            />
          )}
          {result.hidden > 0 && (
            <button type="button" onClick={onToggleClutter} aria-pressed={!clutterHidden}>
              {clutterHidden ? 'Show original' : 'Hide clutter'}
            </button>
          )}
        </div>
      )}
      {article && exportStatus && (
        <p class="muted export-status" role="status">
          {exportStatus}
        </p>
      )}
      {result.coverageView && <CoverageList view={result.coverageView} />}
      {article && <RemovedList removed={article.removed} />}
    </main>
  );
}

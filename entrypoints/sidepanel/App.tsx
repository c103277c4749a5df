import { useMemo } from 'preact/hooks';
import { LibraryLink } from '@/components/LibraryLink';
import { ReaderRemoved } from '@/components/ReaderRemoved';
import { ReaderToolbar } from '@/components/ReaderToolbar';
import { ReaderView } from '@/components/ReaderView';
import { UpgradeNotice } from '@/components/UpgradeNotice';
import { LedeDB } from '@/lib/db/schema';
import { prepareReaderBody } from '@/lib/reader/body';
import { siteOf } from '@/lib/reader/choices';
import { groupRemoved, restoredBlocks } from '@/lib/reader/removed';
import { createSanitizer } from '@/lib/sanitize';
import { useArticle } from './use-article';
import { useRemovedChoices } from './use-choices';
import { useExport } from './use-export';
import { useReaderSettings } from './use-settings';

// Same origin as the worker: the panel reads the cache directly, and sees the worker's writes.
const db = new LedeDB();

export function App() {
  const article = useArticle(db, location.search);
  const { settings, change } = useReaderSettings();
  const choices = useRemovedChoices(article?.url ?? null);
  const exporter = useExport(db, article);
  // Sanitized again right before rendering (ReaderView): the cache can also be filled by an import.
  const sanitize = useMemo(() => createSanitizer(window), []);
  const body = useMemo(() => {
    if (!article) return null;
    // An inert document: DOMParser runs no scripts and fetches nothing.
    const doc = new DOMParser().parseFromString(article.html, 'text/html');
    return prepareReaderBody(doc, {
      title: article.title,
      leadImage: article.leadImage,
      baseUrl: article.url,
    });
  }, [article]);
  const removed = article?.removed ?? [];

  return (
    <>
      <UpgradeNotice db={db} />
      <LibraryLink />
      <ReaderToolbar
        settings={settings}
        onChange={change}
        canExport={Boolean(article)}
        onDownload={exporter.download}
        onCopy={exporter.copy}
        status={exporter.status}
      />
      <ReaderView
        article={article}
        body={body}
        sanitize={sanitize}
        restored={restoredBlocks(removed, choices.restored, choices.kept)}
      >
        {article && (
          <ReaderRemoved
            groups={groupRemoved(removed, choices.restored, choices.kept)}
            site={siteOf(article.url)}
            onRestore={choices.restore}
            onKeepKind={choices.keepKind}
          />
        )}
      </ReaderView>
    </>
  );
}

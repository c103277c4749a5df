import { useEffect, useMemo, useState } from 'preact/hooks';
import { ReaderView } from '@/components/ReaderView';
import { loadReaderArticle, onActiveTabChange } from '@/lib/browser/active-article';
import { createSanitizer } from '@/lib/sanitize';
import type { Article } from '@/lib/types';

export function App() {
  const [article, setArticle] = useState<Article | null | undefined>(undefined);
  // Cached HTML was sanitized when it was cleaned; it is sanitized again here because the cache
  // can also be filled by an import.
  const sanitize = useMemo(() => createSanitizer(window), []);

  useEffect(() => {
    const load = () => loadReaderArticle(location.search).then(setArticle, () => setArticle(null));
    load();
    return new URLSearchParams(location.search).has('id') ? undefined : onActiveTabChange(load);
  }, []);

  return <ReaderView article={article} sanitize={sanitize} />;
}

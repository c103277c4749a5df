import { useEffect, useState } from 'preact/hooks';
import { type ExportHow, exportFromPage } from '@/lib/browser/export';
import type { LedeDB } from '@/lib/db/schema';
import { exportNote } from '@/lib/reader/export-note';
import type { Article } from '@/lib/types';

/** "Download .md" and "Copy Markdown": converted here, in the page, which has a DOM for turndown. */
export function useExport(db: LedeDB, article: Article | null | undefined) {
  const [status, setStatus] = useState('');
  const url = article?.url;
  useEffect(() => setStatus(''), [url]);
  const run = async (how: ExportHow) => {
    if (article) setStatus(await exportFromPage(db, article, how, exportNote));
  };
  return { status, download: () => run('download'), copy: () => run('copy') };
}

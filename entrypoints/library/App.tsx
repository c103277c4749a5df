import { useMemo, useState } from 'preact/hooks';
import { LibraryArticles, type SortKey } from '@/components/LibraryArticles';
import { LibrarySettings } from '@/components/LibrarySettings';
import { LibraryTransfer } from '@/components/LibraryTransfer';
import { LibraryView } from '@/components/LibraryView';
import { UpgradeNotice } from '@/components/UpgradeNotice';
import { LedeDB } from '@/lib/db/schema';
import { useActions } from './actions';
import { sortArticles } from './data';
import { useLibrary } from './use-library';
import { useSearch } from './use-search';

// The library opens the cache directly: an extension page shares the worker's origin, so it
// reads IndexedDB without a round trip through messages.
export function App() {
  const db = useMemo(() => new LedeDB(), []);
  const [data, reload] = useLibrary(db);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('saved');
  const search = useSearch(db, query, data.version);
  const act = useActions(db, reload);
  const sorted = useMemo(
    () => (data.articles ? sortArticles(data.articles, sort) : null),
    [data.articles, sort],
  );

  return (
    <>
      <UpgradeNotice db={db} />
      <LibraryView
        count={data.articles?.length ?? null}
        notice={act.notice}
        error={data.error}
        articles={
          <LibraryArticles
            articles={sorted}
            query={query}
            onQuery={setQuery}
            search={search}
            sort={sort}
            onSort={setSort}
            onOpen={act.open}
            onTogglePin={act.togglePin}
            onDelete={act.remove}
          />
        }
        panels={
          <>
            <LibrarySettings
              usage={data.usage}
              limits={data.limits}
              originBytes={data.originBytes}
              onSave={act.saveLimits}
              onEnforce={act.enforce}
            />
            <LibraryTransfer
              count={data.usage.count}
              onExport={act.exportFile}
              onImport={act.importFile}
              onClear={act.clear}
            />
          </>
        }
      />
    </>
  );
}

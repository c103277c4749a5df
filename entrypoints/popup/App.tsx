import { useEffect, useState } from 'preact/hooks';
import { LibraryLink } from '@/components/LibraryLink';
import { PopupView } from '@/components/PopupView';
import { UpgradeNotice } from '@/components/UpgradeNotice';
import { type ExportHow, exportFromPage } from '@/lib/browser/export';
import { send, sendToTab } from '@/lib/browser/messaging';
import { openReader } from '@/lib/browser/side-panel';
import { targetTabId } from '@/lib/browser/tabs';
import { LedeDB } from '@/lib/db/schema';
import type { CleanResponse } from '@/lib/messages';
import { unreadableMessages } from '@/lib/page-kind';
import { exportNote } from '@/lib/reader/export-note';

// Opened on first use only (Dexie opens lazily): the export reads the article the worker kept.
const db = new LedeDB();

export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [result, setResult] = useState<CleanResponse | null>(null);
  const [clutterHidden, setClutterHidden] = useState(true);
  const [exportStatus, setExportStatus] = useState('');

  useEffect(() => {
    (async () => {
      const id = await targetTabId(location.search);
      setTabId(id);
      if (id === null) {
        setResult({ ok: false, reason: 'no-tab', message: unreadableMessages['no-tab'] });
        return;
      }
      setResult(await send('clean-tab', { tabId: id }));
    })().catch((error: unknown) =>
      setResult({ ok: false, reason: 'failed', message: `${unreadableMessages.failed} ${error}` }),
    );
  }, []);

  const toggleClutter = async () => {
    if (tabId === null) return;
    await sendToTab(tabId, 'set-clutter-hidden', { hidden: !clutterHidden });
    setClutterHidden(!clutterHidden);
  };

  const exportAs = async (how: ExportHow) => {
    const id = result?.ok ? result.article?.id : undefined;
    if (id) setExportStatus(await exportFromPage(db, id, how, exportNote));
  };

  return (
    <>
      <UpgradeNotice db={db} />
      <PopupView
        result={result}
        clutterHidden={clutterHidden}
        onToggleClutter={toggleClutter}
        onRead={() => openReader(tabId)}
        onExport={exportAs}
        exportStatus={exportStatus}
      />
      <LibraryLink />
    </>
  );
}

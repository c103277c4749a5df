import { useEffect, useState } from 'preact/hooks';
import { PopupView } from '@/components/PopupView';
import { send, sendToTab } from '@/lib/browser/messaging';
import { openReader } from '@/lib/browser/side-panel';
import { targetTabId } from '@/lib/browser/tabs';
import type { CleanResponse } from '@/lib/messages';
import { unreadableMessages } from '@/lib/page-kind';

export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [result, setResult] = useState<CleanResponse | null>(null);
  const [clutterHidden, setClutterHidden] = useState(true);

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

  return (
    <PopupView
      result={result}
      clutterHidden={clutterHidden}
      onToggleClutter={toggleClutter}
      onRead={() => openReader(tabId)}
    />
  );
}

import { useEffect, useState } from 'preact/hooks';
import { ExportOptionsForm } from '@/components/ExportOptions';
import { SiteRulesEditor } from '@/components/SiteRulesEditor';
import { loadExportOptions, saveExportOptions } from '@/lib/browser/export';
import { loadUserSiteRulesText, saveUserSiteRules } from '@/lib/browser/site-rules-store';
import type { ExportOptions } from '@/lib/markdown/options';

export function App() {
  const [text, setText] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [exportOptions, setExportOptions] = useState<ExportOptions | null>(null);
  useEffect(() => {
    loadUserSiteRulesText().then(setText);
    loadExportOptions().then(setExportOptions);
  }, []);
  const save = async (value: string) => {
    await saveUserSiteRules(value);
    setText(value);
    setStatus('Saved. The rules apply the next time you clean a page.');
  };
  return (
    <main class="options">
      <h1>Lede options</h1>
      {text !== null && <SiteRulesEditor initial={text} status={status} onSave={save} />}
      {exportOptions && <ExportOptionsForm initial={exportOptions} onSave={saveExportOptions} />}
    </main>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { SiteRulesEditor } from '@/components/SiteRulesEditor';
import { loadUserSiteRulesText, saveUserSiteRules } from '@/lib/browser/site-rules-store';

export function App() {
  const [text, setText] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    loadUserSiteRulesText().then(setText);
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
    </main>
  );
}

import { useState } from 'preact/hooks';
import { parseCosmeticFilters } from '@/lib/clean/site-rules';

interface Props {
  initial: string;
  status: string;
  onSave(text: string): void;
}

/** Per-site rules in the cosmetic-filter syntax ad blockers use: `example.com##.promo-box`. */
export function SiteRulesEditor({ initial, status, onSave }: Props) {
  const [text, setText] = useState(initial);
  const rules = parseCosmeticFilters(text);
  const count = rules.reduce((n, rule) => n + rule.selectors.length, 0);
  return (
    <section aria-labelledby="site-rules-heading">
      <h2 id="site-rules-heading">Your site rules</h2>
      <p>
        One rule a line: a site, two hashes, and a CSS selector of what to remove there, e.g.{' '}
        <code>example.com##.related-box</code>. Lines starting with <code>!</code> are comments.
      </p>
      <label for="site-rules">Rules</label>
      <textarea
        id="site-rules"
        rows={10}
        spellcheck={false}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <p class="muted">
        {count} {count === 1 ? 'selector' : 'selectors'} for {rules.length}{' '}
        {rules.length === 1 ? 'site' : 'sites'}
      </p>
      <button type="button" class="primary" onClick={() => onSave(text)}>
        Save rules
      </button>
      <p role="status">{status}</p>
    </section>
  );
}

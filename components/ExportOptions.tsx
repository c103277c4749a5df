import { useState } from 'preact/hooks';
import { fileName } from '@/lib/markdown/filename';
import type { ExportOptions } from '@/lib/markdown/options';

interface Props {
  initial: ExportOptions;
  onSave(options: ExportOptions): Promise<void>;
}

/** A made-up article, so the reader sees what their template makes before saving it. */
const sample = {
  title: 'Storm closes schools: what parents need to know',
  publishedAt: '2024-09-18T09:30:00Z',
  siteName: 'The Daily Example',
  url: 'https://www.news.example/storm',
  canonicalUrl: 'https://www.news.example/storm',
  dateline: { place: 'KANSAS CITY, Mo.', date: null, agency: 'Associated Press', raw: '' },
};

function Style(props: { name: string; legend: string; value: string; onChange(v: string): void }) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {(['inline', 'referenced'] as const).map((style) => (
        <label key={style} class="choice">
          <input
            type="radio"
            name={props.name}
            checked={props.value === style}
            onChange={() => props.onChange(style)}
          />
          {style === 'inline'
            ? 'Inline: [text](url)'
            : 'Referenced: [text][1], addresses at the end'}
        </label>
      ))}
    </fieldset>
  );
}

/** Markdown export: file name template, front matter, link and image style. */
export function ExportOptionsForm({ initial, onSave }: Props) {
  const [options, setOptions] = useState(initial);
  const [status, setStatus] = useState('');
  const set = (patch: Partial<ExportOptions>) => {
    setOptions({ ...options, ...patch });
    setStatus('');
  };
  const save = async () => {
    await onSave(options);
    setStatus('Saved. Every export uses these from now on.');
  };
  return (
    <section aria-labelledby="export-heading" class="export-options">
      <h2 id="export-heading">Markdown export</h2>
      <label for="export-template">File name</label>
      <input
        id="export-template"
        type="text"
        value={options.template}
        spellcheck={false}
        aria-describedby="export-template-help"
        onInput={(e) => set({ template: e.currentTarget.value })}
      />
      <p id="export-template-help" class="muted">
        Fill-ins: <code>{'{title}'}</code> <code>{'{date}'}</code> <code>{'{outlet}'}</code>{' '}
        <code>{'{host}'}</code> <code>{'{place}'}</code>. Example:{' '}
        <output>{fileName(options.template, sample, { savedAt: '2024-09-18T10:00:00Z' })}</output>
      </p>
      <label class="choice">
        <input
          type="checkbox"
          checked={options.frontMatter}
          onChange={(e) => set({ frontMatter: e.currentTarget.checked })}
        />
        Front matter (title, outlet, author, addresses, dates, coverage) for Obsidian and other
        notes apps
      </label>
      <Style
        name="link-style"
        legend="Links"
        value={options.linkStyle}
        onChange={(v) => set({ linkStyle: v as ExportOptions['linkStyle'] })}
      />
      <Style
        name="image-style"
        legend="Images"
        value={options.imageStyle}
        onChange={(v) => set({ imageStyle: v as ExportOptions['imageStyle'] })}
      />
      <button type="button" class="primary" onClick={save}>
        Save export options
      </button>
      <p role="status">{status}</p>
    </section>
  );
}

import type { ReaderSettings } from '@/lib/reader/settings';
import { ExportButtons } from './ExportButtons';
import { ReaderSettingsMenu } from './ReaderSettings';

interface Props {
  settings: ReaderSettings;
  onChange(patch: Partial<ReaderSettings>): void;
  /** False while there is no article: export stays visible but cannot be pressed. */
  canExport: boolean;
  onDownload(): void;
  onCopy(): void;
  /** What the last export did, announced to screen readers. */
  status: string;
}

export function ReaderToolbar(props: Props) {
  return (
    <header class="reader-toolbar">
      <div class="toolbar-row">
        <ReaderSettingsMenu settings={props.settings} onChange={props.onChange} />
        <span class="toolbar-spacer" />
        <ExportButtons
          onDownload={props.onDownload}
          onCopy={props.onCopy}
          disabled={!props.canExport}
        />
      </div>
      <p class="export-status" role="status">
        {props.status}
      </p>
    </header>
  );
}

interface Props {
  onDownload(): void;
  onCopy(): void;
  /** The side panel says "Download .md"; the popup, with less room, "Export Markdown". */
  downloadLabel?: string;
  copyLabel?: string;
  disabled?: boolean;
}

/** Markdown export's two actions: a .md file in the downloads folder, or the clipboard. */
export function ExportButtons({
  onDownload,
  onCopy,
  downloadLabel = 'Download .md',
  copyLabel = 'Copy Markdown',
  disabled = false,
}: Props) {
  return (
    <>
      <button type="button" onClick={onDownload} disabled={disabled}>
        {downloadLabel}
      </button>
      <button type="button" onClick={onCopy} disabled={disabled}>
        {copyLabel}
      </button>
    </>
  );
}

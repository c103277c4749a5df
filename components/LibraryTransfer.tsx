import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  count: number;
  onExport(): void;
  onImport(file: File): void;
  onClear(): void;
}

/** Moving the library to another computer or browser, and emptying it. */
export function LibraryTransfer({ count, onExport, onImport, onClear }: Props) {
  const [confirming, setConfirming] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const clear = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // Focus follows the question: onto Cancel when it is asked, back to Clear all when it is not.
  useEffect(() => {
    if (confirming) cancel.current?.focus();
    else if (asked.current) clear.current?.focus();
    asked.current ||= confirming;
  }, [confirming]);

  const picked = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so that picking the same file again (after fixing it) imports it again.
    input.value = '';
    if (file) onImport(file);
  };

  return (
    <section class="lib-panel" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Export and import</h2>
      <p>
        One JSON file holds every article with its reading state and your limits. Importing one adds
        what is new and merges what you already have.
      </p>
      <p>
        <button type="button" onClick={onExport} disabled={count === 0}>
          Export library
        </button>
      </p>
      <label for="import-file">Import a Lede export (.json)</label>
      <input
        id="import-file"
        type="file"
        accept=".json,application/json"
        onChange={(e) => picked(e.currentTarget)}
      />
      <h3>Clear all</h3>
      {confirming ? (
        <div class="lib-confirm">
          <p id="confirm-text">
            Delete all {count.toLocaleString()} {count === 1 ? 'article' : 'articles'}, the coverage
            Lede noted and your limits? This cannot be undone: export first if you may want them
            back.
          </p>
          <button
            type="button"
            class="danger"
            onClick={() => {
              setConfirming(false);
              onClear();
            }}
          >
            Delete everything
          </button>{' '}
          <button type="button" ref={cancel} onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" ref={clear} onClick={() => setConfirming(true)}>
          Clear all…
        </button>
      )}
    </section>
  );
}

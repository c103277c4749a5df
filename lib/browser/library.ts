// The library page's contact with the browser outside IndexedDB: files in and out, and what
// the browser says the extension's origin stores. Nothing here needs a permission.

/** `lede-library-2025-04-14.json`, dated by the reader's own calendar. */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `lede-library-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/**
 * Saves `data` as a JSON file through an `<a download>` link to a blob: unlike the downloads
 * API this needs no permission, and it works the same in Chrome and Firefox.
 */
export function downloadJson(doc: Document, fileName: string, data: unknown): void {
  const blob = new Blob([JSON.stringify(data)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel a download that has not started reading the blob yet.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file the reader picked, parsed as JSON; an Error in plain words when it is not JSON. */
export async function readJsonFile(file: Blob & { name?: string }): Promise<unknown> {
  const text = await file.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(
      `${file.name ?? 'That file'} is not a JSON file, so it cannot be a Lede export.`,
    );
  }
}

/** Bytes the browser counts against the extension's origin (database, search index, code). */
export async function originUsage(): Promise<number | null> {
  try {
    const estimate = await navigator.storage?.estimate();
    return estimate?.usage ?? null;
  } catch {
    return null;
  }
}

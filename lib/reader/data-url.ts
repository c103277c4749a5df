// A Markdown note as a data: URL for the downloads API. The MV3 service worker has no
// URL.createObjectURL, and a data: URL needs nothing revoked, so it also outlives a popup that
// closes while the download starts. Base64 of the UTF-8 bytes: percent-encoding would triple
// every non-Latin character, and Chrome caps URLs at 2 MB.

/** Chrome refuses URLs past 2 MiB; stay under it with room for the prefix. */
export const maxDataUrlLength = 2 * 1024 * 1024 - 1024;

export function markdownDataUrl(markdown: string): string {
  const bytes = new TextEncoder().encode(markdown);
  let binary = '';
  // String.fromCharCode takes arguments: go in chunks well below any engine's argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return `data:text/markdown;charset=utf-8;base64,${btoa(binary)}`;
}

// Which tabs Lede can read at all, decided from the URL alone before anything is injected,
// so the popup can say why instead of failing silently.

export type UnreadableReason =
  | 'browser-page'
  | 'store-page'
  | 'extension-page'
  | 'local-file'
  | 'pdf'
  | 'not-article'
  | 'in-frame'
  | 'too-large'
  | 'no-access'
  | 'no-tab'
  | 'failed';

export const unreadableMessages: Record<UnreadableReason, string> = {
  'browser-page': "This is one of the browser's own pages. Lede can only clean web pages.",
  'store-page': 'Browsers do not let extensions read their add-on store. Open a news page instead.',
  'extension-page': 'This page belongs to an extension. Lede can only clean web pages.',
  'local-file':
    'Lede cannot read files on your computer unless you allow "Access to file URLs" for it in the extensions page.',
  pdf: 'This is a PDF, not a web page. Lede cleans news pages written in HTML.',
  'not-article': 'No article found on this page. It looks like a list, a home page or a form.',
  'in-frame':
    "This page shows its article in a frame from another site, which Lede is not allowed to read. Open the article's own page and click the Lede icon there.",
  'too-large': 'This page is too large to clean without slowing your browser down.',
  'no-access': 'Lede was not allowed to read this page. Click the Lede icon on the page itself.',
  'no-tab': 'There is no page open in this window to clean.',
  failed: 'Lede could not clean this page.',
};

const storeHosts = [
  'chromewebstore.google.com',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com',
];

/** null when Lede may try the URL; otherwise why it cannot. */
export function unreadableUrl(url: string | undefined): UnreadableReason | null {
  if (!url) return 'no-tab';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'browser-page';
  }
  const { protocol, hostname, pathname } = parsed;
  if (protocol === 'chrome-extension:' || protocol === 'moz-extension:') return 'extension-page';
  if (protocol === 'file:') return /\.pdf$/i.test(pathname) ? 'pdf' : 'local-file';
  if (protocol !== 'http:' && protocol !== 'https:') return 'browser-page';
  if (storeHosts.includes(hostname)) return 'store-page';
  if (hostname === 'chrome.google.com' && pathname.startsWith('/webstore')) return 'store-page';
  if (/\.pdf$/i.test(pathname)) return 'pdf';
  return null;
}

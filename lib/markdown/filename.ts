import type { Article } from '../types';

export const defaultFileTemplate = '{date} {title}';

/** Characters before ".md": short enough for deep folders, long enough for any real headline. */
const maxChars = 120;
/** ext4, APFS and NTFS allow 255 bytes/units per name; 120 emoji would be 480 UTF-8 bytes. */
const maxBytes = 200;

// Windows refuses these names with any extension ("con.md", "Nul.tar.md"), in any case.
const reservedName = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

type NamedArticle = Pick<Article, 'title' | 'publishedAt' | 'siteName' | 'url' | 'canonicalUrl'> & {
  dateline?: Article['dateline'];
};

/**
 * A file name for the exported note, safe on Windows, macOS and Linux (and in Obsidian, which also
 * refuses # ^ [ ] in note names). Placeholders: {title} {date} {outlet} {host} {place}; {date} is
 * the publication day (YYYY-MM-DD), else the day of savedAt. Always ends in ".md".
 */
export function fileName(
  template: string,
  article: NamedArticle,
  opts: { savedAt: string },
): string {
  const host = hostOf(article.canonicalUrl) || hostOf(article.url);
  const values: Record<string, string> = {
    title: article.title,
    date: dayOf(article.publishedAt) ?? dayOf(opts.savedAt) ?? '',
    outlet: article.siteName || host,
    host,
    place: article.dateline?.place ?? '',
  };
  const filled = (template.trim() || defaultFileTemplate).replace(
    /\{(title|date|outlet|host|place)\}/g,
    (_, key: string) => values[key] ?? '',
  );
  let stem = truncate(clean(filled));
  // Only punctuation left ("..", "???" became "" or "-"): not a name anyone can find again.
  if (!/[\p{L}\p{N}\p{So}]/u.test(stem)) stem = 'article';
  if (reservedName.test(stem.split('.')[0]?.trim() ?? '')) stem = `_${stem}`;
  return `${stem}.md`;
}

/** The calendar day of an ISO time as written (the publisher's own day), else its UTC day. */
export function dayOf(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const written = iso.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  if (written) return written;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function clean(name: string): string {
  return (
    name
      .normalize('NFC')
      // Bidirectional overrides can disguise an extension ("txt.exe" shown as "exe.txt").
      .replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
      .replace(/\p{Cc}/gu, ' ')
      // "Breaking: Storm" reads best as "Breaking - Storm"; "10:30" as "10-30".
      .replace(/\s*:\s+/g, ' - ')
      .replace(/[:/\\|]+/g, '-')
      .replace(/"/g, "'")
      .replace(/[*?<>#^[\]]/g, '')
      .replace(/\s+/g, ' ')
      .replace(/^[\s.]+|[\s.]+$/g, '')
  );
}

/** Cuts to the limits on grapheme boundaries (never half an emoji), at a space when one is near. */
function truncate(name: string): string {
  const graphemes = splitGraphemes(name);
  const encoder = new TextEncoder();
  let length = 0;
  let bytes = 0;
  while (length < graphemes.length && length < maxChars) {
    const size = encoder.encode(graphemes[length]).length;
    if (bytes + size > maxBytes) break;
    bytes += size;
    length++;
  }
  if (length === graphemes.length) return name;
  const cut = graphemes.slice(0, length);
  const space = cut.lastIndexOf(' ');
  const kept = space > length - 30 && space > 0 ? cut.slice(0, space) : cut;
  return kept.join('').replace(/[\s.]+$/, '');
}

function splitGraphemes(text: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    return Array.from(segmenter.segment(text), (part) => part.segment);
  }
  return Array.from(text); // code points: still never splits a surrogate pair
}

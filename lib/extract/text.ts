import { fold } from '../clean/text';

// Plain text of an article, one line per block: what the command line prints, what search
// indexes and what the benchmark scores. Gluing blocks together ("end.Start") would merge words.

const blockTags = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Runs of whitespace to one space, trimmed (clean/text.ts fold: no copy when already clean). */
export const foldSpace = fold;

export function blockText(root: Node): string {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = foldSpace(current);
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) current += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE')
          continue;
        const block = blockTags.has(tag);
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return lines.join('\n');
}

/**
 * Words as /[\p{L}\p{N}]+/gu counts them, each CJK character (kana, ideographs, hangul) a word of
 * its own, as readers' tools count: one pass, no arrays (an article has thousands of words).
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let letter: boolean;
    if (c < 0x80) letter = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
    else if (isCjk(c)) {
      words++;
      inWord = false;
      continue;
    } else {
      const code = text.codePointAt(i) as number;
      if (code > 0xffff) i++;
      letter = isLetterOrNumber(code);
    }
    if (letter && !inWord) words++;
    inWord = letter;
  }
  return words;
}

function isCjk(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)
  );
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
// Answers for the Basic Multilingual Plane, filled in as characters are met: 1 yes, 2 no.
const bmp = new Uint8Array(0x10000);

function isLetterOrNumber(code: number): boolean {
  if (code > 0xffff) return LETTER_OR_NUMBER.test(String.fromCodePoint(code));
  if (bmp[code] === 0) bmp[code] = LETTER_OR_NUMBER.test(String.fromCharCode(code)) ? 1 : 2;
  return bmp[code] === 1;
}

/** Minutes at 230 words a minute, never zero for a non-empty article. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 230));
}

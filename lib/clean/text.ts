// String helpers shared by the clutter rules, so each rule states only what it looks for.
// (Reading a block of the page - its text, links, lines - is in measure.ts.)

const MESSY_SPACE =
  /\s\s|[\t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** Folds every run of whitespace (including NBSP and the ideographic space) to one space. */
export function fold(s: string): string {
  const t = s.trim();
  // Most text is already clean: test before building a new string.
  return MESSY_SPACE.test(t) ? t.replace(/\s+/g, ' ') : t;
}

/** Folds and caps text for display, ending a cut with an ellipsis. */
export function capText(s: string, max = 200): string {
  const text = fold(s);
  if (text.length <= max) return text;
  // max + 1 characters (code points) fit in 2 * max + 2 code units: no need to split the rest.
  const chars = Array.from(text.length > 2 * max + 2 ? text.slice(0, 2 * max + 2) : text);
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** Words that carry language (numbers and dates aside), as a sign of a sentence around a node. */
export function proseWords(s: string): number {
  const words = s.match(/\p{L}{2,}/gu)?.length ?? 0;
  const cjk = s.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu);
  return words + Math.floor((cjk?.length ?? 0) / 2);
}

/**
 * A label without the decoration around it: "Related »" / "【相关阅读】" / "- Most read:" -> words.
 * Case is kept: label patterns match case-insensitively. Called on many short texts, so it only
 * builds a new string when there is decoration to strip.
 */
export function labelText(s: string, folded = false): string {
  const t = folded ? s : fold(s);
  if (!t || (isWordChar(t, 0) && isWordChar(t, t.length - 1))) return t;
  return t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A letter or digit at i: ASCII answered by its code, the rest by the Unicode classes. */
function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // A surrogate pair's halves are not letters on their own: read the whole code point.
  const high = i > 0 ? s.charCodeAt(i - 1) : 0;
  const at = c >= 0xdc00 && c <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? i - 1 : i;
  return WORD_CHAR.test(String.fromCodePoint(s.codePointAt(at) ?? c));
}

export { names } from './names';

/** A count as printed: 84224, 1,234, 1.024, 1 234, 1.2k, 12K+, 3.4M, 1.2万. */
export const NUMBER = String.raw`\d{1,3}(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?\s?(?:[kmb]|mil|万|亿|千)?\+?|\d+(?:[.,]\d+)?\s?(?:[kmb]|mil|万|亿|千)?\+?`;

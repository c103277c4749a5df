// Reading a block of the page in one bounded walk: its text, links, lines, pictures and form
// fields. No layout (linkedom and headless pipelines have none): textContent-like walks only,
// and every walk stops once the block is longer than the caller cares about, which keeps each
// rule linear in the size of the page.
import { isHidden, sharedIndex } from './page-index';
import { fold } from './text';

export { isHidden } from './page-index';

const BLOCK = new Set(
  'address article aside blockquote br dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul'.split(
    ' ',
  ),
);
const MEDIA = new Set('audio canvas embed figure iframe img object picture table video'.split(' '));
const HEADING = /^h[1-6]$/;
const FIELD = /^(input|textarea|select|button)$/;

/** A line of text as a reader sees it: split at block boundaries and <br>. */
export interface Line {
  chars: number;
  linkChars: number;
}

/** What a block holds, read in one bounded walk. */
export interface Measure {
  /** The text, pieces joined by single spaces. */
  text: string;
  /** Each non-blank text node, folded. */
  pieces: string[];
  chars: number;
  links: number;
  linkChars: number;
  lines: Line[];
  /** Images, video, iframes, figures, tables anywhere; and those outside any link. */
  media: number;
  looseMedia: number;
  /** Form controls, and of them the ones that ask for an email address. */
  fields: number;
  emailFields: number;
  headings: number;
  /** The first words are inside a link (a headline list, a "previous article" link). */
  startsWithLink: boolean;
}

/** Is this a section heading: h1-h6, <header>, role=heading? */
export function isHeading(el: Element): boolean {
  return (
    HEADING.test(el.localName) || el.localName === 'header' || el.getAttribute('role') === 'heading'
  );
}

const EMAIL_HINT = /e-?mail|correo|courriel/i;

function isEmailField(el: Element): boolean {
  if (el.localName !== 'input') return false;
  const hint = `${el.getAttribute('type')} ${el.getAttribute('name')} ${el.getAttribute('placeholder')} ${el.getAttribute('autocomplete')}`;
  return EMAIL_HINT.test(hint);
}

/** A whole element read once, with what decides every bounded read of it. */
interface Complete {
  m: Measure;
  /** Nodes the walk visited (the budget counts these), and the longest raw text node. */
  visited: number;
  longest: number;
}

const budgetFor = (maxChars: number) => maxChars * 4 + 100;

/** What measure(el, maxChars) returns, from a complete reading of el. */
function bounded(c: Complete, maxChars: number): Measure | null {
  const over =
    c.m.chars > maxChars || c.visited > budgetFor(maxChars) || c.longest > maxChars * 8 + 1000;
  return over ? null : c.m;
}

/**
 * Reads `start` (an element, or several sibling nodes) in one walk. Returns null as soon as the
 * text passes `maxChars` (or the walk passes a node budget derived from it): callers ask about
 * short blocks and must not pay for long ones. While findClutter shares its page index, an
 * element is read at most once for all rules, and one whose text or node count is over the
 * limit (the index knows both) is not read at all; the answers are the same as a fresh walk's.
 */
export function measure(start: Node | Node[], maxChars = Number.POSITIVE_INFINITY): Measure | null {
  const index = Array.isArray(start) || start.nodeType !== 1 ? null : sharedIndex();
  const i = index?.at.get(start as Node);
  if (!index || i === undefined) return read(start, maxChars)?.m ?? null;
  const end = index.end[i] as number;
  const chars = (index.before[end] as number) - (index.before[i] as number);
  // The walk visits at least the indexed nodes: past either limit it would give up anyway.
  if (chars > maxChars || end - i > budgetFor(maxChars)) return null;
  let complete = index.measured.get(start as Node) as Complete | undefined;
  if (!complete) {
    complete = read(start, Number.POSITIVE_INFINITY) as Complete;
    index.measured.set(start as Node, complete);
  }
  return bounded(complete, maxChars);
}

/**
 * The start of measure(el).text, at least `chars` long when the text is (all of it otherwise):
 * what a report of a removed block shows, without reading the rest of a long one.
 */
export function textStart(el: Element, chars: number): string {
  let text = '';
  let node: Node | null = el;
  while (node && text.length <= chars) {
    let into = false;
    if (node.nodeType === 3) {
      const piece = fold((node as Text).data);
      if (piece) text = text ? `${text} ${piece}` : piece;
    } else if (node.nodeType === 1 && !isHidden(node)) into = true;
    if (into && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    node = node === el || !node ? null : node.nextSibling;
  }
  return text;
}

/** The walk itself: null past maxChars or the budget, else the measure and what it visited. */
function read(start: Node | Node[], maxChars: number): Complete | null {
  const m: Measure = {
    text: '',
    pieces: [],
    chars: 0,
    links: 0,
    linkChars: 0,
    lines: [],
    media: 0,
    looseMedia: 0,
    fields: 0,
    emailFields: 0,
    headings: 0,
    startsWithLink: false,
  };
  let budget = budgetFor(maxChars);
  let visited = 0;
  let longest = 0;
  let inLink = 0;
  let lineChars = 0;
  let lineLinks = 0;
  for (const top of Array.isArray(start) ? start : [start]) {
    let node: Node | null = top;
    while (node) {
      if (--budget < 0) return null;
      visited++;
      let into = false;
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        if (data.length > longest) longest = data.length;
        if (data.length > maxChars * 8 + 1000) return null;
        const piece = fold(data);
        if (piece) {
          if (m.pieces.length === 0) m.startsWithLink = inLink > 0;
          m.pieces.push(piece);
          m.chars += piece.length;
          lineChars += piece.length;
          if (inLink > 0) {
            m.linkChars += piece.length;
            lineLinks += piece.length;
          }
          if (m.chars > maxChars) return null;
        }
      } else if (node.nodeType === 1 && !isHidden(node)) {
        const el = node as Element;
        const name = el.localName;
        if (BLOCK.has(name) && lineChars > 0) {
          m.lines.push({ chars: lineChars, linkChars: lineLinks });
          lineChars = lineLinks = 0;
        }
        if (name === 'a') {
          m.links++;
          inLink++;
        } else if (MEDIA.has(name)) {
          m.media++;
          if (inLink === 0) m.looseMedia++;
        } else if (HEADING.test(name)) m.headings++;
        else if (FIELD.test(name) && el.getAttribute('type') !== 'hidden') {
          m.fields++;
          if (isEmailField(el)) m.emailFields++;
        }
        into = true;
      }
      if (into && node.firstChild) {
        node = node.firstChild;
        continue;
      }
      // Leave this node and every ancestor whose last child it was.
      while (node) {
        if (node.nodeType === 1 && !isHidden(node)) {
          const name = (node as Element).localName;
          if (name === 'a') inLink--;
          if (BLOCK.has(name) && lineChars > 0) {
            m.lines.push({ chars: lineChars, linkChars: lineLinks });
            lineChars = lineLinks = 0;
          }
        }
        if (node === top) {
          node = null;
          break;
        }
        if (node.nextSibling) {
          node = node.nextSibling;
          break;
        }
        node = node.parentNode;
      }
    }
  }
  if (lineChars > 0) m.lines.push({ chars: lineChars, linkChars: lineLinks });
  m.text = m.pieces.join(' ');
  return { m, visited, longest };
}

const NOT_SPACE = /\S/;

/** True for whitespace, comments, <br>, and elements with neither text nor media. */
export function isBlank(node: Node): boolean {
  if (node.nodeType === 3) return !NOT_SPACE.test((node as Text).data);
  if (node.nodeType !== 1) return true;
  if (isHidden(node)) return true;
  const m = measure(node, 0);
  return m !== null && m.media === 0 && m.fields === 0;
}

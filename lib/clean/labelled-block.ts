// A label followed by links: "Related" over a list of headlines, "Tags:" before a row of topics.
// The label alone decides nothing (articles have sections called "Related developments");
// what follows it must read as a list of links, so the label is only where the search starts.
import { isBlank, isHeading, type Measure, measure } from './measure';
import { labelText } from './text';
import { isFrame, type Seeds } from './walk';

/** What follows a label, read as a list: items are list entries, cards, or bare links. */
export interface RunStats {
  items: number;
  /** Items that are mostly a link, or open with one and stay short (a headline and a teaser). */
  linkItems: number;
  links: number;
  chars: number;
  linkChars: number;
  lines: number;
  shortLines: number;
  /** The longest link-item text: tags are a few words, headlines a sentence. */
  longestItem: number;
}

export interface LabelledSearch {
  /** Anchored, case-insensitive test on the label's words (see labelText). */
  label: RegExp;
  maxLabelChars: number;
  maxRunChars: number;
  accept(run: RunStats): boolean;
}

const INLINE = new Set(['a', 'b', 'strong', 'em', 'i', 'span', 'small', 'label', 'font', 'u']);

function emptyStats(): RunStats {
  return {
    items: 0,
    linkItems: 0,
    links: 0,
    chars: 0,
    linkChars: 0,
    lines: 0,
    shortLines: 0,
    longestItem: 0,
  };
}

/** The entries of a list-like element: unwraps lone wrappers, then takes the children. */
function entries(el: Element): Element[] {
  let box = el;
  // Never into a link: what is inside one is link text however it is wrapped.
  for (let i = 0; i < 3 && box.localName !== 'a'; i++) {
    const kids = Array.from(box.children).filter((k) => !isBlank(k));
    if (kids.length !== 1) return kids.length > 1 ? kids : [box];
    box = kids[0] as Element;
  }
  return [box];
}

function mergeStats(into: RunStats, part: RunStats): void {
  into.items += part.items;
  into.linkItems += part.linkItems;
  into.links += part.links;
  into.chars += part.chars;
  into.linkChars += part.linkChars;
  into.lines += part.lines;
  into.shortLines += part.shortLines;
  into.longestItem = Math.max(into.longestItem, part.longestItem);
}

/** Adds one content node (an element or a stray text) to the stats of a run. */
function addToRun(stats: RunStats, node: Node, m: Measure): void {
  stats.links += m.links;
  stats.chars += m.chars;
  stats.linkChars += m.linkChars;
  stats.lines += m.lines.length;
  stats.shortLines += m.lines.filter((l) => l.chars <= 120).length;
  for (const item of node.nodeType === 1 ? entries(node as Element) : [node]) {
    const im = item === node ? m : measure(item, 600);
    // Kickers and separators ("[VIDEO]", "|") are neither entries nor evidence against a list.
    if (im && im.links === 0 && im.chars <= 15) continue;
    stats.items++;
    if (!im || im.links === 0) continue;
    // A headline may link only its last words ("Paid ads are not the problem. <a>Ours are</a>").
    const linked =
      im.linkChars >= 0.5 * im.chars || (im.chars <= 160 && im.linkChars >= 0.25 * im.chars);
    if (linked || (im.startsWithLink && im.chars <= 300)) {
      stats.linkItems++;
      stats.longestItem = Math.max(stats.longestItem, im.chars);
    }
  }
}

// Both look at no more than a few dozen siblings: a label among thousands is not a box's title.
function firstContent(node: Node): boolean {
  let n = 0;
  for (let s = node.previousSibling; s; s = s.previousSibling) {
    if (++n > 40 || !isBlank(s)) return false;
  }
  return true;
}

function onlyContent(node: Node): boolean {
  if (!firstContent(node)) return false;
  let n = 0;
  for (let s = node.nextSibling; s; s = s.nextSibling) {
    if (++n > 40 || !isBlank(s)) return false;
  }
  return true;
}

/** A label's words that a link may finish: "More from " + <a>Business</a>. */
const OPEN_END = /(^|\s)(from|on|in|about|de|aus|zu|von|zum thema)$/i;

/** The text is a label, or opens one ("More from " before a link to the section). */
function isLabelStart(text: string, label: RegExp): boolean {
  const words = labelText(text, true);
  return words !== '' && (label.test(words) || (OPEN_END.test(words) && label.test(`${words} x`)));
}

/** The element (or bare text) whose whole text is the label, climbing from its text node. */
function findLabel(root: ParentNode, text: Node, s: LabelledSearch): Node | null {
  let label: Node | null = null;
  let el = text.parentElement;
  for (let level = 0; el && el !== root && level < 4; level++, el = el.parentElement) {
    const m = measure(el, s.maxLabelChars);
    if (!m) break;
    if (s.label.test(labelText(m.text))) label = el;
    else if (label) break;
  }
  if (!label && s.label.test(labelText((text as Text).data))) label = text;
  return label;
}

/** The label and the list after it, as the elements to remove; null when no list follows. */
function blockAfter(root: ParentNode, label: Node, s: LabelledSearch): Element[] | null {
  let head = label;
  for (let i = 0; i < 4; i++) {
    const up: Element | null = head.parentElement;
    if (!up || up === root || isFrame(up) || !onlyContent(head)) break;
    head = up;
  }
  const first = firstContent(head);
  if (!first && (head.nodeType === 3 || INLINE.has((head as Element).localName))) return null;
  const stats = emptyStats();
  const run: Element[] = [];
  let sib = head.nextSibling;
  for (let n = 0; sib && n < 500; sib = sib.nextSibling, n++) {
    if (isBlank(sib)) continue;
    if (sib.nodeType === 3 && (sib as Text).data.trim().length <= 3) continue;
    if (sib.nodeType === 1 && isHeading(sib as Element)) break;
    const m = measure(sib, s.maxRunChars - stats.chars);
    if (!m || m.links === 0) break;
    const part = emptyStats();
    addToRun(part, sib, m);
    if (part.linkItems < 0.6 * part.items) break;
    mergeStats(stats, part);
    if (sib.nodeType === 1) run.push(sib as Element);
  }
  // A box that holds the label and nothing else lost its list (a widget filled by script); a
  // heading in a box of its own with prose after it is the prose's heading.
  if (run.length === 0) {
    const next = sib ? measure(sib, 100) : null;
    const boxed =
      head !== label || (label.nodeType === 1 && (label as Element).children.length === 1);
    const alone = boxed && head.nodeType === 1 && (!sib || (next !== null && next.links === 0));
    return alone ? [head as Element] : null;
  }
  if (!s.accept(stats)) return null;
  // A box holding just the label and the list goes whole; the page's frame never does.
  const parent = head.parentElement;
  if (!sib && first && parent && parent !== root && !isFrame(parent)) {
    let box: Element = parent;
    for (let i = 0; i < 3; i++) {
      const up: Element | null = box.parentElement;
      if (!up || up === root || isFrame(up) || !onlyContent(box)) break;
      box = up;
    }
    return [box];
  }
  return head.nodeType === 1 ? [head as Element, ...run] : run;
}

/** The seeds of a labelled search: text nodes that are, or open, a label. */
export function labelSeeds(s: LabelledSearch): Seeds {
  return { text: (text) => isLabelStart(text, s.label), textChars: s.maxLabelChars };
}

/** From a seed's text node, the label and the list after it; null when no list follows. */
export function labelledBlock(root: ParentNode, text: Node, s: LabelledSearch): Element[] | null {
  const label = findLabel(root, text, s);
  return label ? blockAfter(root, label, s) : null;
}

/** An element read as a list (its headings aside), or null past maxChars. */
export function listStats(el: Element, maxChars: number): RunStats | null {
  const stats = emptyStats();
  for (const child of Array.from(el.childNodes)) {
    if (isBlank(child) || (child.nodeType === 1 && isHeading(child as Element))) continue;
    const m = measure(child, maxChars - stats.chars);
    if (!m) return null;
    addToRun(stats, child, m);
  }
  return stats;
}

// Why: sites drop links to their other stories between paragraphs, one per paragraph: a bold
// all-caps headline ("TAYLOR SWIFT CLEARED TO PERFORM…"), or a label inside the link ("Also on
// example.com: …", "Read also: …"). Each is a whole paragraph that is one link to another story.
//
// Removes: <p><strong><a href="/x">TAYLOR SWIFT CLEARED TO PERFORM HITS AT AMAS</a></strong></p>,
//          <p>(<a href="/y"><em>Read also: The actors who will play Pegasus</em></a>)</p>,
//          <a class="read-more"><span>Also on example.com</span><span>Journalists threatened…</span></a>,
//          <p><a href="/app">CLICK HERE TO GET THE FOX NEWS APP</a></p>
// Leaves:  <p><a href="/report.pdf">Read the full report</a></p> (no label, not a headline in
//          capitals), <p>Read also the minister's letter, <a>published on Monday</a>.</p>,
//          <p><a>NASA</a> said…</p>, <h2><a href="#">SECTION TWO</a></h2> (a heading)
import { findBlocks, within } from './blocks';
import type { Measure } from './measure';
import type { ClutterRule } from './rule';

const P = String.raw`[\p{L}\p{N}.&'’ -]{1,30}`;
/** Labels that open a link to another story; the link's own text follows them. */
const LABEL = new RegExp(
  String.raw`^[\s(\[]*(?:(?:also|more|read more|see more) on ${P}|also read|read also|see also|read more|read next|related(?: (?:story|post|article|video|coverage|content|link)s?)?|recommended|must read|don'?t miss|watch|listen|also|more|previously|earlier|up next|(?:leggi|lee|lea|lire|lies|lesen sie|leia|veja) (?:anche|también|tambien|aussi|auch|também|tambem|mais)(?: su| en| sur)?|à lire aussi|a lire aussi|ver también|veja também|mehr zum thema|читайте также|相关阅读|延伸阅读)\s*(?:[:：|»›>—–-]|$)`,
  'iu',
);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const WORDY = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/gu;
const BOLD = new Set(['strong', 'b']);
const OPENS_UPPER = /^[^\p{Ll}]{12}/u;
const UPPER = /\p{Lu}/gu;

/** At least four words, nearly all letters upper-case: a headline set in capitals. */
function isShouted(text: string): boolean {
  // Most text fails on its second letter: test that before counting anything.
  if (text.length < 15 || !OPENS_UPPER.test(text) || text.split(/\s+/).length < 4) return false;
  const letters = text.match(LETTER)?.length ?? 0;
  return letters >= 15 && (text.match(UPPER)?.length ?? 0) >= 0.85 * letters;
}

function isBold(el: Element): boolean {
  const a = el.localName === 'a' ? el : el.querySelector('a');
  for (let node = a?.parentElement; node && node !== el.parentElement; node = node.parentElement) {
    if (BOLD.has(node.localName)) return true;
  }
  return !!a?.querySelector('strong, b');
}

/** Same site: the link's host and the page's share their last two labels. */
function linksWithinSite(el: Element): boolean {
  const a = el.localName === 'a' ? el : el.querySelector('a');
  const page = el.ownerDocument?.URL;
  try {
    const site = (url: string) => new URL(url, page).hostname.split('.').slice(-2).join('.');
    return !!page && !!a && site(a.getAttribute('href') ?? '') === site(page);
  } catch {
    return false;
  }
}

/** The block is one link and nothing else (brackets and spaces aside). */
function isOneLink(m: Measure): boolean {
  return m.links === 1 && m.linkChars >= m.chars - 2 && m.looseMedia === 0 && m.fields === 0;
}

function accept(el: Element, m: Measure): boolean {
  if (within(el, HEADINGS, 3) || m.chars < 12 || m.chars > 300 || !isOneLink(m)) return false;
  // "Also on example.com" as its own span, or "Read also: …" opening the link's text; either
  // way a headline must follow the label.
  const at = m.pieces.findIndex((p) => WORDY.test(p));
  const first = m.pieces[at] ?? '';
  const label = LABEL.exec(first);
  const labelled =
    label !== null &&
    (WORDY.test(first.slice(label[0].length)) || m.pieces.slice(at + 1).some((p) => WORDY.test(p)));
  // A headline in capitals set in bold, or linking within the site: a link to another story.
  return labelled || (isShouted(m.text) && (isBold(el) || linksWithinSite(el)));
}

const TRIGGER =
  /^[\s([]*(?:also|more|read|see|related|recommended|must|don|watch|listen|previously|earlier|up next|leggi|lee|lea|lire|lies|lesen|leia|veja|à lire|a lire|ver |mehr|читайте|相关|延伸)/iu;

export const relatedLinkRule: ClutterRule = {
  kind: 'recommendations',
  scope: 'article',
  find: (root) =>
    findBlocks(root, {
      seeds: { text: (text) => TRIGGER.test(text) || isShouted(text), textChars: 300 },
      accept,
      grow: (_el, m, inner) => m.chars <= inner.chars + 2 && m.looseMedia === 0,
      maxChars: 300,
      maxLevels: 4,
    }),
};

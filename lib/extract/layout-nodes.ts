// Nodes of the page copy that no step after metadata reads, dropped before the clutter rules and
// Readability. Readability walks the whole document a dozen times (each tag lookup is a walk on
// linkedom, and it serializes the body once); a fifth of a news page's nodes are the line breaks
// and indents between block elements, and the head is mostly stylesheets and scripts. Nothing a
// reader sees changes: whitespace between two block boxes is never rendered.

import { isJsonLdScript } from './json-ld';

/** Boxes whose neighbouring whitespace is not rendered (CSS block and table layout). */
const BLOCK = new Set(
  (
    'address article aside blockquote body dd details dialog div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p section summary table ' +
    'tbody td tfoot th thead tr ul'
  ).split(' '),
);

/** Inside these, whitespace is content (or the element's own text). */
const KEEP_INSIDE = new Set(['pre', 'textarea', 'script', 'style', 'template', 'xmp', 'listing']);

const isBlock = (node: Node | null) =>
  node !== null && node.nodeType === 1 && BLOCK.has((node as Element).localName);

/** Only HTML's inter-element whitespace: a no-break space is a character a reader sees. */
function isLayoutSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 12) return false;
  }
  return true;
}

/**
 * Removes comments and whitespace-only text between block boxes from the body, and stylesheets,
 * preloads and scripts (JSON-LD stays: Readability reads it) from the head. Whitespace beside
 * inline content stays: it is the space between two words. Returns how many nodes went.
 */
export function dropLayoutNodes(doc: Document): number {
  const drop: ChildNode[] = [];
  for (const el of Array.from(doc.head?.children ?? [])) {
    const name = el.localName;
    if (name === 'link' || name === 'style' || (name === 'script' && !isJsonLdScript(el))) {
      drop.push(el);
    }
  }
  const body = doc.body;
  let node: Node | null = body?.firstChild ?? null;
  while (node && body) {
    if (isLayout(node)) node = dropRun(node, drop);
    else if (
      node.nodeType === 1 &&
      node.firstChild &&
      !KEEP_INSIDE.has((node as Element).localName)
    ) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== body && !node.nextSibling) node = node.parentNode;
    node = node && node !== body ? node.nextSibling : null;
  }
  for (const n of drop) n.remove();
  return drop.length;
}

const isLayout = (node: Node) =>
  node.nodeType === 8 || (node.nodeType === 3 && isLayoutSpace((node as Text).data));

/**
 * A run of comments and whitespace, from its first node: the comments go, and the whitespace too
 * when the run sits between block boxes or at the edge of one. The run is judged once, so a page
 * of 50,000 comments in a row costs one pass, not one per node. Returns the run's last node.
 */
function dropRun(first: Node, drop: ChildNode[]): Node {
  let last = first;
  while (last.nextSibling && isLayout(last.nextSibling)) last = last.nextSibling;
  const prev = first.previousSibling;
  const next = last.nextSibling;
  const parentBlock = prev === null || next === null ? isBlock(first.parentNode) : false;
  const between =
    (prev === null ? parentBlock : isBlock(prev)) && (next === null ? parentBlock : isBlock(next));
  for (let n: Node | null = first; n; n = n === last ? null : n.nextSibling) {
    if (between || n.nodeType === 8) drop.push(n as ChildNode);
  }
  return last;
}

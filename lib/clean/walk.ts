// Tree walks shared by the clutter rules. A page is read once into a flat, document-order index
// (elements and non-blank text); each rule then makes one pass over that array and only climbs a
// few levels from the rare nodes that look like clutter. findClutter shares one index between
// all rules (they only read), so a 200,000-element page costs one DOM walk, not one per rule.
import { isHidden } from './measure';
import { fold, names } from './text';

const FRAME = new Set(['html', 'body', 'main']);

/** The page's frame is never clutter, whatever its classes say ("cookies-not-set" on <body>). */
export function isFrame(el: Element): boolean {
  return FRAME.has(el.localName);
}

/**
 * The nodes under a root in document order; `end[i]` is the index just past node i's subtree and
 * `strings[i]` what every rule tests first: a text node's folded text, an element's names().
 */
interface PageIndex {
  root: ParentNode;
  nodes: Node[];
  end: number[];
  strings: string[];
}

let shared: PageIndex | null = null;

function buildIndex(root: ParentNode): PageIndex {
  const index: PageIndex = { root, nodes: [], end: [], strings: [] };
  const { nodes, end, strings } = index;
  const open: number[] = [];
  // The root's children as a list: linkedom gives a doctype no nextSibling.
  for (const top of Array.from(root.childNodes)) {
    let node: Node | null = top;
    while (node) {
      let into = false;
      if (node.nodeType === 3) {
        const text = fold((node as Text).data);
        if (text) {
          end.push(nodes.length + 1);
          nodes.push(node);
          strings.push(text);
        }
      } else if (node.nodeType === 1 && !isHidden(node)) {
        open.push(nodes.length);
        end.push(0);
        nodes.push(node);
        strings.push(names(node as Element));
        into = true;
      }
      if (into && node.firstChild) {
        node = node.firstChild;
        continue;
      }
      if (into) end[open.pop() as number] = nodes.length;
      while (node !== top && node && !node.nextSibling) {
        node = node.parentNode;
        if (node) end[open.pop() as number] = nodes.length;
      }
      node = node === top || !node ? null : node.nextSibling;
    }
  }
  return index;
}

/** Runs `fn` with one index of root shared by every walk over root; the DOM must not change. */
export function withSharedIndex<T>(root: ParentNode, fn: () => T): T {
  const outer = shared;
  shared = buildIndex(root);
  try {
    return fn();
  } finally {
    shared = outer;
  }
}

/** Where a found element sits: it contains node i (look back) or follows it (look ahead). */
function positionNear(nodes: Node[], i: number, el: Element): number {
  if (el.contains(nodes[i] as Node)) {
    for (let j = i; j >= 0; j--) if (nodes[j] === el) return j;
  } else {
    for (let j = i + 1; j < nodes.length; j++) if (nodes[j] === el) return j;
  }
  return -1;
}

/** Sees a node with its folded text (text nodes) or its names() (elements); returns finds. */
export type Visit = (node: Node, text: string) => Element[] | null;

/**
 * Visits the elements and non-blank text nodes under root (not root itself) in document order,
 * skipping scripts, styles and the like. `visit` may return the blocks it found there, in
 * document order: each an ancestor-or-self of the node or a later sibling of one. The walk then
 * resumes after the last of them, so nothing inside a found block is looked at again, and a block
 * that contains earlier finds replaces them (outermost only). The page's frame is never a find.
 */
export function walkFinding(root: ParentNode, visit: Visit): Element[] {
  const { nodes, end, strings } = shared && shared.root === root ? shared : buildIndex(root);
  const found: Element[] = [];
  let i = 0;
  while (i < nodes.length) {
    const hits = visit(nodes[i] as Node, strings[i] as string)?.filter((el) => !isFrame(el));
    if (!hits || hits.length === 0) {
      i++;
      continue;
    }
    for (const hit of hits) {
      while (found.length > 0 && hit.contains(found[found.length - 1] as Element)) found.pop();
      found.push(hit);
    }
    const last = positionNear(nodes, i, hits[hits.length - 1] as Element);
    i = last < 0 ? i + 1 : Math.max(i + 1, end[last] as number);
  }
  return found;
}

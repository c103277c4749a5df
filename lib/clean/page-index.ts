// The page read once into a flat, document-order index (elements and non-blank text) that every
// rule of one findClutter run shares, with what the rules ask about most, computed once: each
// node's test string, each element's subtree length, and each element's measurement.
// The DOM must not change while an index is shared: rules only read.
import { seedNames } from './names';
import { fold } from './text';

const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);

/** Is this element's content never shown as text (scripts, styles, templates, icons)? */
export function isHidden(node: Node): boolean {
  return node.nodeType === 1 && HIDDEN.has((node as Element).localName);
}

/**
 * `end[i]` is the index just past node i's subtree; `strings[i]` is what rules test first: a
 * text node's folded text, an element's seedNames() (its names() when a declared name pattern
 * could match them, else ''); `before[i]` is the length of the folded text of
 * the text nodes before node i, so an element's text length is before[end[i]] - before[i];
 * `tags[i]` is an element's localName, '' for a text node (rules test these without touching
 * the DOM).
 */
export interface PageIndex {
  root: ParentNode;
  nodes: Node[];
  end: number[];
  strings: string[];
  before: number[];
  tags: string[];
  at: Map<Node, number>;
  /** Complete measurements by element (measure.ts), valid while the index is shared. */
  measured: Map<Node, unknown>;
}

let shared: PageIndex | null = null;

export function buildIndex(root: ParentNode): PageIndex {
  const index: PageIndex = {
    root,
    nodes: [],
    end: [],
    strings: [],
    before: [],
    tags: [],
    at: new Map(),
    measured: new Map(),
  };
  const { nodes, end, strings, before, tags, at } = index;
  const open: number[] = [];
  let chars = 0;
  // The root's children as a list: linkedom gives a doctype no nextSibling.
  for (const top of Array.from(root.childNodes)) {
    let node: Node = top;
    for (;;) {
      if (node.nodeType === 3) {
        const text = fold((node as Text).data);
        if (text) {
          end.push(nodes.length + 1);
          before.push(chars);
          nodes.push(node);
          strings.push(text);
          tags.push('');
          chars += text.length;
        }
      } else if (node.nodeType === 1 && !HIDDEN.has((node as Element).localName)) {
        open.push(nodes.length);
        at.set(node, nodes.length);
        end.push(0);
        before.push(chars);
        nodes.push(node);
        strings.push(seedNames(node as Element));
        tags.push((node as Element).localName);
        const first = node.firstChild;
        if (first) {
          node = first;
          continue;
        }
        end[open.pop() as number] = nodes.length;
      }
      // Leave this node and every element whose last child it was, closing their ranges.
      let next = node === top ? null : node.nextSibling;
      while (!next && node !== top) {
        node = node.parentNode as Node;
        end[open.pop() as number] = nodes.length;
        next = node === top ? null : node.nextSibling;
      }
      if (!next) break;
      node = next;
    }
  }
  before.push(chars);
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

/** The shared index of root, or a fresh one when none is shared (a rule called on its own). */
export function indexOf(root: ParentNode): PageIndex {
  return shared && shared.root === root ? shared : buildIndex(root);
}

/** The shared index, if any: for lookups that only help (a cache), never for correctness. */
export function sharedIndex(): PageIndex | null {
  return shared;
}

/** The folded length of an indexed element's text, or -1 when it is not in the shared index. */
export function textLength(el: Node): number {
  const i = shared?.at.get(el);
  if (shared === null || i === undefined) return -1;
  return (shared.before[shared.end[i] as number] as number) - (shared.before[i] as number);
}

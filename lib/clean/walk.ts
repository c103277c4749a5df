// Tree walks shared by the clutter rules. A page is read once into a flat, document-order index
// (page-index.ts); each rule then makes one pass over that array and only climbs a few levels from
// the rare nodes that look like clutter. findClutter shares one index between all rules (they
// only read), so a 200,000-element page costs one DOM walk, not one per rule.
import { indexOf } from './page-index';

export { withSharedIndex } from './page-index';

const FRAME = new Set(['html', 'body', 'main']);

/** The page's frame is never clutter, whatever its classes say ("cookies-not-set" on <body>). */
export function isFrame(el: Element): boolean {
  return FRAME.has(el.localName);
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
  const { nodes, end, strings, at } = indexOf(root);
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
    const lastHit = hits[hits.length - 1] as Element;
    const last = at.get(lastHit) ?? positionNear(nodes, i, lastHit);
    i = last < 0 ? i + 1 : Math.max(i + 1, end[last] as number);
  }
  return found;
}

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

/**
 * The outermost of `elements` in document order, as walkFinding would find them: only elements
 * the page index holds (never inside a script or an icon), never the page's frame.
 */
export function outermostInOrder(root: ParentNode, elements: Iterable<Element>): Element[] {
  const { nodes, end, at } = indexOf(root);
  const positions: number[] = [];
  for (const el of elements) {
    const i = at.get(el);
    if (i !== undefined && !isFrame(el)) positions.push(i);
  }
  positions.sort((a, b) => a - b);
  const found: Element[] = [];
  let after = 0;
  for (const i of positions) {
    if (i < after) continue;
    found.push(nodes[i] as Element);
    after = end[i] as number;
  }
  return found;
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

/**
 * Sees a node with its folded text (text nodes) or its seedNames() (elements: names() when a
 * declared namePattern matches them, else ''); returns finds.
 */
export type Visit = (node: Node, text: string) => Element[] | null;

/**
 * Which nodes are worth a rule's closer look, said so that the walk can pass over the rest from
 * the page index alone, without calling into the rule or touching the node: most nodes are no
 * rule's seed, and every rule walks every node.
 */
export interface Seeds {
  /** Text nodes, their folded text at most `textChars` long, that pass `text`. */
  text?: (text: string, node: Node) => boolean;
  textChars?: number;
  /** Elements whose seedNames() (never '') pass `named`. */
  named?: (names: string, el: Element) => boolean;
  /** Elements that pass `element`, asked only of those whose localName is in `tags` if given. */
  element?: (el: Element, names: string) => boolean;
  tags?: ReadonlySet<string>;
  /** A seed that also passes `unless` is not one (a count inside a table is data). */
  unless?: (node: Node) => boolean;
}

/** Seeds as one test of a node, its index string and tag; what it reads is read once. */
function seedTest(seeds: Seeds): (node: Node, text: string, tag: string) => boolean {
  const { text: test, textChars = Number.POSITIVE_INFINITY, named, element, tags, unless } = seeds;
  return (node, text, tag) => {
    const hit =
      tag === ''
        ? test !== undefined && text.length <= textChars && test(text, node)
        : (named !== undefined && text !== '' && named(text, node as Element)) ||
          (element !== undefined &&
            (tags === undefined || tags.has(tag)) &&
            element(node as Element, text));
    return hit && (unless === undefined || !unless(node));
  };
}

/**
 * Visits the elements and non-blank text nodes under root (not root itself) in document order,
 * skipping scripts, styles and the like. `visit` may return the blocks it found there, in
 * document order: each an ancestor-or-self of the node or a later sibling of one. The walk then
 * resumes after the last of them, so nothing inside a found block is looked at again, and a block
 * that contains earlier finds replaces them (outermost only). The page's frame is never a find.
 * With `seeds`, only the nodes they name are visited.
 */
export function walkFinding(root: ParentNode, visit: Visit, seeds?: Seeds): Element[] {
  const { nodes, end, strings, tags, at } = indexOf(root);
  const isSeed = seeds && seedTest(seeds);
  const found: Element[] = [];
  let i = 0;
  while (i < nodes.length) {
    if (isSeed && !isSeed(nodes[i] as Node, strings[i] as string, tags[i] as string)) {
      i++;
      continue;
    }
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

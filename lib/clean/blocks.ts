// The search most rules share: start from cheap seeds (a text node with a telltale word, an
// element with a telltale class or link), then climb to the outermost short box around it.
import { type Measure, measure } from './measure';
import { proseWords } from './text';
import { isFrame, type Seeds, walkFinding } from './walk';

/** How a rule recognises its blocks: the nodes to start from, and the box to grow around them. */
export interface BlockSearch {
  /** The nodes that may be, or be inside, a block of this kind: tested on every node. */
  seeds: Seeds;
  /** Is this element, measured up to maxChars, a block of this kind? */
  accept(el: Element, m: Measure): boolean;
  /**
   * Once an element is accepted, may the block grow to this ancestor (`inner`: the block so
   * far)? Defaults to accept.
   */
  grow?(el: Element, m: Measure, inner: Measure): boolean;
  maxChars: number;
  /** A different cap for some seeds (a consent platform's dialog may be long). */
  maxCharsFor?(seed: Node): number;
  /** How many ancestors above the seed to try (0: the seed element only). */
  maxLevels: number;
  /** Inline blocks this rule takes even beside prose (a credit after a caption). */
  inlineOk?(el: Element): boolean;
}

/**
 * The outermost blocks around the seeds: from each seed, climb while the ancestors stay short,
 * keep the highest one accepted, and stop at the first that no longer grows the block.
 */
export function findBlocks(root: ParentNode, search: BlockSearch): Element[] {
  return walkFinding(
    root,
    (node) => {
      const block = climb(root, node, search);
      return block ? [block] : null;
    },
    search.seeds,
  );
}

/** The outermost block accepted around one seed, or null. */
export function climb(root: ParentNode, node: Node, search: BlockSearch): Element | null {
  const grow = search.grow ?? search.accept;
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  let best: Element | null = null;
  let inner: Measure | null = null;
  const maxChars = search.maxCharsFor?.(node) ?? search.maxChars;
  for (let level = 0; el && el !== root && !isFrame(el) && level <= search.maxLevels; level++) {
    const m = measure(el, maxChars);
    if (!m) break;
    if (inner ? grow(el, m, inner) : search.accept(el, m)) {
      best = el;
      inner = m;
    } else if (best) break;
    el = el.parentElement;
  }
  return best && (search.inlineOk?.(best) || !sitsInProse(best)) ? best : null;
}

const INLINE = new Set(
  'a abbr b bdi button cite code em font i label mark q s small span strong sub sup time u'.split(
    ' ',
  ),
);

/**
 * An inline element inside a sentence ("the report (<a>PDF</a>)", "drew <b>12,345 views</b>
 * in a day") is part of the story, whatever its own text says. Only the run of text and inline
 * elements around it counts: a counter beside a long story in the same box is still a counter.
 */
export function sitsInProse(el: Element): boolean {
  if (!INLINE.has(el.localName)) return false;
  let node: Element = el;
  while (node.parentElement && INLINE.has(node.parentElement.localName)) node = node.parentElement;
  let words = 0;
  for (const step of ['previousSibling', 'nextSibling'] as const) {
    for (let s = node[step]; s && words < 8; s = s[step]) {
      if (s.nodeType === 1 && !INLINE.has((s as Element).localName)) break;
      const m = measure(s, 300);
      words += m ? proseWords(m.text) : 8;
    }
  }
  const own = measure(node, 300);
  return words + (own ? proseWords(own.text) - proseWords(measure(el)?.text ?? '') : 8) >= 8;
}

/** Growth for blocks that may only take in wrappers: the ancestor adds no text of its own. */
export function sameText(_el: Element, m: Measure, inner: Measure): boolean {
  return m.chars === inner.chars && m.looseMedia === inner.looseMedia;
}

/** Is the node inside (or itself) an element with one of these local names, a few levels up? */
export function within(node: Node, localNames: Set<string>, levels = 8): boolean {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  for (let i = 0; el && i <= levels; i++, el = el.parentElement) {
    if (localNames.has(el.localName)) return true;
  }
  return false;
}

// Running the rules: findClutter only reads (the content script hides what it returns, reversibly);
// removeClutter takes the blocks out of a clone and reports them so the reader can show them.
import type { ClutterKind, Removed } from '../types';
import { textStart } from './measure';
import type { ClutterRule } from './rule';
import { capText } from './text';
import { outermostInOrder, withSharedIndex } from './walk';

/** How much of a removed block's text its report shows (capText's default). */
const SHOWN = 200;

export interface Clutter {
  el: Element;
  kind: ClutterKind;
}

/**
 * Every rule's blocks, outermost only and in document order. When two rules name the same
 * element the earlier rule's kind wins, which is why the order of the rule list matters.
 */
export function findClutter(root: ParentNode, rules: ClutterRule[]): Clutter[] {
  return withSharedIndex(root, () => {
    const kinds = new Map<Element, ClutterKind>();
    for (const rule of rules) {
      for (const el of rule.find(root)) if (!kinds.has(el)) kinds.set(el, rule.kind);
    }
    if (kinds.size === 0) return [];
    // In document order, without those inside another find.
    return outermostInOrder(root, kinds.keys()).map((el) => ({
      el,
      kind: kinds.get(el) as ClutterKind,
    }));
  });
}

/** Removes what findClutter finds; returns each block's kind and text (folded, ~200 chars). */
export function removeClutter(root: ParentNode, rules: ClutterRule[]): Removed[] {
  return findClutter(root, rules).map(({ el, kind }) => {
    // The text a reader saw (measure skips scripts and styles that textContent would include),
    // as far as the report shows it.
    const text = capText(textStart(el, 2 * SHOWN + 2), SHOWN);
    el.remove();
    return { kind, text };
  });
}

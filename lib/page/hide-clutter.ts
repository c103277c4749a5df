import type { ClutterKind } from '../types';

// Hides clutter on the live page without removing it: the page's own scripts keep their
// elements. Inline display through CSSOM rather than an injected <style>: a strict page CSP
// (style-src) blocks injected style elements but not CSSOM writes.

const mark = 'data-lede-hidden';

export interface PageHider {
  count: number;
  setHidden(hidden: boolean): number;
}

function hide(el: HTMLElement): void {
  el.style.setProperty('display', 'none', 'important');
}

function show(el: HTMLElement): void {
  el.style.removeProperty('display');
}

/**
 * Marks and hides the found blocks, except any the caller must keep (a mis-detected container
 * that holds article text must never take the story with it).
 */
export function hideClutter(
  doc: Document,
  found: Array<{ el: Element; kind: ClutterKind }>,
  keep: (el: Element) => boolean,
): PageHider {
  const els: HTMLElement[] = [];
  for (const { el, kind } of found) {
    if (keep(el) || el.hasAttribute(mark) || !('style' in el)) continue;
    el.setAttribute(mark, kind);
    els.push(el as HTMLElement);
  }
  // Blocks marked by an earlier click stay under this hider's control too.
  const all = Array.from(doc.querySelectorAll<HTMLElement>(`[${mark}]`));
  const setHidden = (hidden: boolean) => {
    for (const el of all) (hidden ? hide : show)(el);
    return hidden ? all.length : 0;
  };
  setHidden(true);
  return { count: all.length, setHidden };
}

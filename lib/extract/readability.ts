import { Readability } from '@mozilla/readability';

export interface ReadabilityResult {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  excerpt: string | null;
  publishedTime: string | null;
  /** Readability's article element (not yet sanitized), in the document it was given. */
  content: Element;
}

/**
 * Pages beyond this many elements are refused rather than freezing the tab. News pages have a
 * few thousand; at 145,000 cleaning took about 9.5 s in Chromium on two cores
 * (bench/pathological.ts), too long to keep a reader waiting.
 */
export const maxElements = 100_000;

/**
 * Limits checked in one cheap pass before any work: Readability's scoring slows down with depth
 * faster than linearly (1,000 levels take seconds; 10,000 overflow its recursion), and its text
 * regexes with length. Real pages stay far below both: Lighthouse already warns at depth 32, and
 * 2 million characters of visible text is a book, not a story. Chromium's parser stops nesting at
 * 512, so a page deeper than the limit is refused the same way in the browser and in Node.
 */
export const pageLimits = { elements: maxElements, depth: 256, textChars: 2_000_000 };

// Text inside these is code or markup, not reading: a page's 4 MB of inline JSON is not refused.
const notText = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Throws PageTooLargeError when the page is past pageLimits. One walk, no recursion, which also
 * notes whether any element may hold an open shadow root (a live one, or a declarative
 * <template shadowrootmode> in a saved page), so the common page skips readShadowRoots' search.
 */
export function checkPageSize(doc: Document, limits = pageLimits): { mayHaveShadowRoots: boolean } {
  const survey = { mayHaveShadowRoots: false };
  const root = doc.documentElement;
  if (!root) return survey;
  let elements = 0;
  let chars = 0;
  // Elements open around the current node, itself included: its depth.
  let depth = 0;
  // Whether the current node's parent hides its text; null after a climb, until a text node asks.
  let hidden: boolean | null = false;
  let node: Node = root;
  for (;;) {
    if (node.nodeType === 1) {
      elements += 1;
      depth += 1;
      if (elements > limits.elements || depth > limits.depth) throw new PageTooLargeError();
      if (!survey.mayHaveShadowRoots && mayHostShadow(node as Element)) {
        survey.mayHaveShadowRoots = true;
      }
      const first = node.firstChild;
      if (first) {
        hidden = hidesText(node);
        node = first;
        continue;
      }
      depth -= 1;
    } else if (node.nodeType === 3) {
      hidden ??= hidesText(node.parentNode);
      if (!hidden) {
        chars += (node as Text).data.length;
        if (chars > limits.textChars) throw new PageTooLargeError();
      }
    }
    // Leave every element whose last child this was; stop back at the root.
    while (node !== root && !node.nextSibling) {
      node = node.parentNode as Node;
      depth -= 1;
      hidden = null;
    }
    if (node === root) return survey;
    node = node.nextSibling as Node;
  }
}

/** Is this a script, style, noscript or template, whose text is not reading? */
function hidesText(parent: Node | null): boolean {
  // Only a name that starts with s, n or t (or a non-ASCII letter) can case-fold to one of
  // those: most elements are answered without building their upper-case name.
  const c = (parent as Element | null)?.localName?.charCodeAt(0) ?? 0;
  if (c < 128 && (c | 32) !== 115 && (c | 32) !== 110 && (c | 32) !== 116) return false;
  return notText.has(parent?.nodeName.toUpperCase() ?? '');
}

/** A host with an open shadow root, or the declarative template that gives its parent one. */
function mayHostShadow(el: Element): boolean {
  if ((el as WithShadow).shadowRoot) return true;
  const name = el.localName;
  return (name === 'template' || name === 'TEMPLATE') && el.hasAttribute('shadowrootmode');
}

export class PageTooLargeError extends Error {
  constructor() {
    super('page too large to clean');
    this.name = 'PageTooLargeError';
  }
}

// What may sit in <head>. Anything else there is never shown by a browser, but Readability
// walks up from a candidate until it meets <body>, and from inside <head> it walks off the top
// of the tree and throws. linkedom leaves stray <p> in <head> that a browser would have moved
// into <body>; a page's script can put anything there.
const headTags = new Set([
  'TITLE',
  'META',
  'LINK',
  'STYLE',
  'SCRIPT',
  'BASE',
  'NOSCRIPT',
  'TEMPLATE',
]);

function moveStrayHeadContent(doc: Document): void {
  const { head, body } = doc;
  if (!head || !body) return;
  const stray = Array.from(head.children).filter((el) => !headTags.has(el.tagName.toUpperCase()));
  if (stray.length > 0) body.prepend(...stray);
}

/**
 * Readability on a document it may consume (callers pass a clone). `templates`: the document's
 * <template> elements, when the caller has them already (page-tags.ts).
 */
export function runReadability(
  doc: Document,
  templates?: readonly Element[],
): ReadabilityResult | null {
  // Readability needs a <body> to stop at (a frameset page or an SVG file has none).
  if (doc.body?.tagName.toUpperCase() !== 'BODY') return null;
  moveStrayHeadContent(doc);
  // Template content is inert: browsers keep it out of the tree, but linkedom parses it as
  // children, where Readability finds paragraphs whose parents never reach <body> (and throws).
  // Declarative shadow roots were composed into the clone before this.
  for (const template of templates ?? Array.from(doc.getElementsByTagName('template'))) {
    template.remove();
  }
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    // keepClasses: the clean rules read class names after Readability; the sanitizer drops them.
    // The serializer hands back the element itself: no serialize-and-reparse round trip.
    parsed = new Readability<Element>(doc, {
      keepClasses: true,
      maxElemsToParse: maxElements,
      serializer: (el) => el as Element,
    }).parse();
  } catch (error) {
    if (error instanceof Error && /Aborting parsing document/.test(error.message)) {
      throw new PageTooLargeError();
    }
    throw error;
  }
  if (!parsed?.content) return null;
  return {
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    lang: parsed.lang ?? null,
    excerpt: parsed.excerpt ?? null,
    publishedTime: parsed.publishedTime ?? null,
    content: parsed.content,
  };
}

type WithShadow = Element & { shadowRoot?: ShadowRoot | null };

/** Deeper shadow nesting than this is left as it is: no real component tree goes near it. */
const maxShadowNesting = 32;

/** The node holding el's open shadow tree: a live root, or a declarative one in a saved page. */
function shadowOf(el: Element): ParentNode | null {
  const live = (el as WithShadow).shadowRoot; // null for closed roots: the page asked for that
  if (live) return live;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName === 'TEMPLATE' && child.getAttribute('shadowrootmode') === 'open') {
      const content = (child as HTMLTemplateElement).content;
      return content?.firstChild ? content : child;
    }
  }
  return null;
}

/** Child indexes from container down to node. */
function pathOf(node: Node, container: Node): number[] {
  const path: number[] = [];
  for (let at = node; at !== container && at.parentNode; at = at.parentNode) {
    path.unshift(Array.prototype.indexOf.call(at.parentNode.childNodes, at));
  }
  return path;
}

function follow(from: Node, path: number[]): Element | null {
  let at: Node | undefined = from;
  for (const i of path) at = at?.childNodes[i];
  return at?.nodeType === 1 ? (at as Element) : null;
}

/** Hosts in scope's own tree: not those inside a declarative shadow tree, reached by nesting. */
function hostsIn(scope: ParentNode): Element[] {
  const inTemplate = (el: Element) => {
    for (let at = el.parentNode; at && at !== scope; at = at.parentNode) {
      if (at.nodeName.toUpperCase() === 'TEMPLATE') return true;
    }
    return false;
  };
  return Array.from(scope.querySelectorAll('*')).filter((el) => shadowOf(el) && !inTemplate(el));
}

/** copy (in work) gets orig's shadow tree in place of its children, slots filled from them. */
function compose(orig: Element, copy: Element, work: Document, level: number): void {
  const root = shadowOf(orig);
  if (!root) return;
  const tree = work.createDocumentFragment();
  for (const node of Array.from(root.childNodes)) tree.append(work.importNode(node, true));
  // Paths are taken before anything moves; nested hosts are filled first, so slots left are ours.
  const nested = level < maxShadowNesting ? hostsIn(root) : [];
  const pairs = nested.map((el) => [el, follow(tree, pathOf(el, root))] as const);
  for (const [el, inner] of pairs) if (inner) compose(el, inner, work, level + 1);

  for (const child of Array.from(copy.children)) {
    if (child.tagName === 'TEMPLATE' && child.hasAttribute('shadowrootmode')) child.remove();
  }
  const light = Array.from(copy.childNodes);
  const used = new Set<Node>();
  const slotOf = (n: Node) => (n.nodeType === 1 ? ((n as Element).getAttribute('slot') ?? '') : '');
  for (const slot of Array.from(tree.querySelectorAll('slot'))) {
    const name = slot.getAttribute('name') ?? '';
    const assigned = light.filter((n) => !used.has(n) && slotOf(n) === name);
    for (const n of assigned) used.add(n);
    slot.replaceWith(...(assigned.length > 0 ? assigned : Array.from(slot.childNodes)));
  }
  // Light children no slot takes are not shown by the browser either.
  while (copy.firstChild) copy.firstChild.remove();
  copy.append(tree);
}

/**
 * Open shadow roots hold text the reader sees, but cloneNode leaves them behind and Readability
 * never looks inside: each host in the clone gets its composed content instead (its shadow tree,
 * slots filled with its own children). Returns how many hosts were found.
 */
export function readShadowRoots(original: Document, work: Document): number {
  const hosts = hostsIn(original);
  // Every path is taken on the untouched clone, before any host is rewritten.
  const pairs = hosts.map((el) => [el, follow(work, pathOf(el, original))] as const);
  for (const [el, copy] of pairs) if (copy) compose(el, copy, work, 0);
  return hosts.length;
}

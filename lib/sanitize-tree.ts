// An allowlist sanitizer that works on the parsed article tree in place, on any DOM (the
// browser's, linkedom's). It is safe by construction: only the tags and attributes below survive,
// URLs must have a safe scheme, and raw-text elements (script, style, noscript, textarea, …) go
// whole, so serializing and re-parsing the result cannot produce markup that was not there
// (the mutation-XSS shapes all need one of the dropped elements). Extension pages run DOMPurify
// over it again before rendering, and that pass is where links get target=_blank: the stored
// article stays plain HTML, and cleaning does not pay for two new attributes on every link.

const allowedTags = new Set(
  (
    'a abbr b bdi bdo blockquote br caption cite code col colgroup dd del dfn div dl dt em figcaption ' +
    'figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strong sub sup ' +
    'table tbody td tfoot th thead time tr u ul var wbr article section header footer main aside'
  )
    .toUpperCase()
    .split(' '),
);

/** Dropped with everything inside: their content is code, styling, UI or raw text. */
const droppedTags = new Set(
  (
    'script style noscript template textarea title iframe frame frameset object embed applet svg math ' +
    'form input button select option optgroup datalist output canvas audio video source track map area ' +
    'link meta base head xmp plaintext noembed noframes listing dialog portal slot'
  )
    .toUpperCase()
    .split(' '),
);

const allowedAttrs: Record<string, Set<string>> = {
  '*': new Set(['title', 'lang', 'dir', 'data-lang']),
  A: new Set(['href']),
  IMG: new Set(['src', 'alt', 'width', 'height']),
  TD: new Set(['colspan', 'rowspan', 'headers']),
  TH: new Set(['colspan', 'rowspan', 'scope', 'headers']),
  COL: new Set(['span']),
  COLGROUP: new Set(['span']),
  TIME: new Set(['datetime']),
  OL: new Set(['start', 'reversed']),
  LI: new Set(['value']),
  BLOCKQUOTE: new Set(['cite']),
  Q: new Set(['cite']),
};

const safeHref = /^(https?:|mailto:|#)/i;
const safeSrc = /^https?:/i;

// Control characters and whitespace, which browsers ignore inside a scheme ("java\tscript:").
// biome-ignore lint/suspicious/noControlCharactersInRegex: they are what is matched.
const IGNORED = /[\u0000-\u0020\u007f-\u009f]/g;

function isSafeUrl(tag: string, name: string, value: string): boolean {
  const compact = value.replace(IGNORED, '');
  if (name === 'href') return safeHref.test(compact);
  if (name === 'src') return tag === 'IMG' && safeSrc.test(compact);
  return /^https?:/i.test(compact) || !/^[a-z][a-z0-9+.-]*:/i.test(compact);
}

function cleanAttributes(el: Element): void {
  const tag = el.tagName;
  for (const name of el.getAttributeNames()) {
    const allowed = allowedAttrs['*']?.has(name) || allowedAttrs[tag]?.has(name);
    const urlAttr = name === 'href' || name === 'src' || name === 'cite';
    if (!allowed || (urlAttr && !isSafeUrl(tag, name, el.getAttribute(name) ?? ''))) {
      el.removeAttribute(name);
    }
  }
}

/**
 * Sanitizes root's descendants in place; unknown elements are unwrapped, keeping their text.
 * Iterative, so a 10,000-deep page cannot overflow the stack.
 */
export function sanitizeTree(root: Element): void {
  const unwrap: Element[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    for (let child = node.firstChild; child; ) {
      const next = child.nextSibling;
      if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (droppedTags.has(tag) || tag.includes(':')) el.remove();
        else {
          if (allowedTags.has(tag)) cleanAttributes(el);
          else unwrap.push(el);
          stack.push(el);
        }
      } else if (child.nodeType !== 3) {
        child.remove(); // comments, processing instructions, CDATA
      }
      child = next;
    }
  }
  for (const el of unwrap) el.replaceWith(...Array.from(el.childNodes));
}

// The elements the steps before Readability look up by tag name, gathered in one walk of the page:
// on linkedom every selector query (and every tag-name lookup) is a walk of its own over the whole
// page, and metadata and lazy images would otherwise make six of them.

export interface PageTags {
  /** <meta>, <script>, <link> and <title>, in document order, template content included. */
  meta: Element[];
  script: Element[];
  link: Element[];
  title: Element[];
  /** <img> and <noscript> as querySelectorAll finds them: never inside a <template>. */
  img: Element[];
  noscript: Element[];
  /** Every <template>, nested ones too, as getElementsByTagName finds them. */
  template: Element[];
}

export function collectTags(doc: Document): PageTags {
  const tags: PageTags = {
    meta: [],
    script: [],
    link: [],
    title: [],
    img: [],
    noscript: [],
    template: [],
  };
  const top = doc.documentElement;
  // The <template> being walked through: its content is inert (a browser keeps it out of the
  // tree; linkedom parses it as children), so selectors do not see images in it.
  let inert: Element | null = null;
  let node: Element | null = top;
  while (node) {
    const name = node.localName;
    if (name === 'meta' || name === 'script' || name === 'link' || name === 'title') {
      tags[name].push(node);
    } else if ((name === 'img' || name === 'noscript') && !inert) tags[name].push(node);
    else if (name === 'template') {
      tags.template.push(node);
      inert ??= node;
    }
    let next: Element | null = node.firstElementChild;
    while (!next && node) {
      if (node === inert) inert = null;
      if (node === top) {
        node = null;
        break;
      }
      next = node.nextElementSibling;
      if (!next) node = node.parentElement;
    }
    node = next;
  }
  return tags;
}

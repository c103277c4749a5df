// Readability returns something for nearly any page: on a home page or search results it picks
// the biggest block of teasers. These signals tell a story from a list, so the popup can say
// "no article" rather than save a page of headlines. Each was checked against real articles that
// are link-heavy (a "10 things in tech" digest, a gift guide with linked product headings) so
// those stay articles.

const listTypes = /^(SearchResultsPage|CollectionPage|ItemList|ProfilePage|ContactPage)$/i;
const searchUrl = /\/search\b|[?&](q|query|s|search|keywords?)=/i;
const minWords = 60;
const maxLinkDensity = 0.5;

/** The share of the text (whitespace folded) that is link text. */
export function linkDensity(root: ParentNode): number {
  return readLinks(root).density;
}

interface LinkStats {
  density: number;
  /** h2-h4 headings, and those that are links or hold one: teaser lists link every headline. */
  headings: number;
  linkedHeadings: number;
}

/** The length foldSpace would give a text, counted as its pieces arrive, without copying them. */
class FoldedLength {
  length = 0;
  private started = false;
  private space = false;

  add(piece: string): void {
    for (let i = 0; i < piece.length; i++) {
      if (isSpace(piece.charCodeAt(i))) {
        this.space = this.started;
        continue;
      }
      if (this.space) this.length += 1;
      this.length += 1;
      this.started = true;
      this.space = false;
    }
  }
}

/** What /\s/ matches, by code unit. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const HEADING = new Set(['h2', 'h3', 'h4']);

/**
 * Link density and linked headings in one walk (what textContent, querySelectorAll('a') and a
 * query per heading would give), iterative so no nesting depth can overflow the stack.
 */
function readLinks(root: ParentNode): LinkStats {
  const all = new FoldedLength();
  // The open <a>s (each counts its own text, as a.textContent would) and headings.
  const links: FoldedLength[] = [];
  const heads: boolean[] = [];
  let linked = 0;
  // Inside a <template>: linkedom keeps its content as children, where textContent reads it but
  // selectors do not (a browser keeps it out of the tree altogether).
  let inert = 0;
  let headings = 0;
  let linkedHeadings = 0;
  let outerLink = false;
  for (let up = (root as Node).parentNode; up && !outerLink; up = up.parentNode) {
    outerLink = up.nodeType === 1 && (up as Element).localName === 'a';
  }
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3 || node.nodeType === 4) {
      const data = (node as CharacterData).data;
      all.add(data);
      for (const link of links) link.add(data);
    } else if (node.nodeType === 1) {
      const name = (node as Element).localName;
      if (name === 'template') inert++;
      else if (inert === 0 && name === 'a') {
        heads.fill(true);
        links.push(new FoldedLength());
      } else if (inert === 0 && HEADING.has(name)) {
        headings++;
        heads.push(outerLink || links.length > 0);
      }
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
    }
    // Leave this node and every element whose last child it was.
    for (;;) {
      if (node.nodeType === 1) {
        const name = (node as Element).localName;
        if (name === 'template') inert--;
        else if (inert === 0 && name === 'a') linked += (links.pop() as FoldedLength).length;
        else if (inert === 0 && HEADING.has(name) && heads.pop()) linkedHeadings++;
      }
      const next: Node | null = node.nextSibling;
      if (next) {
        node = next;
        break;
      }
      const up: Node | null = node.parentNode;
      if (!up || up === root) {
        node = null;
        break;
      }
      node = up;
    }
  }
  return { density: all.length === 0 ? 1 : linked / all.length, headings, linkedHeadings };
}

export function looksLikeArticle(
  body: ParentNode,
  words: number,
  pageType: string | null,
  url: string,
): boolean {
  if (words < minWords) return false;
  if (pageType && listTypes.test(pageType)) return false;
  const { density, headings: all, linkedHeadings: linked } = readLinks(body);
  if (density > maxLinkDensity) return false;
  const teaserList = all >= 5 && linked / all >= 0.6 && density >= 0.25;
  if (teaserList) return false;
  // A search page's results read like a teaser list even when the links sit elsewhere.
  return !(searchUrl.test(new URL(url).pathname + new URL(url).search) && all >= 5);
}

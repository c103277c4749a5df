// JSON-LD, the structured data pages write for search engines: the article (or web-page) node,
// its publisher and the site, read from every ld+json script, forgiving the broken JSON and
// HTML-escaped strings that are common in the wild.

/** A JSON-LD object as parsed: anything may be missing or of the wrong type. */
export type Node = Record<string, unknown>;

const articleType = /(?:Article|BlogPosting|^Report)$/;
const pageType = /Page$/;

export interface JsonLd {
  /** The article node, else the web-page node. */
  node: Node | null;
  byId: Map<string, Node>;
  type: string | null;
  siteType: string | null;
  publisher: string | null;
  siteName: string | null;
  url: string | null;
}

export function readJsonLd(scripts: Element[], url: string): JsonLd {
  const nodes: Node[] = [];
  for (const script of scripts) {
    if (!isJsonLdScript(script)) continue;
    collect(parseJson(script.textContent ?? ''), nodes, 0);
  }
  const byId = new Map<string, Node>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  const typed = (re: RegExp) => nodes.filter((n) => typesOf(n).some((t) => re.test(t)));
  const articles = typed(articleType);
  const here = (n: Node) => sameDocument(urlOf(n), url);
  const article = articles.find(here) ?? articles.find((n) => n.headline) ?? articles[0] ?? null;
  const page = typed(pageType)[0] ?? null;
  const site = typed(/^WebSite$/)[0] ?? null;
  const chosen = article ?? page;
  const publisher = deref(chosen?.publisher, byId);
  const types = chosen ? typesOf(chosen) : [];
  return {
    node: chosen,
    byId,
    // ["Article", "NewsArticle"]: the longest name is the most specific type.
    type:
      types.filter((t) => articleType.test(t)).sort((x, y) => y.length - x.length)[0] ??
      types[0] ??
      null,
    siteType: site ? 'WebSite' : null,
    publisher: str(publisher?.name),
    siteName: str(site?.name),
    url: urlOf(chosen),
  };
}

/** Broken JSON-LD is common (raw newlines in strings, HTML comments around it): never throw. */
function parseJson(text: string): unknown {
  const body = text.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, '');
  try {
    // Raw newlines and tabs inside strings are invalid JSON but common; between tokens they are
    // whitespace anyway, so a space is right in both places.
    return JSON.parse(body.replace(/[\n\r\t\f\v]+/g, ' '));
  } catch {
    return null;
  }
}

/** Top-level nodes, arrays, @graph and mainEntity; not every nested object (related stories). */
function collect(value: unknown, into: Node[], depth: number): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, into, depth + 1);
    return;
  }
  const node = value as Node;
  into.push(node);
  collect(node['@graph'], into, depth + 1);
  collect(node.mainEntity, into, depth + 1);
}

function typesOf(node: Node): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.split(/[/:#]/).at(-1) ?? x);
}

/** {"@id": "#org"} -> the node with that id; arrays give their first object. */
function deref(value: unknown, byId: Map<string, Node>): Node | null {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v || typeof v !== 'object') return null;
  const node = v as Node;
  const id = node['@id'];
  return typeof id === 'string' && !node.name && !node.url ? (byId.get(id) ?? node) : node;
}

function urlOf(node: Node | null): string | null {
  if (!node) return null;
  const main = node.mainEntityOfPage;
  if (typeof main === 'string') return main;
  const mainNode = main && typeof main === 'object' ? (main as Node) : null;
  return str(mainNode?.url) ?? str(mainNode?.['@id']) ?? str(node.url);
}

/** Author as "Name", {name}, {"@id"} or an array of those; names joined by ", ". */
export function authorNames(value: unknown, byId: Map<string, Node>): string | null {
  const list = (Array.isArray(value) ? value : [value]).map((v) =>
    typeof v === 'string' ? person(v) : person(str(deref(v, byId)?.name)),
  );
  const unique = [...new Set(list.filter((n): n is string => !!n))];
  return unique.length ? unique.join(', ') : null;
}

/** Image as "url", {url}, {contentUrl}, {"@id"} or an array of those: the first one. */
export function imageUrl(value: unknown, byId: Map<string, Node>): string | null {
  if (Array.isArray(value)) return imageUrl(value[0], byId);
  if (typeof value === 'string') return str(value);
  const node = deref(value, byId);
  return str(node?.url) ?? str(node?.contentUrl) ?? null;
}

const entities: Record<string, string> = {
  ...{ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…' },
  ...{ rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', ndash: '–', mdash: '—' },
};

/** JSON-LD strings are often still HTML-escaped ("Biden&#8217;s"). */
export function str(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] !== '#') return entities[code.toLowerCase()] ?? whole;
      const n =
        code[1] === 'x' || code[1] === 'X'
          ? Number.parseInt(code.slice(2), 16)
          : Number(code.slice(1));
      return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
  return text || null;
}

export function safeUrl(value: string, base?: string): URL | null {
  try {
    return new URL(value, base);
  } catch {
    return null;
  }
}

function sameDocument(a: string | null, b: string): boolean {
  const key = (u: URL | null) => u && u.host + u.pathname.replace(/\/$/, '');
  return !!a && key(safeUrl(a, b)) === key(safeUrl(b));
}

/** A byline, not a profile URL or a handle: "By Jane Doe" -> "Jane Doe". */
export function person(value: string | null | undefined): string | null {
  const name = str(value)?.replace(/^by\s+/i, '');
  if (!name || /^(?:https?:|www\.|@)/i.test(name)) return null;
  return name;
}

/** A <script type="application/ld+json"> (any casing, any prefix such as a charset). */
export function isJsonLdScript(script: Element): boolean {
  return (script.getAttribute('type') ?? '').toLowerCase().includes('ld+json');
}

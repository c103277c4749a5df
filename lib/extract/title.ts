// A page's <title> is the headline plus the site's name: "Headline - Site", "Site | Headline",
// "Headline -Wealth Evolution Experts". Only a part that names the site (its name, or its host:
// "wealthevolutionexperts.com", "nytimes.com" for "The New York Times") is cut, so a headline that
// contains a dash or a colon ("U.S.-China talks - what we know", "Opinion: Why it matters") stays
// whole.

export interface TitleSite {
  siteName?: string | null;
  hostname?: string;
}

/** " - ", " -", " — ", " – ", " | ", " · ", " • ", " » ", ": ", " :: ". */
const separator = /\s+[-–—]+\s*|\s*[|·•»]+\s*|\s*::\s*|:\s+/g;

/** The headline without the site name joined to its start or end. */
export function cleanTitle(raw: string, site: TitleSite = {}): string {
  let title = raw.replace(/\s+/g, ' ').trim();
  for (let guard = 0; guard < 3; guard++) {
    const cuts = [...title.matchAll(separator)];
    const last = cuts.at(-1);
    const first = cuts[0];
    if (last?.index && isSiteName(title.slice(last.index + last[0].length), site)) {
      title = title.slice(0, last.index).trim();
    } else if (first?.index && isSiteName(title.slice(0, first.index), site)) {
      title = title.slice(first.index + first[0].length).trim();
    } else break;
  }
  return title || raw.trim();
}

/** Whether a title part names the site: "Reuters", "The Guardian", "NYTimes.com", "CNN Politics". */
export function isSiteName(part: string, site: TitleSite): boolean {
  const text = part.trim().replace(/\.(?:com|net|org|co\.uk|news|info|io)$/i, '');
  const key = squash(text);
  if (!key) return false;
  const words = text.split(/\s+/).length;
  const initials = initialsOf(text);
  const known = siteKeys(site);
  const named = known.names.some(
    (name) =>
      key === name ||
      (words <= 3 && name.length >= 3 && (key.startsWith(name) || key.endsWith(name))) ||
      (key.length >= 4 && name.includes(key)) ||
      (words >= 2 && words <= 5 && initials.length >= 2 && name.startsWith(initials)),
  );
  // "WSJ" for "The Wall Street Journal".
  return named || (words === 1 && key.length >= 2 && key === known.initials);
}

// The site's squashed names, worked out once per site object: a title is tested part by part.
const keysOf = new WeakMap<TitleSite, { names: string[]; initials: string }>();

function siteKeys(site: TitleSite): { names: string[]; initials: string } {
  let keys = keysOf.get(site);
  if (!keys) {
    keys = { names: siteNames(site), initials: initialsOf(site.siteName ?? '') };
    keysOf.set(site, keys);
  }
  return keys;
}

function initialsOf(text: string): string {
  return text
    .split(/\s+/)
    .filter((w) => !/^(?:the|of|and|&)$/i.test(w))
    .map((w) => squash(w)[0] ?? '')
    .join('');
}

function siteNames({ siteName, hostname }: TitleSite): string[] {
  const names = [siteName ? squash(siteName) : '', hostname ? squash(hostLabel(hostname)) : ''];
  return names.filter((n) => n.length >= 2);
}

/** "edition.cnn.com" -> "cnn", "www.bbc.co.uk" -> "bbc", "wealthevolutionexperts.com" -> itself. */
function hostLabel(hostname: string): string {
  const labels = hostname
    .toLowerCase()
    .replace(/^(?:www\d?|m|amp|mobile)\./, '')
    .split('.');
  labels.pop();
  const last = labels.at(-1);
  if (labels.length > 1 && last && /^(?:co|com|org|net|ac|gov|edu|ne|or)$/.test(last)) labels.pop();
  return labels.at(-1) ?? '';
}

/** Lower case, no accents, no leading "the", letters and digits only. */
function squash(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The headline among JSON-LD's headline, og:title and twitter:title (in that order) and <title>,
 * each cleaned of the site's name. A structured title wins when it agrees with <title> (it is
 * written for sharing and rarely carries the site's name), or when <title> is only the site's name;
 * one that disagrees is more often stale or generic than right, so <title> wins then.
 */
export function chooseTitle(
  candidates: (string | null)[],
  pageTitle: string | null,
  site: TitleSite,
): string | null {
  // JSON-LD, og:title and twitter:title often repeat one string: clean each once.
  const cleaned = new Map<string, string>();
  const clean = (t: string | null) => {
    if (!t) return null;
    let c = cleaned.get(t);
    if (c === undefined) {
      c = cleanTitle(t, site);
      cleaned.set(t, c);
    }
    return c;
  };
  const page = clean(pageTitle);
  const usefulPage = page && !isSiteName(page, site) ? page : null;
  const others = candidates.map(clean).filter((c): c is string => !!c && !isSiteName(c, site));
  for (const c of others) if (!usefulPage || agrees(c, usefulPage)) return c;
  return usefulPage ?? others[0] ?? page;
}

/** Most of the shorter title's words appear in the longer: a truncated or re-cased headline. */
function agrees(a: string, b: string): boolean {
  const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const [x, y] = [words(a), words(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size === 0) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size >= 0.6;
}

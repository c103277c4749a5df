// Per-site rules as data, in the cosmetic-filter syntax of uBlock Origin and EasyList
// (`example.com##.related-box`), so users can paste rules they already know and we can ship a few
// for blocks that no general rule can tell from a story on one large site.
import type { ClutterRule } from './rule';

export interface SiteRule {
  /** A host name; it also matches its subdomains. */
  host: string;
  selectors: string[];
}

const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/**
 * Reads `host##selector` lines (several hosts: `a.com,b.com##sel`). Comments (`!`), headers
 * (`[Adblock Plus 2.0]`), generic rules without a host, exceptions (`#@#`), excluded hosts
 * (`~a.com`), wildcards (`a.*`), scriptlets (`##+js(`) and HTML filters (`##^`) are ignored:
 * Lede hides elements on one site, nothing more. One SiteRule per host, in first-seen order.
 */
export function parseCosmeticFilters(text: string): SiteRule[] {
  const byHost = new Map<string, string[]>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('!') || line.startsWith('[')) continue;
    const match = /^([^#\s]+)##(.+)$/.exec(line);
    const selector = match?.[2]?.trim();
    if (!match || !selector || /^(\+js\(|\^)/.test(selector)) continue;
    for (const part of (match[1] ?? '').split(',')) {
      const host = part.trim().toLowerCase();
      if (!HOST.test(host)) continue;
      const selectors = byHost.get(host) ?? [];
      if (!selectors.includes(selector)) selectors.push(selector);
      byHost.set(host, selectors);
    }
  }
  return Array.from(byHost, ([host, selectors]) => ({ host, selectors }));
}

function appliesTo(hostname: string, host: string): boolean {
  return hostname === host || hostname.endsWith(`.${host}`);
}

/** The selectors this DOM can run; a bad one (or uBO's :has-text()) is dropped, never thrown. */
function runnable(root: ParentNode, selectors: string[]): string {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const probe = doc.createElement('div');
  return selectors
    .filter((selector) => {
      try {
        probe.matches(selector);
        return true;
      } catch {
        return false;
      }
    })
    .join(', ');
}

/** One rule that finds, on this host, what the user's and the shipped site rules name. */
export function siteRulesFor(hostname: string, rules: SiteRule[]): ClutterRule {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const selectors = [
    ...new Set(rules.filter((r) => appliesTo(host, r.host)).flatMap((r) => r.selectors)),
  ];
  let query: string | null = null;
  return {
    kind: 'site-rule',
    find(root) {
      if (selectors.length === 0) return [];
      query ??= runnable(root, selectors);
      if (!query) return [];
      let matches: Element[];
      try {
        matches = Array.from(root.querySelectorAll(query));
      } catch {
        return [];
      }
      // querySelectorAll is in document order: a match inside the last kept one is inside a kept one.
      const found: Element[] = [];
      for (const el of matches) {
        const last = found[found.length - 1];
        if (!last?.contains(el)) found.push(el);
      }
      return found;
    },
  };
}

/** Shipped defaults: blocks on a few large sites that read like story text to the general rules. */
export const DEFAULT_COSMETIC_FILTERS = `! Lede default site rules (cosmetic-filter syntax: host##selector)
! BBC: "Related topics" rows and the link blocks between paragraphs
bbc.com,bbc.co.uk##[data-component="tag-list"]
bbc.com,bbc.co.uk##[data-component="links-block"]
! The Guardian: inline "rich links" to other articles
theguardian.com##[data-component="rich-link"]
! NPR: inline "related story" boxes
npr.org##aside.bucketwrap.internallink
! Wikipedia-style navigation boxes on mirror and content-farm copies
wikipedia.org##.navbox
`;

export const defaultSiteRules: SiteRule[] = parseCosmeticFilters(DEFAULT_COSMETIC_FILTERS);

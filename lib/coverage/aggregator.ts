// Reads a story-aggregator page (Ground News, Google News, Techmeme, AllSides and the like) into
// the outlets covering its story. Steps, in order, and why:
// 1. refuse search results: a list of outlets there answers a query, not one story.
// 2. find card groups (cards.ts): repeated siblings with a headline link each, chrome and ads out.
// 3. read each card: outlet, headline, snippet, time (before judging: judging needs outlets).
// 4. keep groups that look like coverage: mostly links to other sites, more than one outlet,
//    mostly about the page's story. Lone cards of an accepted kind join (a one-item section).
// 5. refuse pages with an article body: there the links are a sidebar to the article.
// 6. add "More:" lines next to accepted cards, then datelines from the snippets.
// Nothing here invents coverage: a page that fails any check gives no outlets at all.

import { parseDateline } from '../dateline/index';
import type { AggregatorReading, CoverageItem } from '../types';
import { snippetOf, timeOf } from './card-fields';
import { type Card, findCardGroups, signature } from './cards';
import { siteOf } from './links';
import { moreLines } from './more-line';
import { isPaidOrUpsell, listLabelledAsAd } from './not-coverage';
import { outletOf } from './outlet-name';
import { hasArticleBody, looksLikeSearch } from './page-signals';
import { articleCount, headingTitle, metaTitle } from './story-title';
import { terms } from './text';

interface Read {
  card: Card;
  item: CoverageItem;
  outbound: boolean;
  onStory: boolean;
}

const minOutlets = 3;

export function readAggregator(
  doc: Document,
  opts: { url: string; now: string },
): AggregatorReading {
  const heading = headingTitle(doc);
  const storyTerms = new Set(terms(heading ?? metaTitle(doc)));
  const none: AggregatorReading = {
    story: { title: heading ?? metaTitle(doc), articleCount: null },
    outlets: [],
  };
  if (looksLikeSearch(doc, opts.url)) return none;

  const site = siteOf(opts.url);
  const accepted: Read[] = [];
  const kinds = new Set<string>();
  const lone: Read[] = [];
  for (const group of findCardGroups(doc, opts.url)) {
    if (group[0]?.el.parentElement && listLabelledAsAd(group[0].el.parentElement)) continue;
    const reads = group
      .map((card) => readCard(card, opts.now, site, storyTerms))
      .filter((r): r is Read => r !== null);
    if (reads.length === 1 && reads[0]) lone.push(reads[0]);
    if (reads.length < 2 || !isCoverage(reads)) continue;
    accepted.push(...reads);
    for (const r of reads) kinds.add(signature(r.card.el));
  }
  accepted.push(...lone.filter((r) => kinds.has(signature(r.card.el)) && r.outbound && r.onStory));

  const cards = accepted.map((r) => r.card.el);
  if (new Set(accepted.map((r) => r.item.outlet)).size < 2 || hasArticleBody(doc, cards))
    return none;
  const items = inPageOrder(doc, [
    ...accepted.map((r) => ({ el: r.card.el, item: r.item })),
    ...moreLines(doc, opts.url)
      .filter((line) => cards.some((card) => line.el.parentElement?.contains(card)))
      .flatMap((line) => line.items.map((item) => ({ el: line.el, item }))),
  ]);
  const outlets = dedupe(items);
  if (new Set(outlets.map((o) => o.outlet)).size < minOutlets) return none;
  for (const o of outlets) {
    // A card without a time is still recent: the reader's clock gives a printed day its year.
    o.dateline = o.snippet ? parseDateline(o.snippet, { publishedAt: o.time ?? opts.now }) : null;
  }
  const first = items[0]?.el ?? null;
  return {
    story: {
      // Without a heading, the lead item names the story (Techmeme's first headline).
      title: heading ?? outlets.find((o) => o.headline)?.headline ?? metaTitle(doc),
      articleCount: articleCount(doc, first),
    },
    outlets,
  };
}

function readCard(card: Card, now: string, site: string, storyTerms: Set<string>): Read | null {
  const { outlet, headline } = outletOf(card);
  if (isPaidOrUpsell(card.el, card.link, headline)) return null;
  const item: CoverageItem = {
    outlet,
    headline,
    url: card.url,
    dateline: null,
    snippet: snippetOf(card, headline),
    time: timeOf(card, now),
  };
  return {
    card,
    item,
    outbound: siteOf(card.url) !== site,
    onStory: aboutStory(headline, storyTerms),
  };
}

/** Shares enough words with the story title: two, or half of a short title. */
function aboutStory(headline: string, storyTerms: Set<string>): boolean {
  if (!storyTerms.size) return true;
  const shared = new Set(terms(headline).filter((t) => storyTerms.has(t))).size;
  return shared >= Math.min(2, Math.ceil(storyTerms.size / 2));
}

function isCoverage(reads: Read[]): boolean {
  const share = (f: (r: Read) => boolean) => reads.filter(f).length / reads.length;
  const outlets = new Set(reads.map((r) => r.item.outlet));
  return share((r) => r.outbound) >= 0.6 && outlets.size >= 2 && share((r) => r.onStory) >= 0.5;
}

function inPageOrder<T extends { el: Element }>(doc: Document, list: T[]): T[] {
  const order = new Map<Element, number>();
  doc.querySelectorAll('*').forEach((el, i) => {
    order.set(el, i);
  });
  return list
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => (order.get(a.entry.el) ?? 0) - (order.get(b.entry.el) ?? 0) || a.i - b.i)
    .map(({ entry }) => entry);
}

function dedupe(items: Array<{ item: CoverageItem }>): CoverageItem[] {
  const seen = new Set<string>();
  const out: CoverageItem[] = [];
  for (const { item } of items) {
    const key = item.url ?? `${item.outlet}|${item.headline}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

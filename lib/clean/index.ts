import { adRule } from './ad';
import { authorBioRule } from './author-bio';
import { breadcrumbRule } from './breadcrumb';
import { bylineRule } from './byline';
import { commentsRule } from './comments';
import { controlsRule } from './controls';
import { cookieNoticeRule } from './cookie-notice';
import { duplicateRule } from './duplicate';
import { embedFallbackRule } from './embed-fallback';
import { hiddenTextRule } from './hidden-text';
import { imageCreditRule } from './image-credit';
import { linkListRule } from './link-list';
import { navigationRule } from './navigation';
import { newsletterRule } from './newsletter';
import { prevNextRule } from './prev-next';
import { reactionsRule } from './reactions';
import { recommendationsRule } from './recommendations';
import { relatedLinkRule } from './related-link';
import { repostStampRule } from './repost-stamp';
import type { ClutterRule } from './rule';
import { shareBarRule } from './share-bar';
import { tagsRule } from './tags';
import { teasersRule } from './teasers';
import { upsellRule } from './upsell';
import { viewCountRule } from './view-count';

/**
 * The general rules, in the order whose kind wins when two rules name the same element
 * (findClutter keeps the outermost block whatever the order):
 * 1. Whole boxes with an unmistakable purpose (consent, sign-up, paywall, comments, ads): they
 *    hold links, counters and buttons that later rules would otherwise name piece by piece.
 * 2. Link blocks (story lists, tags, previous/next): a "Share 12" or "Views 3k" inside a list of
 *    headlines belongs to the list.
 * 3. Small link groups (menus, share bars, breadcrumbs).
 * 4. Single short lines last (counters, stamps, bylines, credits, lone controls): the most
 *    specific, and the likeliest to sit inside something bigger.
 * Site rules (siteRulesFor) go before all of these: a user's rule says exactly what they meant.
 */
export const clutterRules: ClutterRule[] = [
  cookieNoticeRule,
  hiddenTextRule,
  newsletterRule,
  upsellRule,
  commentsRule,
  adRule,
  authorBioRule,
  recommendationsRule,
  teasersRule,
  linkListRule,
  relatedLinkRule,
  tagsRule,
  prevNextRule,
  navigationRule,
  shareBarRule,
  breadcrumbRule,
  reactionsRule,
  viewCountRule,
  repostStampRule,
  bylineRule,
  imageCreditRule,
  embedFallbackRule,
  controlsRule,
  duplicateRule,
];

/** The rules that also run on the whole page: the live page (see ClutterRule.scope). */
export function pageRules(rules: ClutterRule[]): ClutterRule[] {
  return rules.filter((rule) => rule.scope !== 'article');
}

/** The rules run on the whole page copy before Readability (see ClutterRule.steers). */
export function steeringRules(rules: ClutterRule[]): ClutterRule[] {
  return rules.filter((rule) => rule.scope !== 'article' && rule.steers !== false);
}

export type { Clutter } from './apply';
export { findClutter, removeClutter } from './apply';
export type { ClutterRule } from './rule';
export { defaultSiteRules, parseCosmeticFilters, type SiteRule, siteRulesFor } from './site-rules';

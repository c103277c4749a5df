import { adRule } from './ad';
import { breadcrumbRule } from './breadcrumb';
import { commentsRule } from './comments';
import { controlsRule } from './controls';
import { cookieNoticeRule } from './cookie-notice';
import { newsletterRule } from './newsletter';
import { prevNextRule } from './prev-next';
import { reactionsRule } from './reactions';
import { recommendationsRule } from './recommendations';
import { repostStampRule } from './repost-stamp';
import type { ClutterRule } from './rule';
import { shareBarRule } from './share-bar';
import { tagsRule } from './tags';
import { upsellRule } from './upsell';
import { viewCountRule } from './view-count';

/**
 * The general rules, in the order whose kind wins when two rules name the same element
 * (findClutter keeps the outermost block whatever the order):
 * 1. Whole boxes with an unmistakable purpose (consent, sign-up, paywall, comments, ads): they
 *    hold links, counters and buttons that later rules would otherwise name piece by piece.
 * 2. Link blocks (story lists, tags, previous/next): a "Share 12" or "Views 3k" inside a list of
 *    headlines belongs to the list.
 * 3. Small link groups (share bars, breadcrumbs).
 * 4. Single short lines last (counters, stamps, lone controls): the most specific, and the
 *    likeliest to sit inside something bigger.
 * Site rules (siteRulesFor) go before all of these: a user's rule says exactly what they meant.
 */
export const clutterRules: ClutterRule[] = [
  cookieNoticeRule,
  newsletterRule,
  upsellRule,
  commentsRule,
  adRule,
  recommendationsRule,
  tagsRule,
  prevNextRule,
  shareBarRule,
  breadcrumbRule,
  reactionsRule,
  viewCountRule,
  repostStampRule,
  controlsRule,
];

export type { Clutter } from './apply';
export { findClutter, removeClutter } from './apply';
export type { ClutterRule } from './rule';
export { defaultSiteRules, parseCosmeticFilters, type SiteRule, siteRulesFor } from './site-rules';

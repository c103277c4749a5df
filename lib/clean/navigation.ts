// Why: some pages put the whole story, site header and all, in the block Readability picks; the
// site's menus ("Home Local Sports Business… Sign In Subscribe") then open the article as a column
// of one-word lines.
//
// Removes: <nav><ul><li><a>Home</a></li><li><a>Sports</a></li>…</ul></nav>,
//          <ul role="menu"><li><a role="menuitem">Contact us</a></li>…</ul>,
//          <ul class="subnav-links"><li><a>Careers</a></li><li><a>Privacy Notice</a></li>…</ul>
// Leaves:  <nav> around a story's paragraphs (text, not links), <ul><li><a>Report (PDF)</a></li>…
//          </ul> in the story (not named or marked as a menu), <ul class="menu-prices"><li>Soup
//          $4</li>…</ul> (a restaurant's menu: no links)
import { findBlocks } from './blocks';
import type { Measure } from './measure';
import { namePattern, names } from './names';
import type { ClutterRule } from './rule';

const ROLES = /^(navigation|menu|menubar)$/;
const NAMED = namePattern(
  /[ -](nav|navs|navbar|nav-bar|navigation|menu|menus|main-menu|site-menu|topnav|top-nav|subnav|sub-nav|subnavlinks|site-nav|main-nav|primary-nav|global-nav|footer-nav|footer-links|footer-menu|mega-menu|dropdown-menu|nav-links|navlinks|nav-list|menu-list|nav-menu|menu-items|site-header-nav)[ -]/,
);

/** A <nav> element or one whose role says it is a menu. */
function isMarked(el: Element): boolean {
  return el.localName === 'nav' || ROLES.test(el.getAttribute('role') ?? '');
}

/** Mostly links, each a few words: a menu. Marked menus may carry longer teasers. */
function isMenu(el: Element, m: Measure): boolean {
  if (m.links < 3 || m.looseMedia > 0 || m.fields > 2) return false;
  if (isMarked(el)) return m.linkChars >= 0.7 * m.chars;
  return m.linkChars >= 0.8 * m.chars && m.linkChars / m.links <= 30;
}

export const navigationRule: ClutterRule = {
  kind: 'navigation',
  scope: 'article',
  find: (root) =>
    findBlocks(root, {
      seeds: { named: (own) => NAMED.test(own), element: isMarked },
      accept: (el, m) => (isMarked(el) || NAMED.test(names(el))) && isMenu(el, m),
      // Over wrappers and over a menu's other menus (the site header), never over text.
      grow: (el, m, inner) =>
        (m.chars === inner.chars && m.looseMedia === 0) ||
        ((isMarked(el) || NAMED.test(names(el))) && isMenu(el, m)),
      maxChars: 12000,
      maxLevels: 4,
    }),
};

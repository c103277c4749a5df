// Why: under (or inside) a story, sites run cards for their other stories: a thumbnail, a kicker,
// a headline and a line of teaser, as <article> cards or in a swiping "rail". Readability keeps them
// when they share the story's container; they carry no label for the recommendations rule.
//
// Removes: the box around three or more cards like <article class="card"><a href="/other"><img></a>
//          <h2><a href="/other">Koala rescued</a></h2><p>Dozens of bushfires…</p></article>,
//          <div class="swiper-container"><div><a href="/a"><img></a><h3>RANDY ANDY</h3>…</div>…</div>
// Leaves:  <div class="carousel"><a href="/big.jpg"><img></a>… (a photo gallery: links to pictures),
//          <article> holding the story itself (too long to be a card), two cards alone, a list of
//          product links in the story (no card markup)
import { findBlocks } from './blocks';
import { type Measure, measure } from './measure';
import { namePattern, names } from './names';
import type { ClutterRule } from './rule';
import { walkFinding } from './walk';

// Whole class names only: "category-slider" on a WordPress post, "pg-rail-tall-body" on a story.
const ROTATOR = namePattern(
  / (swiper|swiper-container|swiper-wrapper|carousel|carousel-inner|slider|rail|teasers?|story-cards?|post-cards?|card-list|more-stories|story-list|recirc|recirculation|related-cards)( |$)/,
);
const ARTICLE_TYPE = /schema\.org\/(News)?Article|schema\.org\/BlogPosting/i;
const PICTURE_FILE = /\.(jpe?g|png|gif|webp|avif|svg)(\?|#|$)/i;

/** Links to other pages: not to a picture, not to a place on this page, not to this page. */
function pageLinks(el: Element): number {
  const here = (el.ownerDocument?.URL ?? '').split('#')[0];
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    if (!href || href.startsWith('#') || PICTURE_FILE.test(href)) continue;
    try {
      if (new URL(href, here || undefined).href.split('#')[0] !== here) n++;
    } catch {
      // Not a URL at all: not a link to a story either.
    }
  }
  return n;
}

function isCard(el: Element): boolean {
  return el.localName === 'article' || ARTICLE_TYPE.test(el.getAttribute('itemtype') ?? '');
}

/** One story's teaser: a few short lines and a link to that story. */
function isTeaser(el: Element): boolean {
  const m = measure(el, 600);
  return m !== null && m.fields === 0 && m.lines.length <= 6 && pageLinks(el) >= 1;
}

/**
 * The box around a run of at least three cards, climbing at most two levels from one of them,
 * when every card in it is a teaser and the cards are nearly all of its text.
 */
function cardGrid(root: ParentNode, card: Element, judged: Map<Element, boolean>): Element | null {
  let box = card.parentElement;
  for (let level = 0; box && box !== root && level < 2; level++, box = box.parentElement) {
    // true: too few cards here, look one level up; false: cards here, but not a grid.
    const verdict = judged.get(box);
    if (verdict === false) return null;
    if (verdict === true) continue;
    const cards = Array.from(box.querySelectorAll('article, [itemtype]')).filter(isCard);
    judged.set(box, cards.length < 3);
    if (cards.length < 3) continue;
    const all = measure(box, 600 * cards.length + 300);
    if (!all || !cards.every(isTeaser)) return null;
    const cardChars = cards.reduce((sum, c) => sum + (measure(c)?.chars ?? 0), 0);
    return all.chars <= cardChars + 300 ? box : null;
  }
  return null;
}

function isRail(el: Element, m: Measure): boolean {
  if (m.fields > 0 || !ROTATOR.test(names(el))) return false;
  const links = pageLinks(el);
  return (
    links >= 2 &&
    m.chars <= 250 * links &&
    m.lines.length <= 4 * links &&
    m.lines.every((l) => l.chars <= 300)
  );
}

export const teasersRule: ClutterRule = {
  kind: 'recommendations',
  scope: 'article',
  find(root) {
    const rails = findBlocks(root, {
      seeds: { named: (own) => ROTATOR.test(own) },
      accept: isRail,
      grow: (_el, m, inner) => m.chars === inner.chars && m.looseMedia === inner.looseMedia,
      maxChars: 6000,
      maxLevels: 2,
    });
    // Each box is judged once, however many of its cards the walk meets (a thread of a thousand
    // comments marked up as <article>s must not cost a thousand scans of itself).
    const judged = new Map<Element, boolean>();
    const grids = walkFinding(
      root,
      (node) => {
        const grid = cardGrid(root, node as Element, judged);
        return grid ? [grid] : null;
      },
      { element: isCard },
    );
    return [...rails, ...grids];
  },
};

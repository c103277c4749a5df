import { type Clutter, findClutter, pageRules } from '../clean/index';
import type { ClutterRule } from '../clean/rule';

// What the toolbar click hides on the live page, for a reader who stays on the site. The page-wide
// rules run on the whole page as before Readability. The article-only rules are another matter:
// a link list or a menu is clutter inside a story but the site's own navigation outside it, and a
// byline, photo credit or author box is how the site presents its story. So only the article-only
// rules that find story lists run, and only inside the live element that holds the story.

/** Article-only rules that still belong on the live page: lists of other stories inside the text. */
function storyListRules(rules: ClutterRule[]): ClutterRule[] {
  return rules.filter((rule) => rule.scope === 'article' && rule.kind === 'recommendations');
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * The smallest live element holding the story's opening and most of its text; null when only the
 * body would do (then no article rule may run: the "story" would be the whole site).
 */
export function liveArticleRoot(body: Element, articleText: string): Element | null {
  const opening = squeeze(articleText.split('\n', 1)[0] ?? '').slice(0, 200);
  if (opening.length < 20) return null;
  let el: Element = body;
  // Down to the deepest element whose text holds the opening.
  for (;;) {
    const next = Array.from(el.children).find((child) =>
      squeeze(child.textContent ?? '').includes(opening),
    );
    if (!next) break;
    el = next;
  }
  // Then up until it holds most of the story (the opening paragraph alone is not the story).
  const wanted = squeeze(articleText).length * 0.7;
  while (el !== body && squeeze(el.textContent ?? '').length < wanted) {
    el = el.parentElement ?? body;
  }
  return el === body ? null : el;
}

function outermost(found: Clutter[]): Clutter[] {
  const els = new Set(found.map((c) => c.el));
  return found.filter(({ el }) => {
    for (let up = el.parentElement; up; up = up.parentElement) if (els.has(up)) return false;
    return true;
  });
}

/** The blocks to hide on the live page: page-wide clutter, plus story lists inside the story. */
export function findLiveClutter(
  doc: Document,
  rules: ClutterRule[],
  articleText: string | null,
): Clutter[] {
  if (!doc.body) return [];
  const found = findClutter(doc.body, pageRules(rules));
  const root = articleText ? liveArticleRoot(doc.body, articleText) : null;
  if (!root) return found;
  const seen = new Set(found.map((c) => c.el));
  const inStory = findClutter(root, storyListRules(rules)).filter((c) => !seen.has(c.el));
  return outermost([...found, ...inStory]);
}

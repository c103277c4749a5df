// Why: "Previous article / Next article" links lead away from the story; in a reader they are two
// unrelated headlines tacked onto the end.
//
// Removes: <div class="post-nav"><a rel="prev">« Previous post<span>Old headline</span></a>…</div>,
//          <p>上一篇：<a>标题</a></p><p>下一篇：<a>标题</a></p>, <a>Artículo anterior</a>
// Leaves:  <p>The previous article in this series explained how rates are set…</p>,
//          <p>Next story: the mayor said on Monday that the budget…</p> (no link, prose)
import { findBlocks, within } from './blocks';
import type { Measure } from './measure';
import type { ClutterRule } from './rule';

const LABELS = [
  `(previous|prev|next|older|newer) (article|post|story|entry|news|item|page)s?`,
  `(artículo|articulo|noticia|entrada|nota) (anterior|siguiente)|(siguiente|próxim[oa]|proxim[oa]) (artículo|articulo|noticia|entrada|nota)`,
  `article (précédent|suivant)|(billet|article) précédent|(vorheriger|voriger|nächster|naechster) (artikel|beitrag)`,
  `(artigo|notícia|noticia|post|matéria) (anterior|seguinte)|próxim[oa] (artigo|notícia|matéria|post)`,
  `articolo (precedente|successivo)|(предыдущая|следующая) (статья|новость)`,
  `上一篇|下一篇|上一条|下一条|上一则|下一则|上篇|下篇|前の記事|次の記事|이전 (글|기사)|다음 (글|기사)`,
];
const ARROWS = /^[\s«‹←<>»›→]+/u;
const STARTS = new RegExp(`^[\\s«‹←<>»›→]*(?:${LABELS.join('|')})\\s*[:：]?`, 'iu');
const LINK = new Set(['a']);

const REL = /(^|\s)(prev|next)(\s|$)/i;

function isRelLink(el: Element): boolean {
  return el.localName === 'a' && REL.test(el.getAttribute('rel') ?? '');
}

/** Starts with a previous/next label, and what follows it is (inside) a link. */
function isPrevNext(el: Element, m: Measure): boolean {
  if (m.chars > 400 || m.looseMedia > 0) return false;
  const text = m.text.replace(ARROWS, '');
  const label = STARTS.exec(text);
  if (!label) return isRelLink(el);
  const rest = text.length - label[0].length;
  const linked = within(el, LINK, 4) ? m.chars : m.linkChars;
  return rest <= 2 || linked >= 0.5 * rest;
}

export const prevNextRule: ClutterRule = {
  kind: 'prev-next',
  steers: false,
  find: (root) =>
    findBlocks(root, {
      seeds: {
        text: (text) => STARTS.test(text),
        textChars: 200,
        element: isRelLink,
        tags: LINK,
      },
      accept: isPrevNext,
      maxChars: 400,
      maxLevels: 4,
    }),
};

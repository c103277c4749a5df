// Why: tag clouds and "Topics:" rows are site navigation; in a reader they are a line of
// unrelated words after the story.
//
// Removes: <p>Tags: <a>Economy</a>, <a>China</a></p>, <ul class="tags"><li><a>Diplomacy</a></li>…</ul>,
//          <div><span>标签：</span><a>外交</a><a>美国</a></div>, <a rel="tag">…</a> rows
// Leaves:  <p>Tags: the luggage labels airlines print have changed little since 1990.</p>,
//          <h3>Topics</h3><p>The committee will discuss three topics on Monday…</p>
import {
  type LabelledSearch,
  labelledBlock,
  labelSeeds,
  listStats,
  type RunStats,
} from './labelled-block';
import { namePattern } from './names';
import type { ClutterRule } from './rule';
import { walkFinding } from './walk';

const LABEL =
  /^(tags?|tagged( (with|in|as))?|topics?|related topics|keywords?|filed under|categor(y|ies)|subjects?|etiquetas|temas|palabras clave|mots[- ]clés|sujets|thèmes|schlagw(ö|o)rte?r?|themen|stichw(ö|o)rte?r?|palavras[- ]chave|assuntos|argomenti|parole chiave|标签|標籤|关键词|關鍵詞|关键字|タグ|キーワード|태그|키워드|теги|метки|ключевые слова)$/iu;
const NAMED = namePattern(
  /[ -](tags|tag-list|tag-cloud|tagcloud|tags-list|tag-links|post-tags|article-tags|entry-tags|story-tags|keywords|article-keywords|topics-list|topic-tags)[ -]/,
);
const REL_TAG = /(^|\s)tag(\s|$)/i;

/** A row of short links: each entry a few words, and links are most of the text. */
function isTagList(r: RunStats): boolean {
  return (
    r.linkItems >= 1 &&
    r.linkItems >= 0.6 * r.items &&
    r.linkChars >= 0.5 * r.chars &&
    r.longestItem <= 60
  );
}

const SEARCH: LabelledSearch = {
  label: LABEL,
  maxLabelChars: 30,
  maxRunChars: 1500,
  accept: isTagList,
};

const INLINE = new Set(['a', 'span', 'b', 'strong', 'em', 'i', 'small', 'li']);

/** The box a rel=tag link sits in: its nearest block-level ancestor below root. */
const LINKS = new Set(['a']);

function isRelTag(el: Element): boolean {
  return el.localName === 'a' && REL_TAG.test(el.getAttribute('rel') ?? '');
}

function tagBox(root: ParentNode, a: Element): Element | null {
  let box = a.parentElement;
  while (box && box !== root && INLINE.has(box.localName)) box = box.parentElement;
  return box && box !== root ? box : null;
}

export const tagsRule: ClutterRule = {
  kind: 'tags',
  steers: false,
  find(root) {
    return walkFinding(
      root,
      (node) => {
        if (node.nodeType !== 1) return labelledBlock(root, node, SEARCH);
        const el = node as Element;
        // A seed element is a rel=tag link or named as a tag list.
        const box = isRelTag(el) ? tagBox(root, el) : el;
        if (!box) return null;
        const stats = listStats(box, 1500);
        return stats && isTagList(stats) ? [box] : null;
      },
      { ...labelSeeds(SEARCH), named: (own) => NAMED.test(own), element: isRelTag, tags: LINKS },
    );
  },
};

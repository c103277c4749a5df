// Why: comment threads and "Leave a reply" forms follow the story on blogs and news sites; they
// are other people's text, and on Readability's scoring they can pass for the article.
//
// Removes: <div id="comments">…</div>, <div id="disqus_thread"></div>, <ol class="commentlist">…</ol>,
//          <section><h2>Leave a Reply</h2><form>…<textarea></textarea></form></section>
// Leaves:  <article class="post has-comments">…</article> (a flag on the story, not a thread),
//          <h2>Discussion</h2><p>The results suggest…</p> (a paper's section)
import { type BlockSearch, climb } from './blocks';
import { namePattern, names } from './names';
import type { ClutterRule } from './rule';
import { walkFinding } from './walk';

const NAMED = namePattern(
  / (comments|comments-(area|section|wrapper|container|list|block|wrap|holder|module)|comment-(section|list|respond|form|thread)|commentlist|respond|disqus-thread|disqus|fb-comments|(article|post|story|user|reader)-comments|viafoura|coral-(container|embed)|spot-im-[\w-]+|openweb-[\w-]+)( |$)/,
);
const LABEL =
  /^(\d+\s+)?(comments|reader comments|leave an? (comment|reply)|tell us what you think|post an? (comment|reply)|add an? comment|write an? comment|join the (conversation|discussion)|comentarios|deja (un|tu) comentario|commentaires|laisser un commentaire|kommentare|kommentar schreiben|comentários|deixe (um|seu) comentário|commenti|lascia un commento|评论|网友评论|发表评论|热门评论|最新评论|全部评论|コメント|댓글|комментарии)(\s*[(（]\d+[)）])?\s*[:：.…!]*$/iu;

const THREAD_SRC = /disqus|comments/i;

const FRAMES = new Set(['iframe']);

function isThreadFrame(el: Element): boolean {
  return el.localName === 'iframe' && THREAD_SRC.test(el.getAttribute('src') ?? '');
}

// From a "Comments" / "Leave a reply" label, grow over its form, never over prose alone.
const LABELLED: BlockSearch = {
  // Only climbed from (the walk below finds the labels).
  seeds: {},
  accept: (_el, m) => LABEL.test(m.text),
  grow: (el, m, inner) =>
    NAMED.test(names(el)) ||
    (m.fields > 0 && LABEL.test(m.pieces[0] ?? '')) ||
    (m.chars === inner.chars && m.looseMedia === inner.looseMedia),
  maxChars: 3000,
  maxLevels: 3,
};

export const commentsRule: ClutterRule = {
  kind: 'comments',
  // A thread named as one is taken whole, however long: no need to read it.
  find: (root) =>
    walkFinding(
      root,
      (node) => {
        if (node.nodeType === 1) return [node as Element];
        const block = climb(root, node, LABELLED);
        return block ? [block] : null;
      },
      {
        text: (text) => LABEL.test(text),
        textChars: 60,
        named: (own) => NAMED.test(own),
        element: isThreadFrame,
        tags: FRAMES,
      },
    ),
};

// Why: content farms pad every article with "Related", "Ranking", "Recommendation" lists of other
// headlines, and Readability keeps them when they share the article's container.
//
// Removes: <h3>Related</h3><ul><li><a href="/a">Meta donates $1 million…</a></li>…</ul>
//          <div class="box"><span>猜你喜欢</span><a>…</a><a>…</a></div>, <p>Also read: <a>…</a></p>
// Leaves:  <h2>Related developments</h2><p>Officials in Ottawa said on Tuesday…</p> (prose follows)
//          <p>The university's ranking rose to 12th…</p> (the word is not a label)
//          <h3>Most read</h3><ul><li>Inflation fell to 2.4%</li>…</ul> (a list of facts, no links)

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

const P = String.raw`[\p{L}\p{N}.&'’:-][\p{L}\p{N}.&'’: -]{0,39}`;
const LABELS = [
  // English
  `related( (stories|story|articles?|news|posts?|content|links?|coverage|reading|reads|videos?|topics|items))?( (from|on|in) ${P})?`,
  `more related (stories|articles|news)`,
  `(the )?most (read|popular|viewed|shared|commented|emailed|watched)( (stories|articles|news|now|today|this week|(in|on) ${P}))?`,
  `popular( (now|today|right now|stories|articles|news|posts|this week|(in|on) ${P}))?`,
  `trending( (now|stories|articles|news|topics|today|on ${P}))?`,
  `recommended( (for you|stories|articles|reading|videos|content|links|posts))?`,
  `recommendations?( for you)?|our (picks|recommendations)|rankings?`,
  `top (stories|news|articles|headlines|picks|reads|posts)`,
  `editor'?s'? (picks?|choices?|recommendations)|don'?t miss( this| these)?`,
  `you (may|might|could|will|would) (also )?(like|enjoy|be interested in|want to read)( this| these)?`,
  `also read|read also|see also|further reading|recommended reading|must read|keep reading|read next|what to read next|up next|next up`,
  `read more( (stories|articles|news|about this|on this topic|(from|in|on) ${P}))?`,
  `(see )?more (from|on|in|about) ${P}|more (stories|news|articles|headlines|to read|like this|for you|videos|coverage)( (from|on|in|about) ${P})?`,
  `more|see more|watch more|top videos?|(latest|more) videos|(also |more )?on ${P}`,
  `more (great |top )?${P} (stories|news|articles|videos|headlines)|(recent|latest|newest) (articles|posts|stories|news)|popular this (week|month)|breaking news`,
  `latest( (news|stories|articles|headlines|posts|videos))?|in other news|elsewhere( on ${P})?`,
  `(from )?(around )?the web|(promoted|sponsored) stories|(similar|other) (articles|stories|posts|news)`,
  `featured( (stories|articles|posts|news))?|what'?s hot|hot (news|topics|stories)`,
  `people (also|are) (read|reading|viewed|liked)|readers also (liked|read|viewed)`,
  // Spanish
  `(noticias|artículos|articulos|notas|contenidos?|historias|temas) relacionad[oa]s|relacionad[oa]s`,
  `lo (más|mas) (leído|leido|visto|popular|compartido|comentado)|lo último|lo ultimo`,
  `(más|mas) (leídas?|leidas?|vistas?|populares|noticias|compartidas?|de ${P})`,
  `(también )?te (puede|podría|podria) (interesar|gustar)|quizás te (interese|guste)|te recomendamos`,
  `(lee|leer|lea) (también|tambien|más|mas)|recomendad[oa]s( para ti)?|(otras|últimas|ultimas) noticias|tendencias|no te pierdas`,
  // French
  `(à |a )?lire (aussi|également|egalement)|les plus (lus|populaires|partagés|commentés|consultés)`,
  `sur le m[êe]me sujet|articles? (similaires|liés|connexes|recommandés)|dans la m[êe]me rubrique`,
  `vous (aimerez|pourriez) (aussi|également)( aimer)?|nos recommandations|recommandés?( pour vous)?`,
  `(à |a )?découvrir( aussi)?|dernières? (actualités|infos|nouvelles)|ne manquez pas`,
  // German
  `das könnte (sie|dich) (auch )?interessieren|meist ?gelesen(e|en)?( artikel| nachrichten)?`,
  `mehr zum thema( ${P})?|mehr (aus|zu|von) ${P}|weitere (artikel|nachrichten|themen|meldungen|beiträge)`,
  `auch interessant|empfohlen(e (artikel|beiträge))?|empfehlungen( der redaktion)?|lesen sie (auch|mehr)`,
  `(ähnliche|verwandte) (artikel|beiträge|themen)|beliebte? (artikel|beiträge)|zum thema|top-artikel`,
  // Portuguese
  `(notícias|noticias|artigos|matérias|materias|posts) relacionad[oa]s|mais (lidas?|vistas?|populares|notícias)`,
  `(leia|veja) (também|tambem|mais)|voc[êe] (também |tambem )?pode gostar|saiba mais|em alta`,
  // Italian
  `(articoli|notizie|post) correlat[ie]|correlati|(i |le )?più (letti|lette|visti|viste|popolari)`,
  `(ti )?potrebbe(ro)? interessar(ti|e)( anche)?|leggi anche|consigliati( per te)?|(altre|ultime) notizie|da non perdere`,
  // Russian
  String.raw`читайте также|похожие (статьи|новости|материалы)|популярное|самое (читаемое|популярное)|самые (популярные|читаемые)( \p{L}+)?|(новости|материалы) по теме|по теме`,
  // Chinese, Japanese, Korean
  `相[关關](新闻|新聞|阅读|閱讀|文章|推荐|報導|报道|链接|内容|资讯|专题|视频)?|延伸阅读|扩展阅读|猜你喜欢|猜你感兴趣|大家都在看|往期回顾`,
  `(热门|熱門|热点|热读|最热|人气)(排行榜?|文章|新闻|新聞|推荐|阅读|资讯|话题|榜)?|(阅读|点击|新闻|本周|今日|24小时)?排行榜?`,
  `(精彩|编辑|为你|热门)?推[荐薦](阅读|閱讀|文章|新闻|内容|资讯|视频)?|最新(文章|新闻|资讯)|更多(新闻|文章|精彩|阅读|推荐|资讯)`,
  `(你|您)可能(还|也)?(喜欢|感兴趣|想看)|今日(热点|推荐)`,
  `関連(記事|ニュース|リンク|情報|動画)?|(アクセス|人気|記事)?ランキング|おすすめ(記事|ニュース)?|オススメ(記事)?`,
  `(人気|注目|最新)の?(記事|ニュース)|あわせて読みたい|こちらもおすすめ|よく読まれている記事`,
  `관련 ?(기사|뉴스)?|많이 본 (뉴스|기사)|추천 ?(기사|뉴스)?|인기 ?(기사|뉴스)|랭킹`,
];

const LABEL = new RegExp(`^(?:${LABELS.join('|')})$`, 'iu');

/** A list of other stories: mostly link entries, and link text or short lines dominate. */
export function isStoryList(r: RunStats, minLinks = 2): boolean {
  if (r.linkItems === 1 && r.links === 1 && minLinks <= 1) return r.chars <= 200;
  return (
    r.linkItems >= minLinks &&
    r.linkItems >= 0.7 * r.items &&
    (r.linkChars >= 0.4 * r.chars || r.shortLines >= 0.7 * r.lines)
  );
}

const SEARCH: LabelledSearch = {
  label: LABEL,
  maxLabelChars: 60,
  maxRunChars: 8000,
  accept: (r) => isStoryList(r, 1),
};

// Widgets named for what they are: "related-posts", "mostPopular", Outbrain/Taboola containers.
const NAMED = namePattern(
  /[ -](related|recommended|recommendations?|recirculation|taboola|outbrain|trending|most-read|most-popular|mostread|mostpopular|more-stories|also-read|read-more|ranking|you-may-like)[ -]/,
);

export const recommendationsRule: ClutterRule = {
  kind: 'recommendations',
  find(root) {
    return walkFinding(
      root,
      (node) => {
        if (node.nodeType !== 1) return labelledBlock(root, node, SEARCH);
        const stats = listStats(node as Element, 8000);
        return stats && isStoryList(stats, 3) ? [node as Element] : null;
      },
      { ...labelSeeds(SEARCH), named: (own) => NAMED.test(own) },
    );
  },
};

// Why: vote and reaction counters ("veryGood! (84224)", "👍 1.2k") are page furniture that
// Readability keeps as a stray line under the story.
//
// Removes: <div class="vote"><a>veryGood! (84224)</a></div>, <button>👍 1.2k</button>,
//          <span>Me gusta (1.024)</span>, <div><span>赞 (12)</span><span>踩 (3)</span></div>
// Leaves:  <h2>Chapter 3</h2>, <figcaption>Figure 2: 1,200 likes in a day</figcaption>,
//          <td>1.2M shares</td> (tables are data), <p>Love 2 Hate, the band, played…</p>
import { findBlocks, within } from './blocks';
import { namePattern, names } from './names';
import type { ClutterRule } from './rule';
import { NUMBER } from './text';

const WORDS = [
  `((very|super|so|really) ?)?(good|great|awesome|cool|nice|bad)|likes?|liked|loves?|haha|wow|sad|angry|lol`,
  `upvotes?|downvotes?|agree|disagree|helpful|not helpful|useful|funny|interesting`,
  `thumbs ?(up|down)|recommends?|kudos|claps?|hearts?|favou?rites?|faves?|reactions?|dislikes?`,
  `shares|comments?|replies|me gusta|no me gusta|j'aime|gefällt mir|curtir|curtidas|mi piace`,
  `赞|点赞|讚|顶|踩|喜欢|支持|反对|有用|没用|感动|愤怒|同情|搞笑|难过|开心|评论|いいね|좋아요|нравится`,
].join('|');
const EMOJI = String.raw`(?:\p{Emoji_Presentation}|[\u2764\u2665\u2661\u2605\u2606\u25b2\u25bc\u2191\u2193\u261d\u270c])\uFE0F?(?:\u200D\p{Emoji_Presentation}\uFE0F?)*`;
const LABEL = String.raw`(?:${EMOJI}\s*)?(?:${WORDS})!?|${EMOJI}`;
const COUNT = String.raw`[(（\[]?\s*(?:${NUMBER})\s*[)）\]]?`;
const GROUP = String.raw`(?:(?:${LABEL})\s*[:：]?\s*${COUNT}|${COUNT}\s*(?:${LABEL}))`;

/** The whole text is one or more "label + count" groups: a counter or a row of them. */
const COUNTERS = new RegExp(`^${GROUP}(?:\\s*[|·•/,]?\\s*${GROUP}){0,7}$`, 'iu');
const TRIGGER_WORDS = new RegExp(WORDS, 'iu');
const TRIGGER_EMOJI = new RegExp(EMOJI, 'u');
// Emoji are never ASCII: most text skips the costly emoji classes.
const NOT_ASCII = /[^\u0020-\u007e]/;
const TRIGGER = {
  test: (t: string) => TRIGGER_WORDS.test(t) || (NOT_ASCII.test(t) && TRIGGER_EMOJI.test(t)),
};
/** Counters named for what they count: <span class="like-count">88</span>. */
const NAMED = namePattern(/[ -](likes?|votes?|upvotes?|reactions?|claps?|kudos|hearts?)[ -]/);
const ONLY_NUMBER = new RegExp(`^${COUNT}$`, 'iu');
const DATA = new Set(['table', 'figcaption', 'pre', 'code']);

function isCounter(el: Element, text: string): boolean {
  return COUNTERS.test(text) || (ONLY_NUMBER.test(text) && NAMED.test(names(el)));
}

export const reactionsRule: ClutterRule = {
  kind: 'reactions',
  steers: false,
  find: (root) =>
    findBlocks(root, {
      seeds: {
        text: (text) => TRIGGER.test(text),
        textChars: 80,
        named: (own) => NAMED.test(own),
        unless: (node) => within(node, DATA),
      },
      accept: (el, m) => m.looseMedia === 0 && isCounter(el, m.text),
      maxChars: 120,
      maxLevels: 4,
    }),
};

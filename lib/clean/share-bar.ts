// Why: rows of share buttons sit above and below every story; as text they read
// "Share Facebook Twitter WhatsApp Email" and carry nothing of the story.
//
// Removes: <ul class="share"><li><a href="https://www.facebook.com/sharer/sharer.php?u=…">f</a>…</ul>,
//          <div><a href="https://twitter.com/intent/tweet?…">Tweet</a> <a href="mailto:?subject=…">Email</a></div>,
//          <button>Share</button>, <div>分享到：<a>微博</a><a>微信</a></div>, <span>Compartir</span>
// Leaves:  <p>He posted it on <a href="https://twitter.com/someone/status/1">Twitter</a> …</p>,
//          <p>Shares of Apple rose 3%.</p>, <figure><img><a href="…pinterest.com/pin/create…">Pin</a></figure>
import { findBlocks } from './blocks';
import { namePattern } from './names';
import type { ClutterRule } from './rule';

const SHARE_URL = new RegExp(
  [
    String.raw`facebook\.com/(sharer|share\.php|dialog/(share|feed|send))`,
    String.raw`(twitter|x)\.com/(intent/(tweet|post)|share\b|home\?status)`,
    String.raw`linkedin\.com/(sharearticle|sharing|shareArticle|cws/share)`,
    String.raw`wa\.me/\?|(api|web)\.whatsapp\.com/send|^whatsapp://send`,
    String.raw`t(elegram)?\.me/share|^tg://msg|service\.weibo\.com/share|v\.t\.sina\.com\.cn/share`,
    String.raw`reddit\.com/submit|pinterest\.[a-z.]+/pin/create|tumblr\.com/(share|widgets/share)`,
    String.raw`social-plugins\.line\.me|line\.me/R/msg|vk\.com/share|connect\.ok\.ru|getpocket\.com/(save|edit)`,
    String.raw`flipboard\.com/bookmarklet|news\.ycombinator\.com/submitlink|xing\.com/(spi/)?share`,
    String.raw`addtoany\.com/(add_to|share)|addthis\.com/bookmark|sns\.qzone\.qq\.com|connect\.qq\.com/widget/shareqq`,
    String.raw`^mailto:\?|^sms:\?|[?&](share-?url|shareurl)=`,
  ].join('|'),
  'i',
);
const WORDS = String.raw`share( (this|the) (article|story|post|page))?|share (on|via|to|with|by) \p{L}+|shares?|sharing|tweet|post|email|e-mail|mail|facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|pin|tumblr|weibo|wechat|line|flipboard|pocket|messenger|threads|bluesky|copy link|compartir|compartilhar|partager|teilen|condividi|поделиться|分享(到)?|微博|新浪微博|微信|朋友圈|qq|qq空间|more|更多|シェア|ツイート|공유|(did you )?(like|enjoy|enjoyed|love) (this|the) (story|article|post)|share it( with (a friend|your friends|others))?`;
const SEP = String.raw`[\s|·•/,:：()\d.kKmM+?!]`;
const SHARE_ONLY = new RegExp(`^${SEP}*(?:(?:${WORDS})(?=${SEP}|$)${SEP}*)*$`, 'iu');
const TRIGGER =
  /^\s*(?:share|tweet|(?:did you )?(?:like|enjoy|enjoyed|love) this (?:story|article|post)|compartir|compartilhar|partager|teilen|condividi|поделиться|分享|シェア|공유)/iu;
const NAMED = namePattern(
  /[ -](share|shares|sharing|share-bar|share-buttons|social-share|sharethis|addthis|addtoany|a2a|shariff|ssba|social-icons|social-links)[ -]/,
);

const LINKS = new Set(['a']);

function isShareLink(el: Element): boolean {
  return el.localName === 'a' && SHARE_URL.test(el.getAttribute('href') ?? '');
}

export const shareBarRule: ClutterRule = {
  kind: 'share-bar',
  find: (root) =>
    findBlocks(root, {
      seeds: {
        text: (text) => TRIGGER.test(text),
        textChars: 40,
        named: (own) => NAMED.test(own),
        element: isShareLink,
        tags: LINKS,
      },
      // Share icons are pictures inside links; a picture outside them is content.
      accept: (_el, m) => m.looseMedia === 0 && m.fields <= 8 && SHARE_ONLY.test(m.text),
      maxChars: 200,
      maxLevels: 4,
    }),
};

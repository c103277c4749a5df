// Why: ad slots and their "Advertisement" labels break up the story; Readability drops most slots
// but keeps the labels, and on the live page the slots are the noisiest part of it.
//
// Removes: <ins class="adsbygoogle">, <div id="div-gpt-ad-1234">, <div class="ad-slot">…</div>,
//          <p>Advertisement</p>, <div><span>Anzeige</span><iframe></iframe></div>, <p>广告</p>
// Leaves:  <p>The advertisement showed a family at dinner…</p>, <h2>Ad astra</h2>,
//          <div class="ad-free article"> with the story in it (too long to be a slot)
import { findBlocks } from './blocks';
import { namePattern, names } from './names';
import type { ClutterRule } from './rule';
import { fold } from './text';

const LABEL =
  /^(advertisements?|advertising|advert|ads?|iklan|sponsored( content| post| links?)?|paid (content|post|partner)|promoted( content)?|anzeigen?|werbung|publicidad|publicité|pub|pubblicità|publicidade|реклама|广告|廣告|広告|スポンサーリンク|スポンサードリンク|광고|(story|article|content) continues (below|after)( this)?( advertisement| ad)?|continue reading (below|after)( advertisement| ad)?|advertisement\s*[-–—]\s*scroll to continue( with content)?)$/iu;
/** Affiliate disclosures are advertising too: "This post may contain affiliate links." */
const DISCLOSURE =
  /^(this|the) (post|article|page|story|site|content) (may )?(contains?|includes?) (affiliate|sponsored|referral)|^[\p{L}\p{N} .&'’-]{1,40} (may|might|will|could) (earn|receive|get) (an? )?(small )?(affiliate )?commission/iu;
// Labels and disclosures open their text node: test the start only (prose says "roads", "public").
const TRIGGER =
  /^\s*(advert|ads?\b|sponsor|paid|promot|anzeige|werbung|publici|pub\b|iklan|реклама|广告|廣告|広告|スポンサー|광고|(story|article|content) continues|continue reading|(this|the) (post|article|page|story|site|content) (may )?(contain|include))/iu;
/** "BGR may receive a commission…": the disclosure names the site first, so look for the word. */
const COMMISSION = /\bcommission/i;
const NAMED = namePattern(
  / (ad|ads|advert|adverts|advertisement|advertising|ad-(slot|unit|container|wrapper|box|banner|block|placeholder|zone|space|region|label)|adsbygoogle|adsense|dfp-ad|gpt-ad|native-ad|sponsored-content|ad-wrap|adslot|adunit|adbox|adblock-(notice|message))( |$)|^ (div-gpt-ad|google-ads|gpt-ad|ad-slot|dfp-)/,
);
const AD_SRC =
  /doubleclick\.net|googlesyndication\.com|adservice\.google|amazon-adsystem\.com|adnxs\.com|taboola\.com\/libtrc|criteo\./i;

function isSlot(el: Element): boolean {
  return NAMED.test(names(el)) || isTaggedSlot(el);
}

/** A slot said so by its attributes: ad-server markers, an ad network's frame. */
function isTaggedSlot(el: Element): boolean {
  if (
    el.hasAttribute('data-ad-slot') ||
    el.hasAttribute('data-ad-unit') ||
    el.hasAttribute('data-google-query-id')
  ) {
    return true;
  }
  return el.localName === 'iframe' && AD_SRC.test(el.getAttribute('src') ?? '');
}

export const adRule: ClutterRule = {
  kind: 'ad',
  find: (root) =>
    findBlocks(root, {
      seeds: {
        text: (text) => TRIGGER.test(text) || COMMISSION.test(text),
        textChars: 250,
        named: (own) => NAMED.test(own),
        element: isTaggedSlot,
      },
      // A slot holds an ad, not a story: slots with a lot of text are someone's misnamed article.
      accept: (el, m) =>
        LABEL.test(fold(m.text)) ||
        (DISCLOSURE.test(m.text) && m.chars <= 250) ||
        (isSlot(el) && m.chars <= 300),
      // Wrappers only; the ad itself may be an iframe or a picture beside its label.
      grow: (_el, m, inner) => m.chars === inner.chars,
      maxChars: 300,
      maxLevels: 3,
    }),
};

// Why: premium and paywall boxes ("Upgrade to Premium", "Subscribe to keep reading") are sales
// copy inside the story's container; a reader of the story has no use for them.
//
// Removes: <div class="paywall"><h3>Subscribe to keep reading</h3><a>Subscribe</a></div>,
//          <p>To view factuality data please Upgrade to Premium</p>, <div>Become a member …</div>,
//          <p>Cet article est réservé aux abonnés.</p>
// Leaves:  <p>She decided to become a member of the club in 1998, and later…</p> (the phrase does
//          not open the block), <div class="premium"><p>Long story text…</p></div> (not a box)
import { findBlocks } from './blocks';
import type { Measure } from './measure';
import { namePattern, names } from './names';
import type { ClutterRule } from './rule';

const PHRASES = [
  `(please )?upgrade (to|for) (premium|pro|plus|a paid|unlimited)|(please )?upgrade (now|today)`,
  `to (view|see|read|access|unlock|continue) [^.!?]{0,60}(please )?(upgrade|subscribe|sign in|log in|become a member)`,
  `subscribe (now |today )?to (keep|continue) (reading|watching)|subscribe (now|today)( for [^.]{0,40})?`,
  String.raw`continue reading (with|for) [^.]{0,40}|(start|begin|try) (your )?(free trial|\d+[- ]day)`,
  `become an? (member|subscriber|supporter|patron|insider)|join (now|today) (to|and)`,
  String.raw`already an? (subscriber|member)\??|(this|the) (article|story|content|feature) is (only )?(available|reserved|exclusive) (to|for)`,
  `(exclusive(ly)?|only) (for|to) (premium |paying |digital )?(subscribers|members)|(subscribers|members)[- ]only( content| article)?`,
  `unlock (this|full|unlimited|all|the full)|get (unlimited|full|digital|premium) access|premium (content|article|members)`,
  `you('ve| have) (reached|read) (your|the|all) (free |monthly )?(article|story|page)?s? ?(limit|for this month)?`,
  `support (our|independent|quality) journalism|(please )?(consider )?(subscribing|supporting us)`,
  `suscr[ií]bete para (seguir|continuar) leyendo|hazte (socio|suscriptor|miembro)|contenido (exclusivo )?para suscriptores`,
  `(cet article est )?réservé aux abonnés|abonnez-vous pour (lire|continuer)|déjà abonné`,
  String.raw`jetzt (abonnieren|abonnement)|weiterlesen mit|exklusiv für abonnenten|\+-artikel`,
  `exclusivo para assinantes|assine (já|agora)|contenuto riservato agli abbonati|abbonati (ora|subito)`,
  `开通会员|升级会员|成为会员|订阅后(阅读|查看)|付费阅读|vip专享|会员专享|购买后阅读|有料会員|会員限定`,
  // Plugs for the publisher's other products: its channel, its magazine, its app, its forums.
  `subscribe to (our |the )?[^.!?]{1,40}?(youtube|podcast|channel|magazine|sister (title|publication)|print edition)`,
  String.raw`(get|receive|have) [^.!?]{0,40}delivered (through|to) your (letterbox|door|doorstep|mailbox|home)|\d+ issues for`,
  `(get|take out|buy) a subscription|(if you (enjoyed|liked|value|appreciate) this (article|story|post|piece|journalism))`,
  `get (full |unlimited |premium |digital )?access to [^.!?]{0,80}(for as little as|subscriptions?)|for as little as`,
  `join our [^.!?]{0,30}(forums?|community)|(download|get) (the|our) [^.!?]{0,30}app( now| today)?$`,
];
const UPSELL = new RegExp(`(?:${PHRASES.join('|')})`, 'iu');
/** A lead-in before the pitch: "Click here to…", "Need more space? Subscribe…". */
const LEAD_IN = String.raw`(?:(?:click|tap) here (?:to |and )|(?:need|want) more [^?]{1,30}\?\s*)?`;
const STARTS = new RegExp(`^${LEAD_IN}(?:${PHRASES.join('|')})`, 'iu');
/** Openings of a pitch that a link may split ("Get <a>The Magazine</a> delivered…"). */
const SPLIT = /^(?:get|subscribe to|join our|need more|want more)$|^subscribe to (?:our|the)\b/iu;
/** Bare calls to action: the whole text of a button or link. */
const CTA =
  /^(subscribe|subscribe now|upgrade|upgrade now|go premium|join now|sign in to read|log in to read|suscríbete|abonnez-vous|jetzt abonnieren|assine|abbonati|订阅|立即订阅|开通会员)$/iu;
const NAMED = namePattern(
  /[ -](paywall|pay-wall|upsell|regwall|reg-wall|subscribe-(box|banner|prompt|wall)|subscription-(prompt|wall|banner)|premium-(box|banner|wall|prompt)|piano-(inline|offer)|tp-container-inner|meter-(banner|prompt))[ -]/,
);

// A box, not a story: little of its text is anything but sales copy.
function isBox(m: Measure): boolean {
  let other = 0;
  for (const p of m.pieces) if (!UPSELL.test(p) && !CTA.test(p)) other += p.length;
  return m.looseMedia <= 1 && other <= 150;
}

export const upsellRule: ClutterRule = {
  kind: 'upsell',
  find: (root) =>
    findBlocks(root, {
      seeds: {
        text: (text) => STARTS.test(text) || CTA.test(text) || SPLIT.test(text),
        textChars: 300,
        named: (own) => NAMED.test(own),
      },
      accept: (el, m) =>
        isBox(m) &&
        (STARTS.test(m.text) ||
          (UPSELL.test(m.text) && CTA.test(m.pieces.at(-1) ?? '')) ||
          (NAMED.test(names(el)) && m.chars <= 600)),
      grow: (_el, m) =>
        isBox(m) && (STARTS.test(m.text) || UPSELL.test(m.text) || CTA.test(m.pieces.at(-1) ?? '')),
      maxChars: 600,
      maxLevels: 4,
    }),
};

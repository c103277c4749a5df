// Why: newsletter sign-up boxes interrupt stories ("Sign up for our daily briefing") and survive
// Readability as a paragraph and a stray "Subscribe" link.
//
// Removes: <form><p>Sign up for our newsletter</p><input type="email"><button>Sign up</button></form>,
//          <aside><h3>Morning Briefing</h3><p>Get the news in your inbox every day.</p><a>Subscribe</a></aside>,
//          <div>Suscríbete a nuestro boletín</div>
// Leaves:  <p>The company urged readers to sign up for its newsletter, which now reaches…</p>,
//          <form role="search"><input type="search"></form>
import { findBlocks } from './blocks';
import type { Measure } from './measure';
import { namePattern, names } from './names';
import type { ClutterRule } from './rule';

const PHRASES = [
  String.raw`(sign up|subscribe|register|join|opt in)( now| today| here)?( for| to)( (our|the|my|this|a))? ([\p{L}'’-]+ ){0,3}(newsletters?|briefings?|digest|emails?|e-mails?|bulletin|updates|alerts|mailing list)`,
  String.raw`(get|receive|have) ([\p{L}'’-]+ ){0,6}(delivered )?(to|in|into) your inbox|delivered (straight |directly )?to your inbox`,
  `enter your e-?mail( address)?|your e-?mail address`,
  String.raw`suscr[ií]bete( a| al)? (nuestro |nuestra )?(bolet[ií]n|newsletter)|recibe ([\p{L}]+ ){0,4}en tu (correo|email)`,
  `inscrivez-vous à (notre )?(newsletter|lettre d'information)|abonnez-vous à (notre )?newsletter`,
  `newsletter (abonnieren|bestellen)|jetzt (zum )?newsletter anmelden`,
  `assine (a |nossa )?newsletter|iscriviti alla (nostra )?newsletter|订阅(我们的)?(新闻|邮件|简报)|メールマガジン|メルマガ`,
];
const NEWSLETTER = new RegExp(`(?:${PHRASES.join('|')})`, 'iu');
/** A word every phrase, title and pitch contains: a cheap first test for every text on the page. */
const KEYWORD =
  /newsletter|briefing|digest|mail|bulletin|updates|alerts|inbox|bolet|correo|lettre|メール|メルマ|订阅/iu;
const STARTS = new RegExp(`^(?:(?:click|tap) here (?:to |and ))?(?:${PHRASES.join('|')})`, 'iu');
/** An imperative that opens a sentence: "…more where that came from. Sign up for X today to get the newsletter". */
const PITCH =
  /(^|[.!?]\s+)(sign up|subscribe|register|join)\b[^.!?]{0,80}\b(newsletters?|inbox|briefing)\b/iu;
/** A box's title: "Newsletter", "Our morning briefing" (the whole text, not a sentence start). */
const TITLE =
  /^((our|the|free) )?((daily|weekly|morning|evening|breaking news) )?(newsletters?|briefing|digest|bolet[ií]n|lettre d'information)$|^(daily|weekly|morning|evening|breaking news) (e-?mails?|e-?mail alerts?)$/iu;
const EMAIL_TYPE = /email/i;
const INPUTS = new Set(['input']);
const NAMED = namePattern(
  /[ -](newsletters?|newsletter-signup|email-signup|signup-box|sign-up-box|optin|opt-in|mailing-list|subscribe-box|subscription-box)[ -]/,
);

// A box, not a story: little of its text is anything but the sign-up pitch.
function isBox(m: Measure): boolean {
  let other = 0;
  for (const p of m.pieces) if (!NEWSLETTER.test(p) && !TITLE.test(p)) other += p.length;
  return other <= 250;
}

export const newsletterRule: ClutterRule = {
  kind: 'newsletter',
  find: (root) =>
    findBlocks(root, {
      seeds: {
        // The pitch may be split by a link ("Sign up for <a>The Brief</a> to get it in your inbox").
        text: (text) =>
          KEYWORD.test(text) && (NEWSLETTER.test(text) || TITLE.test(text) || PITCH.test(text)),
        textChars: 300,
        named: (own) => NAMED.test(own),
        element: (el) => EMAIL_TYPE.test(el.getAttribute('type') ?? ''),
        tags: INPUTS,
      },
      accept: (el, m) =>
        isBox(m) &&
        (m.emailFields > 0 ||
          STARTS.test(m.text) ||
          (PITCH.test(m.text) && m.chars <= 300) ||
          (TITLE.test(m.text) && el.localName !== 'a') ||
          (NAMED.test(names(el)) && (m.fields > 0 || NEWSLETTER.test(m.text)))),
      grow: (_el, m) =>
        isBox(m) &&
        m.looseMedia <= 1 &&
        (m.emailFields > 0 || NEWSLETTER.test(m.text) || TITLE.test(m.pieces[0] ?? '')),
      maxChars: 600,
      maxLevels: 5,
    }),
};

// Why: cookie and consent banners are part of every page's text and can outweigh a short story
// in Readability's scoring when they are not taken out first.
//
// Removes: <div id="onetrust-banner-sdk">…</div>, <div class="cookie-banner"><p>We use cookies…</p>
//          <button>Accept</button></div>, <div>Utilizamos cookies … <a>Aceptar</a></div>
// Leaves:  <p>Google will phase out third-party cookies in Chrome next year, the company said.</p>,
//          <h2>The best chocolate-chip cookies</h2>
import { findBlocks } from './blocks';
import { namePattern, names } from './names';
import type { ClutterRule } from './rule';

const OPENERS = `(we|this (web)?site|our (web)?site|this page|we and our partners) (use|uses|are using|store)s? (cookies|technologies)|by (continuing|using|clicking)[^.]{0,60}(cookies|consent)|cookie (settings|preferences|policy|consent|notice)|your privacy choices|manage (consent|cookies)|(utilizamos|usamos) cookies|este sitio (web )?(utiliza|usa) cookies|nous utilisons des cookies|ce site utilise des cookies|wir verwenden cookies|diese (web)?seite verwendet cookies|utilizziamo (i )?cookie|questo sito utilizza (i )?cookie|este site (usa|utiliza) cookies|本网站使用|我们使用cookie|クッキーを使用`;
const STARTS = new RegExp(`^(?:${OPENERS})`, 'iu');
const COOKIE = /cookie|consent|gdpr|datenschutz|privacidad|confidentialité|隐私|クッキー/iu;
const ACCEPT =
  /\b(accept|agree|allow|got it|ok|okay|i understand|aceptar|acepto|accepter|j'accepte|akzeptieren|zustimmen|einverstanden|aceitar|accetta|accetto)\b|同意|接受|了解/iu;
// Consent platforms by name, and generic cookie/consent boxes.
const VENDOR = namePattern(
  /[ -](onetrust[\w-]*|cookiebot[\w-]*|cybot[\w-]*|didomi[\w-]*|qc-cmp2?[\w-]*|truste[\w-]*|usercentrics[\w-]*|sp-message[\w-]*|osano[\w-]*|cmp-?(banner|container|wrapper)|fc-consent-root|iubenda-cs[\w-]*)[ -]/,
);
// Whole names only: "cookies-not-set" on <body> is a state flag, not a banner.
const NAMED = namePattern(
  / (cookies?|cookie-(banner|notice|bar|consent|popup|law|message|policy|box|modal|overlay)(-container|-wrapper|-inner)?|consent(-banner|-bar|-popup|-modal)?|gdpr(-banner|-consent|-notice)?|cc-(window|banner)|eu-cookie[\w-]*)( |$)/,
);

export const cookieNoticeRule: ClutterRule = {
  kind: 'cookie-notice',
  find: (root) =>
    findBlocks(root, {
      seeds: {
        text: (text) => STARTS.test(text),
        textChars: 600,
        named: (own) => VENDOR.test(own) || NAMED.test(own),
      },
      accept: (el, m) =>
        VENDOR.test(names(el)) ||
        (COOKIE.test(m.text) &&
          (NAMED.test(names(el)) ||
            (STARTS.test(m.text) && (m.fields > 0 || ACCEPT.test(m.text))))),
      // Over its buttons and wrappers, not over the footer the banner happens to sit in.
      grow: (el, m, inner) =>
        VENDOR.test(names(el)) ||
        NAMED.test(names(el)) ||
        (m.chars - inner.chars <= 120 && m.looseMedia === 0),
      maxChars: 3000,
      maxCharsFor: (seed) =>
        seed.nodeType === 1 && VENDOR.test(names(seed as Element)) ? 50000 : 3000,
      maxLevels: 4,
    }),
};

// Why: players, slideshows and widgets print a stand-in for readers without scripts ("Media playback
// is unsupported on your device", "This slideshow requires JavaScript", "Loading content…"). A saved
// article has no player: the stand-in is a line about nothing.
//
// Removes: <div class="player__caption">Media playback is unsupported on your device</div>,
//          <p class="noscript">This slideshow requires JavaScript.</p>, <div>Loading content ...</div>,
//          <p>Your browser does not support the video tag.</p>, <p>Please enable JavaScript to view…</p>
//          <figure class="video"><iframe></iframe><figcaption>Day 3: the opening statement</figcaption>
//          </figure> (a player's caption, with no player left to play)
// Leaves:  <p>The app requires JavaScript, which the agency's old computers could not run.</p>,
//          <figure><img><figcaption>…</figcaption></figure>, <figure><blockquote>…</blockquote></figure>,
//          <p>Loading docks at the port were closed on Monday.</p>, <pre>Loading…</pre> (code)
import { findBlocks, within } from './blocks';
import type { ClutterRule } from './rule';

const FALLBACK = new RegExp(
  [
    String.raw`^(?:this )?(?:media|video|audio|content|embed|player|slideshow|gallery|interactive|graphic|map|chart|podcast|tweet|post)?\s*(?:playback )?(?:is )?(?:not supported|unsupported|unavailable|not available) (?:on|in|by) (?:your|this) (?:device|browser)`,
    `^(?:this|the) (?:slideshow|gallery|video|player|content|page|feature|interactive|graphic|embed|map|chart|form|widget)s? (?:requires?|needs?) (?:javascript|js|flash|a (?:newer|modern) browser)`,
    String.raw`^(?:please )?(?:enable|turn on|activate) javascript(?: (?:in your browser|to (?:view|see|watch|use|play|load|display|continue)\b.*))?`,
    `^(?:your|this) browser (?:does not|doesn'?t|cannot|can'?t) (?:support|play|display|show)`,
    `^(?:javascript (?:is )?(?:required|disabled)|you need (?:to enable )?javascript)`,
    String.raw`^(?:loading(?: (?:content|comments|video|player|more|the player|gallery))?|cargando|chargement|wird geladen|carregando|caricamento)\s*(?:\.{2,}|…)?$`,
  ].join('|'),
  'iu',
);
const TRIGGER =
  /^(?:this |the |please |your |javascript|you need|loading|cargando|chargement|wird geladen|carregando|caricamento|media|video|audio|content|embed|player|slideshow|gallery|enable|turn on|activate)/iu;
const CODE = new Set(['pre', 'code', 'table']);
const FIGURES = new Set(['figure']);

/**
 * A figure left with a caption and no picture: its player (video, iframe, embed) cannot play in a
 * reader and is dropped by the sanitizer, and a picture Readability dropped is gone too.
 */
function isEmptyFigure(el: Element, chars: number): boolean {
  return el.localName === 'figure' && chars > 0 && chars <= 300 && !el.querySelector(KEPT_MEDIA);
}
const KEPT_MEDIA = 'img, picture, svg, canvas, table, blockquote, pre, code, ul, ol, math';

export const embedFallbackRule: ClutterRule = {
  kind: 'embed-fallback',
  scope: 'article',
  find: (root) =>
    findBlocks(root, {
      seeds: {
        text: (text, node) => TRIGGER.test(text) && !within(node, CODE),
        textChars: 200,
        element: () => true,
        tags: FIGURES,
      },
      accept: (el, m) =>
        isEmptyFigure(el, m.chars) || (m.media === 0 && m.chars <= 200 && FALLBACK.test(m.text)),
      grow: (el, m, inner) =>
        isEmptyFigure(el, m.chars) ||
        (m.chars === inner.chars && m.looseMedia === inner.looseMedia),
      maxChars: 300,
      maxLevels: 3,
    }),
};

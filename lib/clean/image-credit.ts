// Why: photo credits ("Photo: Getty Images", "(Image credit: NASA)", "Credit...Doug Mills/The New
// York Times") sit under every picture and survive Readability as lines of their own; a reader
// wants the caption, not the agency's name after it.
//
// Removes: <span class="credit">Photo: Hau Dinh, AP</span>, <div>(Image credit: Blue Origin)</div>,
//          <figcaption>Caption <span class="article__credit">Credit: EPA</span></figcaption>,
//          <figcaption><span>Reuters</span></figcaption>, <p>Image copyright Getty Images</p>,
//          <span class="attribution">© Amazon</span>, <p>Courtesy of Andrew Vaughan</p>
// Leaves:  <figcaption>Source: World Bank</figcaption> (a chart's data source belongs to the chart),
//          <figcaption>Protesters march in Hong Kong on Sunday.</figcaption> (the caption itself),
//          <p>Photo: Jose Mourinho, left, has replaced Mauricio Pochettino as manager this week</p>
//          (a caption that happens to start like a credit), <li><a>Photos: Europa, icy moon</a></li>
import { findBlocks, within } from './blocks';
import { type Measure, measure } from './measure';
import { namePattern, names } from './names';
import type { ClutterRule } from './rule';

// "Photo:", "Image credit:", "Photograph by", "Credit…", "Image copyright", "©", "Courtesy of".
const PREFIX = String.raw`(?:(?:photo|photos|photograph|photography|image|images|picture|pictures|pic|illustration|foto|fotos|fotografía|imagen|imagem|bild|crédit photo|photo credit|image credit|picture credit|credits?|crédito|créditos|crédits?)(?: credits?)?\s*(?:[:：|]|\.{2,}|…)|(?:photo|photograph|image|picture|illustration|video|photo illustration)(?: by| courtesy(?: of)?| via)|courtesy(?: of)?|(?:image|photo) copyright|©|\(c\))`;
const PREFIXED = new RegExp(String.raw`^\(?\s*${PREFIX}\s*(.+?)\s*\)?\.?$`, 'iu');
const STARTS = new RegExp(String.raw`^\(?\s*${PREFIX}`, 'iu');
const COPYRIGHT_SIGN = /^\(?\s*(?:©|\(c\))/iu;
/** Photo agencies and stock libraries: a credit names one, alone or after a photographer. */
const AGENCY = `getty(?: images)?|ap(?: photo)?|afp|reuters|epa(?:-efe)?|efe|shutterstock|istock(?:photo)?|alamy|pa(?: images| wire)?|bloomberg|zuma(?: press)?|xinhua|anadolu|nurphoto|sopa images|sipa|corbis|newscom|wikimedia commons|unsplash|pixabay|pexels|flickr|handout|supplied|file`;
const AGENCY_ONLY = new RegExp(
  String.raw`^(?:[\p{L}.'’ -]{2,40}\s*(?:/|\||,|–|—| - | via )\s*){0,3}(?:${AGENCY})(?:\s*(?:/\s*)?(?:file|handout|pool))?$`,
  'iu',
);
const NAMED = namePattern(/[ -](credits?|attribution|photographer|photo-by|image-source)[ -]/);
const CAPTION = /[ -]caption[ -]/;
const FIGURE = new Set(['figure', 'figcaption']);
const LINK = new Set(['a']);

/** The value after "Photo:" is a name or two, not a sentence. */
function isNameList(value: string): boolean {
  return value.length <= 60 && value.split(/\s+/).length <= 10 && !/[.!?]\s+\p{Ll}/u.test(value);
}

/** A credit line: every sentence of it is "Photo: Name" (or an agency alone, in a picture). */
export function isCredit(text: string, inPicture: boolean): boolean {
  if (text.length > 140) return false;
  if (inPicture && AGENCY_ONLY.test(text)) return true;
  const parts = text.split(/(?<=\.)\s+(?=\p{Lu}|\()/u);
  return parts.every((part) => {
    // "© 2024 Example Media" alone is a site's rights line; "©" credits a photo only in a picture.
    if (!inPicture && COPYRIGHT_SIGN.test(part)) return false;
    const value = PREFIXED.exec(part)?.[1];
    return value !== undefined && isNameList(value);
  });
}

/** Right under a picture with no words of its own (a figure that lost its <figure> markup). */
function followsPicture(el: Element): boolean {
  const before = el.previousElementSibling;
  if (!before) return false;
  const m = measure(before, 0);
  return m !== null && m.media > 0;
}

function accept(el: Element, m: Measure): boolean {
  // A credit may link the photographer, but a line that is all link leads somewhere else.
  if (m.media > 0 || m.fields > 0 || m.chars === 0 || m.chars > 140 || m.startsWithLink)
    return false;
  if (m.linkChars === m.chars || within(el, LINK, 3)) return false;
  const own = names(el);
  const inPicture = within(el, FIGURE, 4) || CAPTION.test(own) || followsPicture(el);
  if (isCredit(m.text, inPicture || NAMED.test(own))) return true;
  // A box named for credits holds a credit, unless it also holds the caption it credits.
  return NAMED.test(own) && !CAPTION.test(own) && m.chars <= 80 && m.lines.length <= 2;
}

export const imageCreditRule: ClutterRule = {
  kind: 'image-credit',
  scope: 'article',
  find: (root) =>
    findBlocks(root, {
      seeds: {
        text: (text) => STARTS.test(text) || AGENCY_ONLY.test(text),
        textChars: 140,
        named: (own) => NAMED.test(own),
      },
      accept,
      grow: (_el, m, inner) => m.chars === inner.chars && m.media === 0,
      // Credits are printed inline after the caption they belong to.
      inlineOk: (el) => within(el, FIGURE, 4) || NAMED.test(names(el)),
      maxChars: 140,
      maxLevels: 2,
    }),
};

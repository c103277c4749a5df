// Why: stories end with notes about their writer ("About the Author", "Jane Doe is a reporter for
// NBC News.", "Follow her on Twitter @jdoe", "Write to Jane Doe at jane@example.com"). They are about
// the site's staff, not the story, and the reader already has the byline.
//
// Removes: <div class="author-bio"><h2>About the Author</h2><p>Trevor is the Senior Editor…</p></div>,
//          <p>Phil Helsel is a reporter for NBC News.</p> (last in the story),
//          <p><em>Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik.</em></p>,
//          <p>Write to Al Root at allen.root@dowjones.com</p>, <p>Have a tip? Amy may be reached at…</p>
// Leaves:  <p>Jane Doe is a reporter who broke the story in 2017, and…</p> in the middle of a story,
//          <p>Follow the money, investigators say.</p>, <blockquote>… Follow me on Twitter</blockquote>
import { findBlocks, within } from './blocks';
import { type Measure, measure } from './measure';
import { namePattern, names } from './names';
import type { ClutterRule } from './rule';

const NAMED = namePattern(
  /[ -](author-bio|author-box|authorbox|about-author|about-the-author|author-info|author-details|author-profile|author-card|author-description|author-excerpt|author-text|bio-box|entry-author-bio|byline-bio|contributor-bio|writer-bio|post-author-bio|author-bio-container|post-author|author-content)[ -]/,
);
const LABEL =
  /^(about the authors?|about the writer|about the reporter|author bio|über (den|die) autor(in)?|sobre (el|la|o|a) autor(a)?|à propos de l'auteur|l'autore|об авторе)$/iu;

/** Case-insensitive letters in a case-sensitive pattern: names must still start upper-case. */
const ci = (words: string) => words.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const PERSON = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
const JOB = ci(
  'reporter|writer|editor|correspondent|contributor|columnist|journalist|producer|curator|freelancer|host|analyst|critic|blogger|photographer|intern|staffer|reviewer',
);
/** "Jane Doe is a reporter for…", "Jane Doe (jane@x.com) is the senior editor of…". */
const BIO = new RegExp(
  String.raw`^${PERSON}(?:\s*\([^)]{0,60}\))?\s+(?:is|was|has been)\s+(?:a|an|the|\p{L}+['’]s)\s+(?:[\p{L}-]+\s+){0,4}?(?:${JOB})s?\b`,
  'u',
);
const NETWORK = ci('twitter|facebook|instagram|linkedin|x|youtube|threads|bluesky|mastodon');
/** Ways to reach the writer, or to follow them. */
const CONTACT = new RegExp(
  [
    String.raw`^(?:${ci('you can ')})?(?:${ci('e-?mail|write to|reach|contact')}) (?:${ci('the ')})?(?:${PERSON}|${ci('reporters?|writers?|authors?|editors?')})\b.{0,80}(?:@|\bat\b|\bon\b)`,
    String.raw`^(?:${ci('follow|like')}) (?:${ci('him|her|them|us|me')}|${PERSON}|@\w+)\b.{0,80}(?:@\w|${NETWORK})`,
    String.raw`^(?:${ci('have|got')}) ${ci('a (?:news )?tip')}\?|^${PERSON} ${ci('(?:may|can) be reached (?:at|by|on)')}`,
    // The writer's address or handle alone, as the story's last line.
    String.raw`^[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$|^(?:https?://)?(?:www\.)?(?:twitter|x|instagram|facebook|linkedin)\.com/[\w.-]+/?$|^@\w{2,30}$`,
  ].join('|'),
  'u',
);

/** How many characters of story follow this block inside root (a note closes the story). */
function textAfter(root: ParentNode, el: Element): number {
  let chars = 0;
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    for (let s = node.nextSibling; s; s = s.nextSibling) {
      // Bounded: past the limit the answer is known, however long the rest of the story is.
      const m = measure(s, 400 - chars);
      chars = m ? chars + m.chars : 401;
      if (chars > 400) return chars;
    }
  }
  return chars;
}

function accepter(root: ParentNode) {
  return (el: Element, m: Measure): boolean => {
    if (m.fields > 0 || m.chars === 0 || within(el, QUOTES, 3)) return false;
    if (NAMED.test(names(el))) return m.chars <= 1500;
    if (LABEL.test(m.pieces[0] ?? '')) return m.chars <= 1500 && m.pieces.length > 1;
    if (m.chars > 400 || m.looseMedia > 0) return false;
    // A note about the writer closes the story; the same sentence mid-story is the story's.
    const note = CONTACT.test(m.text) || (m.chars <= 300 && BIO.test(m.text));
    return note && textAfter(root, el) <= 400;
  };
}
const QUOTES = new Set(['blockquote', 'q', 'table']);
// Links split these notes into pieces ("Follow <a>@jdoe on Twitter</a>"): start from the first words.
const TRIGGER =
  /^(?:you can |follow |like us|e-?mail |write to|reach |contact |have a|got a|@\w|(?:https?:\/\/)?(?:www\.)?(?:twitter|x|instagram|facebook|linkedin)\.com\/)|(?:may|can) be reached|^[\w.+-]+@[\w-]+\.\w/iu;

export const authorBioRule: ClutterRule = {
  kind: 'author-bio',
  scope: 'article',
  find: (root) => {
    const accept = accepter(root);
    return findBlocks(root, {
      seeds: {
        text: (text) => TRIGGER.test(text) || BIO.test(text) || LABEL.test(text),
        textChars: 400,
        named: (own) => NAMED.test(own),
      },
      accept,
      grow: (el, m, inner) => (m.chars === inner.chars && m.looseMedia === 0) || accept(el, m),
      maxChars: 1500,
      maxLevels: 4,
    });
  },
};

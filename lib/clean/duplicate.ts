// Why: slideshows print each caption twice or more (a thumbnail strip and the full view, a
// mobile and a desktop copy). A reader needs each caption once.
//
// Removes: the second <figcaption>In this Sunday photograph, a row of unsold cars…</figcaption> of a
//          gallery, <div class="caption">…</div> repeating an earlier caption word for word
// Leaves:  the first copy; repeated paragraphs of the story itself (an interview asks each guest
//          the same question, a recipe repeats a step), short repeats ("Photo: AP")
import { within } from './blocks';
import { measure } from './measure';
import { namePattern } from './names';
import type { ClutterRule } from './rule';
import { type Seeds, walkFinding } from './walk';

const FIGURE = new Set(['figure', 'figcaption']);
const CAPTION = namePattern(/[ -](caption|captions|caption-text|caption-full|wp-caption-text)[ -]/);
const MIN_CHARS = 30;

/** A caption: in a figure, or a box named for one. Story paragraphs may repeat; captions need not. */
/** Captions: a <figcaption>, an element named as one, or anything inside a figure. */
const CAPTIONS: Seeds = {
  named: (own) => CAPTION.test(own),
  element: (el) => el.localName === 'figcaption' || within(el, FIGURE, 3),
};

export const duplicateRule: ClutterRule = {
  kind: 'duplicate',
  scope: 'article',
  find(root) {
    const seen = new Map<string, Element>();
    return walkFinding(
      root,
      (node) => {
        const el = node as Element;
        const m = measure(el, 600);
        if (!m || m.chars < MIN_CHARS || m.fields > 0 || m.media > 0) return null;
        const first = seen.get(m.text);
        if (!first) seen.set(m.text, el);
        // A box and the paragraph it wraps read the same: that is one copy, not two.
        return first && !first.contains(el) ? [el] : null;
      },
      CAPTIONS,
    );
  },
};

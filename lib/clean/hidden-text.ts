// Why: pages carry text a reader never sees on screen: blocks only a printer shows (the page's
// address over the headline, a citation box) and hover cards that pop up over a name (a photo,
// the name again, the person's latest headlines). Readability has no style sheets to tell; in
// a reader they become stray lines, or headlines glued into the middle of a sentence.
//
// Removes: <div class="print-header"><span>https://example.com/story.php</span></div>,
//          <div class="d-none d-print-block">Citation: … retrieved 20 November 2019 from …</div>,
//          <p>… Rep. <a>Jane Doe</a><span class="rollover-people-block"><a>Jane Doe</a><a>Her
//          latest headline</a></span> said …</p> (the card, not the name)
// Leaves:  <div class="d-print-block">…</div> without d-none (shown on screen too),
//          <p class="printer">The printer jammed…</p>, <span class="tooltip">term</span> (the term
//          itself, which the page shows), <button class="print">Print</button> (controls)
import { findBlocks } from './blocks';
import { namePattern, names } from './names';
import type { ClutterRule } from './rule';

const PRINT_ONLY = namePattern(
  /[ -](print-only|printonly|only-print|visible-print|visible-print-block|show-for-print|show-on-print|print-header|print-footer|print-url|print-logo|print-info|print-byline)[ -]/,
);
/** Cards that appear on hover: the content box, not the word it explains. */
const HOVER_CARD = namePattern(
  /[ -](?:rollover|hovercard|hover-card|popover|tooltip)(?:-[a-z]+)*-(?:block|content|body|card|panel|popup|inner)[ -]|[ -](hovercard|hover-card|tooltiptext)[ -]/,
);
/** Bootstrap's "print it" classes only mean print-only beside a screen-hiding one. */
const PRINT_SHOWN = namePattern(/[ -]d-print-(block|inline|inline-block|flex|table)[ -]/);
const SCREEN_HIDDEN = namePattern(
  /[ -](d-none|hidden|hide|hidden-xs|hidden-sm|hidden-md|hidden-lg)[ -]/,
);

function isHidden(own: string): boolean {
  return (
    own !== '' &&
    (PRINT_ONLY.test(own) ||
      HOVER_CARD.test(own) ||
      (PRINT_SHOWN.test(own) && SCREEN_HIDDEN.test(own)))
  );
}

export const hiddenTextRule: ClutterRule = {
  kind: 'hidden-text',
  scope: 'article',
  find: (root) =>
    findBlocks(root, {
      seeds: { named: isHidden },
      // Whatever it holds: nobody saw it on screen. The cap keeps a misnamed story safe.
      accept: (el, m) => isHidden(names(el)) && m.chars <= 2000,
      grow: (_el, m, inner) => m.chars === inner.chars && m.looseMedia === inner.looseMedia,
      // A hover card sits inside the sentence whose name it explains.
      inlineOk: () => true,
      maxChars: 2000,
      maxLevels: 2,
    }),
};

import { describe, expect, it } from 'vitest';
import { hiddenTextRule as rule } from '../../../lib/clean/hidden-text';
import { finds, PROSE } from './helpers';

describe('hidden-text', () => {
  it.each([
    [
      'a print header',
      '<div class="print-header"><span>https://news.example/story.php</span></div>',
    ],
    [
      'a print-only citation box',
      '<div class="d-none d-print-block"><strong>Citation: Story title (2019) retrieved 20 November 2019</strong></div>',
    ],
  ])('removes %s', (_, html) => {
    expect(finds(rule, `${html}${PROSE}`)).toHaveLength(1);
  });

  it('removes a hover card and leaves the name in the sentence', () => {
    const found = finds(
      rule,
      '<p>A man threatened to kill Rep. <span class="rollover-people"><a href="/p/jd">Jane Doe</a><span class="rollover-people-block"><a href="/p/jd">Jane Doe</a><a href="/n/1">Her latest headline about a bill</a></span></span> last year, officials said.</p>',
    );
    expect(found).toEqual(['Jane Doe Her latest headline about a bill']);
  });

  it.each([
    ['a block shown on screen and in print', '<div class="d-print-block">Shown everywhere</div>'],
    ['a paragraph about a printer', '<p class="printer">The printer jammed twice.</p>'],
    ['a tooltip term', '<p>The <span class="tooltip">GDP</span> rose.</p>'],
  ])('keeps %s', (_, html) => {
    expect(finds(rule, `${PROSE}${html}`)).toEqual([]);
  });
});

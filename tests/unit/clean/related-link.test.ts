import { describe, expect, it } from 'vitest';
import { relatedLinkRule as rule } from '../../../lib/clean/related-link';
import { finds, PROSE } from './helpers';

describe('related-link', () => {
  it.each([
    [
      'a bold headline in capitals',
      '<p><strong><a href="/x">TAYLOR SWIFT CLEARED TO PERFORM HITS AT AMAS</a></strong></p>',
    ],
    [
      'a capitals link within the site',
      '<p><a href="https://news.example/apps">CLICK HERE TO GET THE NEWS APP</a></p>',
    ],
    [
      'a label inside the link',
      '<p>(<a href="/y"><strong><em>Read also: The actors who will play the knights</em></strong></a>)</p>',
    ],
    [
      'a label as its own span',
      '<a class="read-more-big" href="/z"><span>Also on news.example</span><span>Journalists threatened with arrest</span></a>',
    ],
  ])('removes %s', (_, html) => {
    expect(finds(rule, `${PROSE}${html}${PROSE}`)).toHaveLength(1);
  });

  it.each([
    ['a plain link paragraph', '<p><a href="/report.pdf">Read the full report</a></p>'],
    [
      'a label in a sentence',
      "<p>Read also the minister's letter, <a href='/l'>published on Monday</a>.</p>",
    ],
    [
      'a capitals link to another site',
      '<p><a href="https://results.example.org/swim">CLICK FOR FULL STATE SWIM RESULTS</a></p>',
    ],
    ['a heading that is a link', '<h2><a href="/s2">SECTION TWO OF THE REPORT</a></h2>'],
  ])('keeps %s', (_, html) => {
    expect(finds(rule, `${PROSE}${html}`)).toEqual([]);
  });
});

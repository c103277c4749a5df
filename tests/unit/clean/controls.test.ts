import { describe, expect, it } from 'vitest';
import { controlsRule as rule } from '../../../lib/clean/controls';
import { finds, findsTags, PROSE } from './helpers';

describe('controls', () => {
  it.each([
    ['a lone view link', '<a href="#">View</a>', 'View'],
    ['font size buttons', '<span><a href="#">A+</a> <a href="#">A-</a></span>', 'A+ A-'],
    ['bracketed Chinese controls', '<div>【打印】【关闭】</div>', '【打印】【关闭】'],
    ['a listen button', '<button>Listen to this article</button>', 'Listen to this article'],
    ['a slideshow position', '<span>Image 2 of 5</span>', 'Image 2 of 5'],
  ])('removes %s', (_, html, text) => {
    expect(finds(rule, `${PROSE}<div>${html}</div>${PROSE}`)).toEqual([text]);
  });

  it('removes an icon button named by its label', () => {
    expect(
      findsTags(
        rule,
        `${PROSE}<div class="tools"><button aria-label="Print"><svg></svg></button></div>`,
      ),
    ).toEqual(['div']);
  });

  it('takes the button off a picture, never the picture', () => {
    const body = `${PROSE}<figure><img src="a.jpg"><button aria-label="Zoom"></button></figure>`;
    expect(findsTags(rule, body)).toEqual(['button']);
  });

  it('keeps a meta line beside the control', () => {
    expect(finds(rule, '<div><span>By Jane Doe</span> <a href="#">Print</a></div>')).toEqual([
      'Print',
    ]);
  });

  it.each([
    [
      'prose about printing',
      '<p>Print editions will end in May, the publisher said on Monday.</p>',
    ],
    ['a headline', '<h2>Save the date</h2>'],
    [
      'a link inside a sentence',
      '<p>Read the full report (<a href="/r.pdf">PDF</a>) published by the ministry on Monday.</p>',
    ],
  ])('keeps %s', (_, html) => {
    expect(finds(rule, `${PROSE}${html}`)).toEqual([]);
  });
});

describe('controls: skip links, account links and picture counters', () => {
  it.each([
    ['a skip link', '<a class="skip-link" href="#content">Skip to content</a>'],
    ['a sign-in link', '<a href="/login">Sign in</a>'],
    ['an author archive link', '<a href="/author/jd">View author archive</a>'],
    ['a gallery counter', '<p><span class="article__gallery-count-value">6</span></p>'],
  ])('removes %s', (_, html) => {
    expect(finds(rule, `${PROSE}${html}${PROSE}`)).toHaveLength(1);
  });

  it('keeps a bare number that is not named as a counter', () => {
    expect(finds(rule, `${PROSE}<p><span class="score">6</span></p>`)).toEqual([]);
  });
});

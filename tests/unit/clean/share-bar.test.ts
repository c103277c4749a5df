import { describe, expect, it } from 'vitest';
import { shareBarRule as rule } from '../../../lib/clean/share-bar';
import { finds, findsTags, PROSE } from './helpers';

describe('share-bar', () => {
  it('removes a list of share links as one bar', () => {
    const body = `${PROSE}<ul class="social"><li><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a></li>
      <li><a href="https://twitter.com/intent/tweet?url=x">Twitter</a></li><li><a href="https://wa.me/?text=x">WhatsApp</a></li></ul>`;
    expect(findsTags(rule, body)).toEqual(['ul']);
  });

  it('removes icon-only share links and their counts', () => {
    const body = `${PROSE}<div><a href="mailto:?subject=Story"><img src="mail.svg" alt=""></a>
      <a href="https://www.linkedin.com/shareArticle?url=x"><img src="in.svg" alt=""></a> <span>1.2k</span></div>`;
    expect(findsTags(rule, body)).toEqual(['div']);
  });

  it.each([
    ['a share button', '<button>Share</button>'],
    ['a Spanish label', '<span>Compartir</span>'],
    [
      'a Chinese row',
      '<div>分享到：<a href="https://service.weibo.com/share/share.php?url=x">微博</a> <a href="#">微信</a></div>',
    ],
  ])('removes %s', (_, html) => {
    expect(finds(rule, `${PROSE}<div class="x">${html}</div>${PROSE}`)).toHaveLength(1);
  });

  it('takes the pin button off a picture, never the picture', () => {
    const body = `${PROSE}<div><img src="photo.jpg" alt=""><a href="https://www.pinterest.com/pin/create/button/?url=x">Pin</a></div>`;
    expect(findsTags(rule, body)).toEqual(['a']);
  });

  it.each([
    [
      'a link to a post in prose',
      '<p>He posted the clip on <a href="https://twitter.com/someone/status/1">Twitter</a> late on Monday night.</p>',
    ],
    ['prose about shares', '<p>Shares of the company rose 3% in early trading.</p>'],
  ])('keeps %s', (_, html) => {
    expect(finds(rule, `${PROSE}${html}`)).toEqual([]);
  });
});

describe('share-bar: share prompts', () => {
  it('removes a "share it with a friend" prompt', () => {
    expect(
      finds(
        rule,
        `${PROSE}<p><em><strong>Like this story? Share it with a friend!</strong></em></p>`,
      ),
    ).toHaveLength(1);
  });

  it('keeps a sentence that likes a story', () => {
    expect(
      finds(
        rule,
        `${PROSE}<p>Readers said they liked this story more than any other this year.</p>`,
      ),
    ).toEqual([]);
  });
});

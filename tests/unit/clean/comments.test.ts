import { describe, expect, it } from 'vitest';
import { commentsRule as rule } from '../../../lib/clean/comments';
import { findsTags, PROSE } from './helpers';

describe('comments', () => {
  it.each([
    [
      'a comments section',
      '<div id="comments"><ol><li>First!</li><li>Great piece, thanks.</li></ol></div>',
      'div',
    ],
    ['a Disqus container', '<div id="disqus_thread"></div>', 'div'],
    ['a comment list', '<ol class="commentlist"><li>Nice.</li></ol>', 'ol'],
    [
      'a Disqus frame',
      '<iframe src="https://disqus.com/embed/comments/?f=site"></iframe>',
      'iframe',
    ],
  ])('removes %s', (_, html, tag) => {
    expect(findsTags(rule, `${PROSE}${html}`)).toEqual([tag]);
  });

  it('removes a "Leave a reply" form box', () => {
    const body = `${PROSE}<section><h3>Leave a Reply</h3><form><textarea></textarea><input type="email" name="email"><button>Post</button></form></section>`;
    expect(findsTags(rule, body)).toEqual(['section']);
  });

  it.each([
    ['a story flagged as having comments', `<article class="post has-comments">${PROSE}</article>`],
    ['a paper section', '<h2>Discussion</h2><p>The results suggest that the effect is small.</p>'],
  ])('keeps %s', (_, html) => {
    expect(findsTags(rule, `${PROSE}${html}`)).toEqual([]);
  });
});

describe('comments: "Tell us what you think"', () => {
  it('removes the label over a reply form', () => {
    expect(
      findsTags(
        rule,
        `${PROSE}<div><h3>Tell us what YOU think...</h3><form><textarea></textarea></form></div>`,
      ),
    ).toEqual(['div']);
  });
});

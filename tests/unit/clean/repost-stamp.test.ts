import { describe, expect, it } from 'vitest';
import { isRepostStamp, repostStampRule as rule } from '../../../lib/clean/repost-stamp';
import { finds, PROSE } from './helpers';

describe('repost-stamp', () => {
  it.each([
    '<div>Date:2025-03-02 08:11:09</div>',
    '<p>Source: Reuters</p>',
    '<span>来源：新华社</span>',
    '<p>Originally published by The Conversation.</p>',
    '<p>Reposted from the Daily Planet with permission.</p>',
    '<p>转载请注明出处</p>',
    '<p>Fuente: EFE</p>',
    '<div>来源：人民网 作者：李明 责任编辑：王芳</div>',
    '<p>Published Monday, November 18, 2019 8:22AM EST</p>',
  ])('removes %s', (html) => {
    expect(finds(rule, `${PROSE}${html}${PROSE}`)).toHaveLength(1);
  });

  it('takes only the stamp, not a short paragraph beside it', () => {
    const found = finds(rule, '<div><p>Source: AP</p><p>Officials said on Monday.</p></div>');
    expect(found).toEqual(['Source: AP']);
  });

  it.each([
    [
      'a sentence that names a source',
      '<p>Source: a person familiar with the talks said the deal would close in May.</p>',
    ],
    [
      'a sentence that starts like a credit',
      '<p>Originally published in 1851, the novel sold poorly.</p>',
    ],
    ['a byline', '<p>Author: Jane Doe</p>'],
    [
      'a chart credit in a figure',
      '<figure><img src="c.png"><figcaption>Source: World Bank</figcaption></figure>',
    ],
    ['a data line that is not a date', '<p>Data: 3.5 million households</p>'],
    ['a Chinese sentence about reposting', '<p>他转载了这篇文章。</p>'],
  ])('keeps %s', (_, html) => {
    expect(finds(rule, `${PROSE}${html}`)).toEqual([]);
  });

  it('reads several fields as one stamp only when one states provenance', () => {
    expect(isRepostStamp('Date: 2024-05-01 Source: AFP')).toBe(true);
    expect(isRepostStamp('Author: Jane Doe Editor: John Roe')).toBe(false);
  });
});

describe('repost-stamp: wrapped credits and farm disclaimers', () => {
  it.each([
    '（来源：新华网）',
    '[Source: AFP]',
    'Disclaimer: This article is reproduced from other media for the purpose of conveying more information. It does not mean that this website agrees with its views.',
    '免责声明：本文转载自网络，不代表本站观点。',
  ])('removes %s', (text) => {
    expect(isRepostStamp(text)).toBe(true);
  });

  it.each([
    'Disclaimer: the author owns shares in the company mentioned in this article.',
    '(Reporting by Jane Doe; Editing by John Roe)',
    'The study (source: the World Health Organization) found that cases fell by a third over the year.',
  ])('leaves %s', (text) => {
    expect(isRepostStamp(text)).toBe(false);
  });
});

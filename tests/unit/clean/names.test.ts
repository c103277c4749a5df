import { describe, expect, it } from 'vitest';
import '../../../lib/clean/index';
import { namePattern, names, seedNames } from '../../../lib/clean/names';
import { page } from './helpers';

const el = (attrs: string) => page(`<div ${attrs}>x</div>`).querySelector('div') as Element;

describe('names', () => {
  it('reads id and classes as kebab-case words between spaces', () => {
    expect(names(el('id="shareBar" class="post_tags x"'))).toBe(' share-bar post-tags x ');
    expect(names(el('class="  a\n b "'))).toBe(' a b ');
    expect(names(el('data-x="1"'))).toBe('');
  });

  it('shows seeds only the names a declared rule pattern could match', () => {
    expect(seedNames(el('class="share-bar"'))).toBe(' share-bar ');
    expect(seedNames(el('class="css-1x2y3z container"'))).toBe('');
    expect(names(el('class="css-1x2y3z container"'))).toBe(' css-1x2y3z container ');
  });

  it('refuses patterns one alternation of them all could not answer exactly', () => {
    expect(() => namePattern(/[ -](promo)[ -]/i)).toThrow(/flagless/);
    expect(() => namePattern(/[ -](a)-\1[ -]/)).toThrow(/back-references/);
  });
});

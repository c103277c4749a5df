import { describe, expect, it } from 'vitest';
import { breadcrumbRule as rule } from '../../../lib/clean/breadcrumb';
import { finds, PROSE } from './helpers';

describe('breadcrumb', () => {
  it.each([
    [
      'a labelled nav',
      '<nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ol></nav>',
    ],
    [
      'a named list',
      '<ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/b">Business</a></li></ol>',
    ],
    [
      'schema.org microdata',
      '<ol itemscope itemtype="https://schema.org/BreadcrumbList"><li><a href="/">News</a></li><li><a href="/t">Tech</a></li></ol>',
    ],
    ['a prefixed trail', '<div>Current: <a href="/">Home</a> &gt; <a href="/f">Markets</a></div>'],
    ['a Chinese trail', '<p><a href="/">首页</a> &gt; <a href="/i">国际</a></p>'],
    ['a Spanish trail', '<div><a href="/">Inicio</a> » <a href="/m">Mundo</a></div>'],
    [
      'a linked trail without a home link',
      '<div><a href="/n">News</a> › <a href="/e">Europe</a> › <a href="/f">France</a></div>',
    ],
  ])('removes %s', (_, html) => {
    expect(finds(rule, `${html}<h1>Title of the story</h1>${PROSE}`)).toHaveLength(1);
  });

  it('stops at the trail: the title beside it stays', () => {
    const found = finds(
      rule,
      `<header><div>You are here: <a href="/">Home</a> › <a href="/s">Sport</a></div><h1>Cup final</h1></header>`,
    );
    expect(found).toEqual(['You are here: Home › Sport']);
  });

  it.each([
    ['a dateline with a slash', '<p>NEW YORK/SHANGHAI (Reuters) - Stocks rose on Monday.</p>'],
    ['a headline with a comparison', '<h2>Apple > Microsoft? Not quite</h2>'],
    [
      'pagination',
      '<div class="pages"><a href="?p=1">1</a> | <a href="?p=2">2</a> | <a href="?p=3">3</a></div>',
    ],
    ['a byline', '<div><a href="/a">Jane Doe</a> · <a href="/r">Reuters</a> · 3 min read</div>'],
  ])('keeps %s', (_, html) => {
    expect(finds(rule, `${PROSE}${html}`)).toEqual([]);
  });
});

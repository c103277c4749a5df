import { describe, expect, it } from 'vitest';
import { embedFallbackRule as rule } from '../../../lib/clean/embed-fallback';
import { finds, PROSE } from './helpers';

describe('embed-fallback', () => {
  it.each([
    [
      'a player stand-in',
      '<div class="player__caption">Media playback is unsupported on your device</div>',
    ],
    [
      'a slideshow stand-in',
      '<p class="jetpack-slideshow-noscript">This slideshow requires JavaScript.</p>',
    ],
    ['a loading line', '<div><p>Loading content ...</p></div>'],
    ['a video tag fallback', '<p>Your browser does not support the video tag.</p>'],
    [
      "a player's caption with no player left",
      '<figure class="embed--type-video"><iframe src="https://video.example/1"></iframe><figcaption><span>Day 3: the opening statement</span></figcaption></figure>',
    ],
  ])('removes %s', (_, html) => {
    expect(finds(rule, `${PROSE}${html}${PROSE}`)).toHaveLength(1);
  });

  it.each([
    [
      'a sentence about JavaScript',
      "<p>The app requires JavaScript, which the agency's old computers could not run.</p>",
    ],
    ['a sentence about loading', '<p>Loading docks at the port were closed on Monday.</p>'],
    [
      'a picture and its caption',
      '<figure><img src="https://img.example/a.jpg"><figcaption>A view of the port.</figcaption></figure>',
    ],
    [
      'a quote in a figure',
      '<figure><blockquote>We will rebuild.</blockquote><figcaption>The mayor</figcaption></figure>',
    ],
    ['code', '<pre>Loading…</pre>'],
  ])('keeps %s', (_, html) => {
    expect(finds(rule, `${PROSE}${html}`)).toEqual([]);
  });
});

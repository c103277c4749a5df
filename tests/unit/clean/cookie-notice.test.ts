import { describe, expect, it } from 'vitest';
import { cookieNoticeRule as rule } from '../../../lib/clean/cookie-notice';
import { findsTags, PROSE } from './helpers';

describe('cookie-notice', () => {
  it('removes a consent platform container whatever its length', () => {
    const vendors = '<p>Our partners store and access information on your device. </p>'.repeat(60);
    expect(findsTags(rule, `${PROSE}<div id="onetrust-consent-sdk">${vendors}</div>`)).toEqual([
      'div',
    ]);
  });

  it('removes a banner that says what it is, with its buttons', () => {
    const body = `${PROSE}<div><p>We use cookies to improve your experience on our site.</p><button>Accept</button> <button>Settings</button></div>`;
    expect(findsTags(rule, body)).toEqual(['div']);
  });

  it('takes the banner, not the footer it sits in', () => {
    const links =
      '<a href="/about">About us</a> <a href="/jobs">Jobs</a> <a href="/contact">Contact</a> '.repeat(
        8,
      );
    const body = `${PROSE}<footer><nav>${links}</nav><div class="note"><p>This website uses cookies to improve your experience.</p><a href="#">Accept</a></div></footer>`;
    expect(findsTags(rule, body)).toEqual(['div']);
  });

  it('removes a Spanish banner', () => {
    const body = `${PROSE}<section><span>Utilizamos cookies propias y de terceros.</span> <a href="#">Aceptar</a></section>`;
    expect(findsTags(rule, body)).toEqual(['section']);
  });

  it.each([
    [
      'prose about cookies',
      '<p>Google will phase out third-party cookies in Chrome next year, the company said.</p>',
    ],
    ['a recipe heading', '<h2>The best chocolate-chip cookies</h2>'],
    ['a body flagged by a plugin', '<div class="cookies-not-set">Story</div>'],
  ])('keeps %s', (_, html) => {
    expect(findsTags(rule, `${PROSE}${html}`)).toEqual([]);
  });

  it('never takes the page frame, whatever its classes say', () => {
    const doc = `<div>${PROSE}</div>`;
    expect(findsTags(rule, doc)).toEqual([]);
  });
});

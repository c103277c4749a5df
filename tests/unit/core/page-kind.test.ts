import { describe, expect, it } from 'vitest';
import { unreadableMessages, unreadableUrl } from '../../../lib/page-kind';

describe('unreadableUrl', () => {
  it.each([
    ['chrome://version', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['view-source:https://example.com/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/abc', 'store-page'],
    ['https://chrome.google.com/webstore/detail/abc', 'store-page'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'store-page'],
    ['chrome-extension://abcdef/popup.html', 'extension-page'],
    ['file:///home/me/page.html', 'local-file'],
    ['file:///home/me/report.pdf', 'pdf'],
    ['https://example.com/files/report.PDF', 'pdf'],
    [undefined, 'no-tab'],
    ['not a url', 'browser-page'],
  ])('%s cannot be read: %s', (url, reason) => {
    expect(unreadableUrl(url)).toBe(reason);
  });

  it.each([
    'https://news.example.com/2024/01/story.html',
    'http://127.0.0.1:8080/a',
    'https://chrome.google.com/search',
  ])('%s can be tried', (url) => {
    expect(unreadableUrl(url)).toBeNull();
  });

  it('has a message for every reason', () => {
    for (const message of Object.values(unreadableMessages))
      expect(message.length).toBeGreaterThan(20);
  });
});

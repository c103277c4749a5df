// The worker's message handlers are the extension's attack surface: the guard must turn away
// anything malformed or oversized, and listen() must answer nobody but this extension. Written
// against WXT's fakeBrowser; its sendMessage passes no sendResponse, so the registered listener
// is called directly, with the sender the browser would report.

import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listen } from '../../../lib/browser/messaging';
import { isMessageType, parseMessage } from '../../../lib/message-guard';
import type { MessageType } from '../../../lib/messages';

const types: MessageType[] = ['clean-tab', 'get-article', 'set-clutter-hidden', 'to-markdown'];

describe('parseMessage against malformed and oversized payloads', () => {
  it.each([
    ['an id one past the limit', { type: 'get-article', payload: { id: 'x'.repeat(4097) } }],
    ['a megabyte id', { type: 'get-article', payload: { id: 'x'.repeat(1_000_000) } }],
    ['an id that is an array', { type: 'get-article', payload: { id: ['https://a.example/'] } }],
    ['an id that is an object', { type: 'get-article', payload: { id: { toString: 'x' } } }],
    ['a NaN tab', { type: 'clean-tab', payload: { tabId: Number.NaN } }],
    ['an infinite tab', { type: 'clean-tab', payload: { tabId: Number.POSITIVE_INFINITY } }],
    ['a tab as a string', { type: 'clean-tab', payload: { tabId: '7' } }],
    ['a payload that is an array', { type: 'clean-tab', payload: [7] }],
    ['a payload that is a string', { type: 'get-article', payload: 'https://a.example/' }],
    [
      'a __proto__ payload',
      { type: 'get-article', payload: JSON.parse('{"__proto__":{"id":"x"}}') },
    ],
    [
      'a note with 8 MB of HTML',
      { type: 'to-markdown', payload: note({ html: 'x'.repeat(8_000_001) }) },
    ],
    [
      'a note with a 5,000-character title',
      { type: 'to-markdown', payload: note({ title: 't'.repeat(5000) }) },
    ],
    ['a note without an article', { type: 'to-markdown', payload: { ...note(), article: null } }],
    [
      'a note with 101 coverage items',
      {
        type: 'to-markdown',
        payload: {
          ...note(),
          coverage: Array(101).fill({ outlet: 'a', headline: 'b', url: null }),
        },
      },
    ],
    [
      'a note with a word count that is text',
      { type: 'to-markdown', payload: note({ wordCount: '12' }) },
    ],
    ['a prototype method as the type', { type: 'hasOwnProperty', payload: {} }],
    ['constructor as the type', { type: 'constructor', payload: {} }],
  ])('rejects %s', (_name, message) => {
    expect(parseMessage(message)).toBeNull();
  });

  it('accepts the largest id allowed and the smallest note', () => {
    expect(parseMessage({ type: 'get-article', payload: { id: 'x'.repeat(4096) } })).not.toBeNull();
    expect(parseMessage({ type: 'to-markdown', payload: note() })).not.toBeNull();
  });

  it('keeps only well-formed removed entries in a note, and not unboundedly many', () => {
    const good = { kind: 'reactions', text: 'veryGood! (84224)' };
    const bad = [null, 'ad', { kind: 'Not A Kind!', text: 'x' }, { kind: 'ad', text: 42 }];
    const parsed = parseMessage({
      type: 'to-markdown',
      payload: note({ removed: [...bad, good, ...Array(5000).fill(good)] }),
    });
    if (!parsed) throw new Error('a note with some bad entries should still get through');
    const removed = (parsed.payload as { article: { removed: unknown[] } }).article.removed;
    expect(removed[0]).toEqual(good);
    expect(removed.length).toBeLessThanOrEqual(1000);
  });

  it('never throws, and anything it lets through has the protocol shape', () => {
    const message = fc.oneof(
      fc.anything(),
      fc.record({
        type: fc.constantFrom(...types, 'toString', '__proto__'),
        payload: fc.anything(),
      }),
      fc.record({
        type: fc.constantFrom(...types),
        payload: fc.dictionary(fc.constantFrom('tabId', 'id', 'hidden', 'article'), fc.anything()),
      }),
    );
    fc.assert(
      fc.property(message, (m) => {
        const parsed = parseMessage(m);
        if (parsed === null) return;
        expect(isMessageType(parsed.type)).toBe(true);
        const p = parsed.payload as Record<string, unknown>;
        if (parsed.type === 'clean-tab') expect(Number.isInteger(p.tabId)).toBe(true);
        if (parsed.type === 'get-article') expect(typeof p.id).toBe('string');
        if (parsed.type === 'set-clutter-hidden') expect(typeof p.hidden).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});

describe('listen()', () => {
  beforeEach(() => fakeBrowser.reset());

  /** Registers the handlers, and returns a way to deliver a message as the browser would. */
  function worker(handler = vi.fn(async ({ id }: { id: string }) => ({ id }) as never)) {
    listen({ 'get-article': handler });
    const deliver = async (message: unknown, sender: Record<string, unknown>) => {
      const sendResponse = vi.fn();
      // The browser calls listeners with (message, sender, sendResponse); the fake's types know two.
      const trigger = fakeBrowser.runtime.onMessage.trigger as (
        ...args: unknown[]
      ) => Promise<unknown[]>;
      const [kept] = await trigger(message, sender, sendResponse);
      await Promise.resolve();
      await new Promise((done) => setTimeout(done, 0));
      return { kept, sendResponse };
    };
    return { handler, deliver };
  }

  const ours = () => ({
    id: fakeBrowser.runtime.id,
    url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html`,
  });
  const valid = { type: 'get-article', payload: { id: 'https://a.example/' } };

  it('answers this extension', async () => {
    const { handler, deliver } = worker();
    const { kept, sendResponse } = await deliver(valid, ours());
    expect(kept).toBe(true);
    expect(handler).toHaveBeenCalledWith({ id: 'https://a.example/' });
    expect(sendResponse).toHaveBeenCalledWith({ id: 'https://a.example/' });
  });

  it.each([
    ['another extension', { id: 'some-other-extension-id', url: 'chrome-extension://other/bg.js' }],
    [
      'a web page (externally_connectable)',
      { url: 'https://evil.example/', origin: 'https://evil.example' },
    ],
    ['a sender with no id at all', {}],
  ])('ignores %s', async (_name, sender) => {
    const { handler, deliver } = worker();
    const { kept, sendResponse } = await deliver(valid, sender);
    expect(kept).toBe(false);
    expect(handler).not.toHaveBeenCalled();
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it.each([
    ['a malformed payload', { type: 'get-article', payload: { id: 42 } }],
    ['an oversized payload', { type: 'get-article', payload: { id: 'x'.repeat(100_000) } }],
    ['a type it has no handler for', { type: 'set-clutter-hidden', payload: { hidden: true } }],
    ['something that is not a message', 'get-article'],
  ])('ignores %s even from this extension', async (_name, message) => {
    const { handler, deliver } = worker();
    const { kept, sendResponse } = await deliver(message, ours());
    expect(kept).toBe(false);
    expect(handler).not.toHaveBeenCalled();
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('answers with a failure, not silence, when the handler throws', async () => {
    const { deliver } = worker(vi.fn(async () => Promise.reject(new Error('disk full'))));
    const { sendResponse } = await deliver(valid, ours());
    expect(sendResponse).toHaveBeenCalledWith({
      ok: false,
      reason: 'failed',
      message: 'Error: disk full',
    });
  });
});

function note(article: Record<string, unknown> = {}) {
  return {
    article: {
      url: 'https://a.example/s',
      canonicalUrl: 'https://a.example/s',
      title: 'T',
      byline: null,
      siteName: null,
      lang: null,
      publishedAt: null,
      leadImage: null,
      excerpt: null,
      html: '<p>x</p>',
      text: 'x',
      wordCount: 1,
      readingMinutes: 1,
      dateline: null,
      removed: [],
      extractedAt: '2026-01-01T00:00:00.000Z',
      ...article,
    },
    savedAt: '2026-01-01T00:00:00.000Z',
    coverage: [],
    options: {},
  };
}

import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../lib/message-guard';

describe('parseMessage', () => {
  it('accepts the protocol messages with well-formed payloads', () => {
    expect(parseMessage({ type: 'clean-tab', payload: { tabId: 12 } })).toEqual({
      type: 'clean-tab',
      payload: { tabId: 12 },
    });
    expect(
      parseMessage({ type: 'set-clutter-hidden', payload: { hidden: false } })?.payload,
    ).toEqual({
      hidden: false,
    });
  });

  it('drops unknown fields so handlers only see what the protocol names', () => {
    const parsed = parseMessage({
      type: 'get-article',
      payload: { id: 'https://a.example/', extra: 'x' },
    });
    expect(parsed?.payload).toEqual({ id: 'https://a.example/' });
  });

  it.each([
    null,
    'clean-tab',
    { type: 'clean-tab' },
    { type: 'clean-tab', payload: { tabId: '12' } },
    { type: 'clean-tab', payload: { tabId: -1 } },
    { type: 'clean-tab', payload: { tabId: 1.5 } },
    { type: 'get-article', payload: { id: '' } },
    { type: 'get-article', payload: { id: 'x'.repeat(5000) } },
    { type: 'set-clutter-hidden', payload: { hidden: 'yes' } },
    { type: 'toString', payload: {} },
    { type: '__proto__', payload: {} },
    { type: 'delete-everything', payload: {} },
  ])('rejects %j', (message) => {
    expect(parseMessage(message)).toBeNull();
  });
});

import { browser } from 'wxt/browser';
import { parseMessage } from '../message-guard';
import type { Handlers, MessageType, Request, Response } from '../messages';

// The only place that touches browser.runtime messaging: everything else goes through the
// typed Protocol in lib/messages.ts.

export function send<K extends MessageType>(type: K, payload: Request<K>): Promise<Response<K>> {
  return browser.runtime.sendMessage({ type, payload });
}

export function sendToTab<K extends MessageType>(
  tabId: number,
  type: K,
  payload: Request<K>,
): Promise<Response<K>> {
  return browser.tabs.sendMessage(tabId, { type, payload });
}

/**
 * Answers our own messages only: senders outside this extension (web pages through
 * externally_connectable, other extensions) are ignored, as is anything that fails the guard.
 */
export function listen(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return false;
    const envelope = parseMessage(message);
    if (!envelope) return false;
    const handler = handlers[envelope.type] as ((payload: unknown) => Promise<unknown>) | undefined;
    if (!handler) return false;
    // sendResponse + true works in every browser; a returned promise does not (older Chrome).
    handler(envelope.payload).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, reason: 'failed', message: String(error) }),
    );
    return true;
  });
}

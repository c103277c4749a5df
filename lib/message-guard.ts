import type { Envelope, MessageType, Request } from './messages';
import { parseNoteRequest } from './reader/note-guard';

// Messages are checked before use: a compromised or buggy sender must not be able to make the
// worker read a property of undefined, or hand it a megabyte where an id belongs.

const maxIdLength = 4096;
type Check<K extends MessageType> = (payload: Record<string, unknown>) => Request<K> | null;

const checks: { [K in MessageType]: Check<K> } = {
  'clean-tab': (p) =>
    Number.isInteger(p.tabId) && (p.tabId as number) >= 0 ? { tabId: p.tabId as number } : null,
  'get-article': (p) =>
    typeof p.id === 'string' && p.id.length > 0 && p.id.length <= maxIdLength ? { id: p.id } : null,
  'set-clutter-hidden': (p) => (typeof p.hidden === 'boolean' ? { hidden: p.hidden } : null),
  'to-markdown': (p) => parseNoteRequest(p),
};

export function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(checks, type);
}

/** The message as the protocol types it, or null when it is not one of ours. */
export function parseMessage(message: unknown): Envelope | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, payload } = message as { type?: unknown; payload?: unknown };
  if (!isMessageType(type) || typeof payload !== 'object' || payload === null) return null;
  const checked = (checks[type] as Check<MessageType>)(payload as Record<string, unknown>);
  return checked ? ({ type, payload: checked } as Envelope) : null;
}

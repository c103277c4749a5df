import type { UnreadableReason } from './page-kind';
import type { Note, NoteRequest } from './reader/export-note';
import type { AggregatorReading, Article, Dateline } from './types';

// The one protocol between the extension's parts. Each message type names its request and its
// response; senders and handlers are typed from this table, and the worker validates every
// request's shape before use (lib/message-guard.ts), since a message is only as trusted as its
// sender.

/** What the popup shows for an article: small enough to send on every popup open. */
export interface ArticleSummary {
  id: string;
  url: string;
  title: string;
  siteName: string | null;
  byline: string | null;
  wordCount: number;
  readingMinutes: number;
  publishedAt: string | null;
  dateline: Dateline | null;
  removed: Article['removed'];
}

/** What the content script hands back to the worker after a toolbar click. */
export interface ContentResult {
  /** null when the page holds no article (an aggregator page may still hold coverage). */
  article: Article | null;
  reason: UnreadableReason | null;
  coverage: AggregatorReading | null;
  /** How many clutter blocks were hidden on the live page. */
  hidden: number;
}

/** One outlet's report of the story, as the popup lists it. */
export interface CoverageEntry {
  id: string;
  outlet: string;
  headline: string;
  /** Where the report can be read; null when the aggregator gave no link. */
  url: string | null;
  dateline: Dateline | null;
  /** ISO time it was published (or listed); null when unknown. */
  time: string | null;
  /** Sentences this outlet added to the wire copy the other members of its group ran. */
  additions: string[];
  /** The page the popup was opened on (shown only inside a wire group). */
  self: boolean;
}

/** A row of the coverage list: one report, or several outlets running the same agency copy. */
export type CoverageRow =
  | { kind: 'report'; entry: CoverageEntry }
  | { kind: 'wire'; agency: string; time: string | null; members: CoverageEntry[] };

/** The story a page belongs to and the other outlets' reports of it, earliest first. */
export interface CoverageView {
  storyId: string | null;
  /** The aggregator's name for the story; null when it is known only from articles. */
  title: string | null;
  rows: CoverageRow[];
}

export type CleanResponse =
  | {
      ok: true;
      article: ArticleSummary | null;
      /** false in private windows: nothing from them is written. */
      saved: boolean;
      /** Why the article could not be kept, in words for the reader; null when it was. */
      saveError: string | null;
      hidden: number;
      coverage: AggregatorReading | null;
      /** Other outlets' reports of this page's story; null when coverage could not be read. */
      coverageView: CoverageView | null;
      evicted: Array<{ id: string; title: string }>;
    }
  | { ok: false; reason: UnreadableReason; message: string };

export interface Protocol {
  /** Popup -> worker: the user clicked the toolbar icon on this tab. */
  'clean-tab': { request: { tabId: number }; response: CleanResponse };
  /** Any page -> worker: a cached article, by id or URL. */
  'get-article': { request: { id: string }; response: Article | null };
  /** Popup -> content script (via the tab): show or hide what Lede hid on the page. */
  'set-clutter-hidden': { request: { hidden: boolean }; response: { hidden: number } };
  /**
   * Worker -> content script: the article as a Markdown note (context menu and shortcut). The
   * service worker has no DOM for turndown; the tab it was cleaned in has one.
   */
  'to-markdown': { request: NoteRequest; response: Note };
}

export type MessageType = keyof Protocol;
export type Request<K extends MessageType> = Protocol[K]['request'];
export type Response<K extends MessageType> = Protocol[K]['response'];
export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload: Request<K>;
}
export type Handlers = { [K in MessageType]?: (payload: Request<K>) => Promise<Response<K>> };

import type { SiteRule } from '../clean/site-rules';
import { readAggregator } from '../coverage/aggregator';
import type { ContentResult } from '../messages';
import { hideClutter, type PageHider } from '../page/hide-clutter';
import { findLiveClutter } from '../page/live-clutter';
import type { UnreadableReason } from '../page-kind';
import { processDocument, rulesFor } from '../pipeline';
import { exportNote } from '../reader/export-note';
import { createSanitizer } from '../sanitize';
import { listen } from './messaging';
import { loadDisabledKindsFor } from './reader-settings';
import { loadUserSiteRules } from './site-rules-store';

// Injected into the active tab on the toolbar click. The pipeline runs on a clone; the live page
// is only touched to hide (reversibly) the clutter found on it.

const state = globalThis as typeof globalThis & { __ledeHider?: PageHider };

function isInside(el: Element, text: string): boolean {
  const own = el.textContent ?? '';
  return text.length > 0 && own.length > 0 && own.includes(text);
}

function refusal(reason: UnreadableReason): ContentResult {
  return { article: null, reason, coverage: null, hidden: 0 };
}

export async function cleanLivePage(): Promise<ContentResult> {
  // Chrome shows a PDF in its viewer, whatever the URL looks like: say what it is.
  if (document.contentType === 'application/pdf') return refusal('pdf');
  const url = location.href;
  const now = new Date().toISOString();
  const siteRules: SiteRule[] = await loadUserSiteRules();
  const disabledKinds = await loadDisabledKindsFor(url);
  const result = processDocument(document, {
    url,
    now,
    sanitize: createSanitizer(window),
    siteRules,
    disabledKinds,
  });
  // Too large to read: reading coverage or clutter on the live page would freeze it just the same.
  if (!result.ok && result.reason === 'too-large') return refusal('too-large');
  const reading = readAggregator(document, { url, now });
  const coverage = reading.outlets.length > 0 ? reading : null;
  // An aggregator page's summary is not an article: the page is read for its coverage only.
  const article = result.ok && !coverage ? result.article : null;

  // Never hide a block that holds the article's opening: the story must survive a wrong guess.
  const opening = article?.text.split('\n', 1)[0]?.slice(0, 200) ?? '';
  const found = findLiveClutter(
    document,
    rulesFor(url, siteRules, disabledKinds),
    article?.text ?? null,
  );
  const hider = hideClutter(document, found, (el) => isInside(el, opening));
  if (!state.__ledeHider) {
    listen({
      'set-clutter-hidden': async ({ hidden }) => ({
        hidden: state.__ledeHider?.setHidden(hidden) ?? 0,
      }),
      // The worker has no DOM for turndown: the menu and shortcut exports convert here.
      'to-markdown': async (request) => exportNote(request),
    });
  }
  state.__ledeHider = hider;
  return { article, reason: result.ok ? null : result.reason, coverage, hidden: hider.count };
}

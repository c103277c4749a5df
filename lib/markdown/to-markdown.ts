import TurndownService from 'turndown';
import { escapeMarkdown } from './escape';
import { addContentRules, References, type RefStyle } from './rules';
import { addTableRules } from './table-rule';

export interface ToMarkdownOptions {
  /** The page address that relative links and images resolve against. */
  baseUrl: string;
  linkStyle: RefStyle;
  /** Defaults to linkStyle. */
  imageStyle?: RefStyle;
}

// turndown parses the string itself: with the page's DOMParser in the browser build (content
// script, extension pages; not the service worker, which has no DOM) and with its bundled domino
// in the Node build, which is what Vitest and the command line resolve.

/**
 * Sanitized article HTML to CommonMark + GFM tables and strikethrough. Deterministic: the same
 * input always gives the same output. No raw HTML survives: unknown tags are reduced to their text.
 */
export function htmlToMarkdown(html: string, opts: ToMarkdownOptions): string {
  const refs = new References();
  const service = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    fence: '```',
    emDelimiter: '*',
    strongDelimiter: '**',
  });
  service.escape = escapeMarkdown;
  addTableRules(service);
  addContentRules(service, {
    baseUrl: opts.baseUrl,
    linkStyle: opts.linkStyle,
    imageStyle: opts.imageStyle ?? opts.linkStyle,
    refs,
  });
  // Private-use characters are icon-font glyphs (tofu outside the page's font) and the table
  // rule's cell markers, which must not be forgeable by the page's text.
  const body = service.turndown(html.replace(/[\uE000-\uF8FF]/g, ''));
  const definitions = refs.definitions();
  return tidy(definitions ? `${body}\n\n${definitions}` : body);
}

/**
 * Outside fenced code: no trailing spaces where they cannot be a hard break, no runs of blank
 * lines, and exactly one final newline. Inside code, every line is kept as it was.
 */
export function tidy(markdown: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  let lastIsCode = false;
  // A hard break ("  " at line end) before a blank line or the end means nothing: drop it.
  const trimLast = () => {
    const last = out.pop();
    if (last !== undefined) out.push(lastIsCode ? last : last.trimEnd());
  };
  for (const line of markdown.split('\n')) {
    const marker = line.match(/^ *(`{3,}|~{3,})/)?.[1];
    if (fence) {
      out.push(line);
      lastIsCode = true;
      if (marker?.startsWith(fence) && line.trim() === marker) fence = null;
      continue;
    }
    if (marker) fence = marker;
    if (line.trim() === '') {
      trimLast();
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
    } else {
      // "> " alone in a quote's blank line: the space carries nothing.
      out.push(/^[>\s]*$/.test(line) ? line.trimEnd() : line);
    }
    lastIsCode = false;
  }
  while (out[out.length - 1] === '') out.pop();
  trimLast();
  return out.length ? `${out.join('\n')}\n` : '';
}

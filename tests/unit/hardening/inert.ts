// What "inert" means for article HTML, checked on a parsed tree rather than on the string, so a
// URL-encoded "onerror=" inside an image address or "<script>" written as text does not count,
// and markup that only appears after a re-parse (mutation XSS) does.

import { JSDOM, VirtualConsole } from 'jsdom';
import { forbidAttrs, forbidTags } from '../../../lib/sanitize';

/** Elements that run code, load a document or plugin, submit, restyle or rewrite the page. */
export const deniedTags = new Set([
  ...forbidTags,
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'meta',
  'link',
  'base',
  'template',
  'noscript',
  'svg',
  'math',
  'animate',
  'set',
  'foreignobject',
  'xmp',
  'noembed',
  'noframes',
  'plaintext',
  'listing',
  'title',
  'style',
  'form',
]);

/** Attributes that run code, load things or point a form or frame somewhere. */
const deniedAttrs = new Set([
  ...forbidAttrs,
  'srcdoc',
  'action',
  'formaction',
  'xlink:href',
  'background',
  'ping',
  'data',
  'poster',
  'dynsrc',
  'lowsrc',
]);

/** Attributes a browser reads as a URL (title, alt and the like are only ever text). */
const urlAttrs = new Set([
  'href',
  'src',
  'srcset',
  'cite',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'longdesc',
  'usemap',
  'codebase',
  'classid',
  'manifest',
  'icon',
  'ping',
]);

// Browsers ignore whitespace and control characters in a scheme ("java\tscript:").
const badScheme = /^(javascript|data|vbscript):/i;
const compact = (value: string) => value.replace(/[\s\p{Cc}]/gu, '');

export interface Problem {
  tag: string;
  what: string;
}

/** Everything active in a tree: denied elements, on* and denied attributes, script URLs. */
export function activeParts(root: ParentNode): Problem[] {
  const problems: Problem[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.localName.toLowerCase();
    if (deniedTags.has(tag)) problems.push({ tag, what: 'element' });
    for (const { name, value } of Array.from(el.attributes)) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on') || deniedAttrs.has(lower)) problems.push({ tag, what: name });
      else if (urlAttrs.has(lower) && badScheme.test(compact(value))) {
        problems.push({ tag, what: `${name}=${value}` });
      }
    }
  }
  return problems;
}

// One window for every check (a window per call leaks). Scripting is on, as in an extension page,
// so noscript content parses as raw text; markup set through innerHTML never runs, and no
// resource loads, so no event fires.
let window: JSDOM['window'] | undefined;

/** HTML parsed as an extension page parses it: innerHTML, as dangerouslySetInnerHTML does. */
export function parseLikeExtensionPage(html: string): HTMLElement {
  window ??= new JSDOM('<!DOCTYPE html><body></body>', {
    runScripts: 'dangerously',
    virtualConsole: new VirtualConsole(),
  }).window;
  const container = window.document.createElement('div');
  container.innerHTML = html;
  return container;
}

/** Problems in the HTML as parsed, and again after one more serialize-and-parse round trip. */
export function activePartsOf(html: string): Problem[] {
  const once = parseLikeExtensionPage(html);
  const twice = parseLikeExtensionPage(once.innerHTML);
  return [...activeParts(once), ...activeParts(twice)];
}

import createDOMPurify from 'dompurify';

export type Sanitize = (html: string) => string;

// Reading mode renders article HTML inside the extension, so anything that could run, load a
// frame, submit a form or restyle the page goes. Classes and ids go too: the reader's own
// stylesheet decides how the article looks, and page ids could clash with the extension's.
export const forbidTags = [
  'style',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'iframe',
  'frame',
];
export const forbidAttrs = ['style', 'class', 'id', 'srcset', 'sizes', 'loading', 'decoding'];
const safeLink = /^(https?:|mailto:|#)/i;
const safeImage = /^https?:/i;

/** A sanitizer bound to a window: the page's in the content script, jsdom's in Node. */
export function createSanitizer(window: unknown): Sanitize {
  const purify = createDOMPurify(window as Parameters<typeof createDOMPurify>[0]);
  if (!purify.isSupported) throw new Error('DOMPurify cannot run on this DOM');
  // Code blocks keep their language (class="language-x" goes with the other classes) so the
  // reader and the Markdown export can still label the fence.
  purify.addHook('beforeSanitizeAttributes', (node) => {
    if (node.nodeName !== 'CODE' && node.nodeName !== 'PRE') return;
    const lang = /(?:^|\s)(?:language|lang)-([\w+#-]+)/.exec(node.getAttribute('class') ?? '')?.[1];
    if (lang) node.setAttribute('data-lang', lang);
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      const href = node.getAttribute('href');
      if (href && !safeLink.test(href)) node.removeAttribute('href');
      if (node.hasAttribute('href') && !href?.startsWith('#')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    }
    if (node.nodeName === 'IMG') {
      const src = node.getAttribute('src');
      if (!src || !safeImage.test(src)) node.removeAttribute('src');
    }
  });
  return (html) =>
    purify.sanitize(html, {
      FORBID_TAGS: forbidTags,
      FORBID_ATTR: forbidAttrs,
      ADD_ATTR: ['target'],
      USE_PROFILES: { html: true },
    }) as string;
}

// Lazy-loading pages ship a placeholder in src and the real image in data-* or srcset, or only
// inside <noscript>. Saved pages and Readability see the placeholder, so the reader would get
// grey boxes. This runs before Readability so its image scoring sees real images.
import type { PageTags } from './page-tags';

const lazyAttrs = ['data-src', 'data-original', 'data-lazy-src', 'data-url', 'data-hi-res-src'];
const placeholder =
  /^(data:|about:blank)|(blank|spacer|pixel|placeholder|lazy)[^/]*\.(gif|png|svg)/i;

function bestFromSrcset(srcset: string): string | null {
  let best: { url: string; width: number } | null = null;
  for (const candidate of srcset.split(/,\s+/)) {
    const [url, size = '1x'] = candidate.trim().split(/\s+/);
    if (!url) continue;
    const width = Number.parseFloat(size) * (size.endsWith('x') ? 1000 : 1) || 0;
    if (!best || width > best.width) best = { url, width };
  }
  return best?.url ?? null;
}

function realSource(img: Element): string | null {
  for (const attr of lazyAttrs) {
    const value = img.getAttribute(attr);
    if (value && !placeholder.test(value)) return value;
  }
  const srcset = img.getAttribute('data-srcset') ?? img.getAttribute('srcset');
  return srcset ? bestFromSrcset(srcset) : null;
}

/**
 * Points every image at its real source; returns how many were changed. `tags`: root's images
 * and noscripts in document order, when the caller has them already (page-tags.ts).
 */
export function resolveLazyImages(
  root: ParentNode & { ownerDocument?: Document | null },
  tags?: Pick<PageTags, 'img' | 'noscript'>,
): number {
  let changed = 0;
  for (const img of tags?.img ?? Array.from(root.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? '';
    const real = realSource(img);
    if (real && (src === '' || placeholder.test(src) || img.hasAttribute('data-src'))) {
      img.setAttribute('src', real);
      changed++;
    }
  }
  // <noscript><img></noscript> after a placeholder: noscript content is text in a scripted
  // document, so the image is rebuilt from its markup.
  for (const noscript of tags?.noscript ?? Array.from(root.querySelectorAll('noscript'))) {
    const match = /<img\b[^>]*\ssrc=["']([^"']+)["'][^>]*>/i.exec(noscript.textContent ?? '');
    const prev = noscript.previousElementSibling;
    const doc = noscript.ownerDocument;
    if (!match?.[1] || !doc) continue;
    if (prev?.tagName === 'IMG' && !placeholder.test(prev.getAttribute('src') ?? 'data:')) {
      noscript.remove();
      continue;
    }
    const img = doc.createElement('img');
    img.setAttribute('src', match[1]);
    const alt = /\balt=["']([^"']*)["']/i.exec(noscript.textContent ?? '')?.[1];
    if (alt) img.setAttribute('alt', alt);
    if (prev?.tagName === 'IMG') prev.remove();
    noscript.replaceWith(img);
    changed++;
  }
  return changed;
}

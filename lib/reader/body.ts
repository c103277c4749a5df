// The article body as the reader shows it, shaped on a Document the caller parsed (an inert one:
// DOMParser runs no scripts and loads no images). The caller sanitizes the result last, right
// before rendering, so nothing here has to be trusted.

export interface ReaderBody {
  html: string;
  /** False when the lead image already opens the body: the reader should not see it twice. */
  showLeadImage: boolean;
}

const headingSelector = 'h1, h2, h3, h4, h5, h6';

function plain(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Headings in order under the article's own h1: the top level found becomes h2 and no level is
 * skipped (h2 then h4 reads as h2 then h3), which is what screen-reader users navigate by.
 */
export function normalizeHeadings(root: ParentNode & Node): void {
  const doc = root.ownerDocument ?? (root as unknown as Document);
  const stack: Array<{ from: number; to: number }> = [];
  for (const heading of Array.from(root.querySelectorAll(headingSelector))) {
    const from = Number(heading.tagName[1]);
    while (stack.length && (stack[stack.length - 1]?.from ?? 0) >= from) stack.pop();
    const to = Math.min(6, (stack[stack.length - 1]?.to ?? 1) + 1);
    stack.push({ from, to });
    if (to === from) continue;
    const renamed = doc.createElement(`h${to}`);
    for (const attr of Array.from(heading.attributes)) renamed.setAttribute(attr.name, attr.value);
    renamed.append(...Array.from(heading.childNodes));
    heading.replaceWith(renamed);
  }
}

/** Whether any words come before el in the body (then a heading there is not the title line). */
function hasTextBefore(doc: Document, el: Element): boolean {
  const showText = 4; // NodeFilter.SHOW_TEXT, without reaching for a global
  const walker = doc.createTreeWalker(doc.body, showText);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (el.contains(node)) return false;
    if (node.textContent?.trim()) return true;
  }
  return false;
}

/** Same image, whatever its size variant: compare the address without query and fragment. */
export function sameImage(a: string, b: string, base: string): boolean {
  try {
    const [x, y] = [new URL(a, base), new URL(b, base)];
    return x.host === y.host && x.pathname === y.pathname;
  } catch {
    return a === b;
  }
}

/**
 * The first heading repeats the title Readability kept; the first image may be the lead image.
 * Code blocks show their language label from the <pre>, where the sanitizer left it on <code>.
 */
export function prepareReaderBody(
  doc: Document,
  opts: { title: string; leadImage: string | null; baseUrl: string },
): ReaderBody {
  const body = doc.body;
  const first = body.querySelector(headingSelector);
  if (first && plain(first.textContent) === plain(opts.title) && !hasTextBefore(doc, first)) {
    first.remove();
  }
  normalizeHeadings(body);
  for (const code of Array.from(body.querySelectorAll('pre > code[data-lang]'))) {
    const pre = code.parentElement;
    if (pre && !pre.hasAttribute('data-lang'))
      pre.setAttribute('data-lang', code.getAttribute('data-lang') ?? '');
    code.removeAttribute('data-lang');
  }
  const firstImage = body.querySelector('img[src]')?.getAttribute('src') ?? null;
  const showLeadImage =
    opts.leadImage !== null &&
    /^https?:/i.test(opts.leadImage) &&
    !(firstImage && sameImage(firstImage, opts.leadImage, opts.baseUrl));
  return { html: body.innerHTML, showLeadImage };
}

import { Readability } from '@mozilla/readability';

export interface ReadabilityResult {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  excerpt: string | null;
  publishedTime: string | null;
  /** Readability's article element (not yet sanitized), in the document it was given. */
  content: Element;
}

/** Pages beyond this many elements are refused rather than freezing the tab. */
export const maxElements = 150_000;

export class PageTooLargeError extends Error {
  constructor() {
    super('page too large to clean');
    this.name = 'PageTooLargeError';
  }
}

/** Readability on a document it may consume (callers pass a clone). */
export function runReadability(doc: Document): ReadabilityResult | null {
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    // keepClasses: the clean rules read class names after Readability; the sanitizer drops them.
    // The serializer hands back the element itself: no serialize-and-reparse round trip.
    parsed = new Readability<Element>(doc, {
      keepClasses: true,
      maxElemsToParse: maxElements,
      serializer: (el) => el as Element,
    }).parse();
  } catch (error) {
    if (error instanceof Error && /Aborting parsing document/.test(error.message)) {
      throw new PageTooLargeError();
    }
    throw error;
  }
  if (!parsed?.content) return null;
  return {
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    lang: parsed.lang ?? null,
    excerpt: parsed.excerpt ?? null,
    publishedTime: parsed.publishedTime ?? null,
    content: parsed.content,
  };
}

// What an element calls itself (its id and classes), as rules read it. Most class lists name
// nothing any rule looks for ("css-1x2y3z", "container"), so the page index shows a rule's seed an
// element's names only when one of the declared name patterns could match them.
import { fold } from './text';

/**
 * An element's id and class names as one string, lower-cased, camelCase and snake_case turned
 * into kebab-case, padded with spaces: `id="shareBar" class="post_tags x"` -> " share-bar post-tags x ".
 * Rules test whole names with / (name) / and single words with /[ -](word)[ -]/.
 */
export function names(el: Element): string {
  return read(el)?.names ?? '';
}

/** names(el) when a declared pattern (namePattern) matches them, else ''. */
export function seedNames(el: Element): string {
  return read(el)?.seed ?? '';
}

/**
 * Declares a pattern that a seed tests an element's names with. The page index hands a seed
 * an element's names only when one of the declared patterns matches them, so a seed's pattern
 * that is not declared here never sees a match. Flagless and without back-references, so that
 * one alternation of them all answers exactly what testing each would.
 */
export function namePattern(pattern: RegExp): RegExp {
  if (pattern.flags !== '' || /\\[1-9]|\\k<|\(\?<[^=!]/.test(pattern.source)) {
    throw new Error(`name patterns are flagless, without back-references: ${pattern}`);
  }
  declared.push(pattern.source);
  anyDeclared = null;
  known.clear();
  return pattern;
}

const declared: string[] = [];
let anyDeclared: RegExp | null = null;

interface Names {
  names: string;
  seed: string;
}

// Every element passes through here, and a page repeats its class lists: the answers are kept
// by the raw attribute text.
const known = new Map<string, Names>();

function read(el: Element): Names | null {
  if (!el.hasAttributes()) return null;
  // The attribute nodes, not getAttribute: linkedom builds a class list for getAttribute('class').
  const id = el.getAttributeNode('id')?.value;
  const cls = el.getAttributeNode('class')?.value;
  if (!id && !cls) return null;
  const raw = id && cls ? `${id} ${cls}` : (id ?? cls ?? '');
  let entry = known.get(raw);
  if (entry === undefined) {
    if (known.size >= 4096) known.clear();
    const kebab = kebabNames(raw);
    anyDeclared ??= new RegExp(declared.map((source) => `(?:${source})`).join('|') || '(?!)');
    entry = { names: kebab, seed: anyDeclared.test(kebab) ? kebab : '' };
    known.set(raw, entry);
  }
  return entry;
}

function kebabNames(raw: string): string {
  let kebab = raw;
  if (/[A-Z_]/.test(kebab)) {
    kebab = kebab
      .replace(/([a-z\d])([A-Z])/g, '$1-$2')
      .replace(/_+/g, '-')
      .toLowerCase();
  }
  return ` ${fold(kebab)} `;
}

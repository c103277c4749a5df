// Article text becomes Markdown source, so every character a renderer could read as syntax is
// escaped with a backslash. CommonMark lets any ASCII punctuation be escaped, so escaping too much
// only costs looks, while escaping too little turns "C*" into emphasis or "<b>" into raw HTML.
// turndown's own escaper misses "<", "&", "~", "1)" lists and Obsidian's syntax, hence this one.

/**
 * Escapes plain text (a DOM text node, a title, a byline) for use as Markdown inline content.
 * Line-start rules apply at the start of the string and after every newline.
 */
export function escapeMarkdown(text: string): string {
  let out = text
    // Backslash first, so the backslashes added below are not doubled.
    // * _ ` emphasis and code; [ ] links and Obsidian [[wikilinks]]; ~ strikethrough (GFM reads
    // even a single pair of tildes); # headings and Obsidian #tags.
    .replace(/[\\`*_[\]~#]/g, '\\$&')
    // Raw HTML, comments and autolinks all open with "<" and a letter, "/", "!" or "?".
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    // "&amp;" in the text must not be decoded to "&" by the renderer.
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    // Obsidian: ==highlight== and %%comment%% (a comment hides the rest of the note).
    .replace(/={2,}|%{2,}/g, (run) => run.replace(/./g, '\\$&'))
    // Block markers: "- " "+ " "> " setext "=", and "1." / "1)" ordered lists.
    .replace(/^([ \t]*)([-+>=])/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)([.)])(?=\s|$)/gm, '$1\\$2');
  // Obsidian (and other math-aware renderers) read "$5-$10" as inline TeX; one "$" is harmless.
  if (/\$[^$]*\$/.test(out)) out = out.replace(/\$/g, '\\$');
  return out;
}

/** Plain text on one line: newlines and runs of whitespace fold into one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Code is copied verbatim: no escaping, no whitespace folding, and blank lines inside it survive
// tidy() because tidy leaves fenced blocks alone.

const languagePattern = /(?:^|\s)lang(?:uage)?-([\w#+.-]+)/;

/** A fenced block for <pre>, with or without <code> inside (turndown only fences pre > code). */
export function codeBlock(pre: HTMLElement): string {
  const code = textWithBreaks(pre).replace(/\n$/, '');
  if (!code.trim()) return '';
  // Highlighters put the language on <code class="language-x">, sometimes on <pre>, or in data-lang.
  const codeEl = pre.querySelector('code');
  const language =
    [codeEl, pre]
      .map(
        (el) =>
          el?.getAttribute('class')?.match(languagePattern)?.[1] ?? el?.getAttribute('data-lang'),
      )
      .find((lang) => lang && /^[\w#+.-]+$/.test(lang)) ?? '';
  // The fence must be longer than any run of backticks inside the code.
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `\n\n${fence}${language}\n${code}\n${fence}\n\n`;
}

/** textContent, except that <br> (used by some highlighters between lines) counts as a newline. */
function textWithBreaks(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeName === 'BR') return '\n';
  return Array.from(node.childNodes, textWithBreaks).join('');
}

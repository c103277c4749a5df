// YAML front matter written by hand: the subset needed (strings, numbers, booleans, lists, nested
// maps) is small, and the `yaml` package would add ~100 kB to the extension for it. The `yaml`
// package stays a dev dependency: the tests parse this output with it to prove the round trip.
//
// Every string is double-quoted, so nothing in a headline can change its type or structure: not
// "Breaking: ...", "#1", "- list", "@user", "*", "yes"/"no"/"null" (YAML 1.1 booleans), dates
// (PyYAML would read an unquoted ISO time as a datetime) or numbers-as-text like "007".

/** `---` + YAML + `---` for the non-empty fields, in the given order; "" when all are empty. */
export function frontMatter(fields: Record<string, unknown>): string {
  const lines = mapLines(fields, '');
  return lines.length ? `---\n${lines.join('\n')}\n---\n` : '';
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (typeof value === 'number') return !Number.isFinite(value);
  if (value instanceof Date) return Number.isNaN(value.getTime());
  if (Array.isArray(value)) return value.every(isEmpty);
  if (typeof value === 'object') return Object.values(value).every(isEmpty);
  return typeof value !== 'string' && typeof value !== 'boolean';
}

function isMap(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
  );
}

function mapLines(map: Record<string, unknown>, indent: string): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(map)) {
    if (isEmpty(value)) continue;
    const name = `${indent}${yamlKey(key)}:`;
    if (Array.isArray(value)) lines.push(name, ...listLines(value, indent));
    else if (isMap(value)) lines.push(name, ...mapLines(value, `${indent}  `));
    else lines.push(`${name} ${scalar(value)}`);
  }
  return lines;
}

function listLines(list: unknown[], indent: string): string[] {
  const lines: string[] = [];
  for (const item of list) {
    if (isEmpty(item)) continue;
    if (Array.isArray(item)) {
      const inner = listLines(item, `${indent}  `);
      lines.push(`${indent}  -`, ...inner);
    } else if (isMap(item)) {
      // "- " then the map's first key on the same line, the rest aligned under it.
      const inner = mapLines(item, `${indent}    `);
      lines.push(...inner.map((line, i) => (i === 0 ? `${indent}  - ${line.trimStart()}` : line)));
    } else {
      lines.push(`${indent}  - ${scalar(item)}`);
    }
  }
  return lines;
}

function yamlKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : quote(key);
}

function scalar(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return quote(value.toISOString());
  return quote(String(value));
}

/**
 * A YAML double-quoted scalar. JSON's escapes are a subset of YAML's, but YAML also forbids raw
 * C1 controls, U+FEFF, U+FFFE/U+FFFF and lone surrogates, and some parsers break lines at
 * U+2028/U+2029 or U+0085, so those are escaped (a lone surrogate becomes U+FFFD: YAML has no
 * way to write one, and no text needs it).
 */
function quote(text: string): string {
  const wellFormed = text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
  return JSON.stringify(wellFormed).replace(
    /[\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

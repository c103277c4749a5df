import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { createSanitizer, type Sanitize } from '../lib/sanitize';

/** An error whose message is the one line the user sees; the command exits non-zero. */
export class CliError extends Error {}

export function readInput(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : code;
    throw new CliError(`cannot read ${path === '-' ? 'standard input' : path}: ${why}`);
  }
}

/** Rejects binary files and text without any markup before a parser sees them. */
export function readHtml(path: string): string {
  const html = readInput(path);
  const name = path === '-' ? 'standard input' : path;
  if (html.includes('\u0000')) throw new CliError(`${name} is not HTML (binary data)`);
  if (!/<(html|body|head|p|div|article|!doctype)\b/i.test(html)) {
    throw new CliError(`${name} is not HTML`);
  }
  return html;
}

export function requireUrl(url: string | undefined): string {
  if (!url) throw new CliError('--url is required: the address the page was saved from');
  try {
    return new URL(url).href;
  } catch {
    throw new CliError(`--url is not a valid URL: ${url}`);
  }
}

export function nowOption(value: string | undefined): string {
  if (!value) return new Date().toISOString();
  const time = new Date(value);
  if (Number.isNaN(time.valueOf())) throw new CliError(`--now is not a date: ${value}`);
  return time.toISOString();
}

let sanitizer: Sanitize | undefined;
/** DOMPurify needs a real DOM implementation; linkedom is not one it supports, jsdom is. */
export function nodeSanitizer(): Sanitize {
  sanitizer ??= createSanitizer(new JSDOM('').window);
  return sanitizer;
}

// Small helpers for the clutter-rule tests: a page from a snippet, and what a rule finds there.
import { parseHtml } from '../../../cli/dom';
import { measure } from '../../../lib/clean/measure';
import type { ClutterRule } from '../../../lib/clean/rule';

export function page(body: string): Document {
  return parseHtml(
    `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`,
    'https://news.example/story',
  );
}

/** The text of each block the rule finds in the snippet (text nodes joined by spaces). */
export function finds(rule: ClutterRule, body: string): string[] {
  return rule.find(page(body)).map((el) => measure(el)?.text ?? '');
}

/** The local names of the blocks the rule finds (for blocks without text). */
export function findsTags(rule: ClutterRule, body: string): string[] {
  return rule.find(page(body)).map((el) => el.localName);
}

/** A story paragraph long enough to read as prose. */
export const PROSE =
  '<p>Officials said on Tuesday that the regional budget would fund road repairs, school meals and two new clinics, and that the council would hold a final vote next week after a month of hearings.</p>';

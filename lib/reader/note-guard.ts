import type { ExportCoverage } from '../markdown/export';
import { exportOptions } from '../markdown/options';
import type { Article, Dateline } from '../types';
import type { NoteRequest } from './export-note';
import { isClutterKind } from './removed';

// The shape check for a 'to-markdown' request (lib/message-guard.ts calls it): every field the
// exporter reads is the type it expects, and nothing is big enough to stall the tab.

/** Articles past this are not news; the pipeline refuses pages far smaller. */
const maxHtml = 8_000_000;
const maxField = 4096;
const maxCoverage = 100;
/** More than any page yields (the rules keep outermost blocks only): the rest is not clutter data. */
const maxRemoved = 1000;

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max = maxField): v is string =>
  typeof v === 'string' && v.length <= max;
const isOptionalText = (v: unknown) => v === null || v === undefined || isText(v);

function dateline(v: unknown): Dateline | null | undefined {
  if (v === null || v === undefined) return v;
  if (!isObject(v) || !isText(v.raw)) return undefined;
  if (![v.place, v.date, v.agency].every((f) => f === null || isText(f))) return undefined;
  return {
    place: v.place as string | null,
    date: v.date as string | null,
    agency: v.agency as string | null,
    raw: v.raw,
  };
}

function article(v: unknown): Article | null {
  if (!isObject(v)) return null;
  const texts = [v.url, v.canonicalUrl, v.title, v.extractedAt];
  if (!texts.every((f) => isText(f)) || !isText(v.html, maxHtml) || !isText(v.text, maxHtml))
    return null;
  const nullable = [v.byline, v.siteName, v.lang, v.publishedAt, v.leadImage, v.excerpt];
  if (!nullable.every(isOptionalText)) return null;
  if (!Number.isFinite(v.wordCount) || !Number.isFinite(v.readingMinutes)) return null;
  const line = dateline(v.dateline);
  if (line === undefined && v.dateline !== undefined) return null;
  // Only well-formed entries, and not unboundedly many: the exporter counts and lists them.
  const removed = (Array.isArray(v.removed) ? v.removed.slice(0, maxRemoved) : []).filter(
    (item) => isObject(item) && isClutterKind(item.kind) && isText(item.text),
  );
  return {
    ...(v as unknown as Article),
    dateline: line ?? null,
    removed: removed as Article['removed'],
  };
}

function coverage(v: unknown): ExportCoverage[] | null {
  if (!Array.isArray(v) || v.length > maxCoverage) return null;
  const items: ExportCoverage[] = [];
  for (const item of v) {
    if (!isObject(item) || !isText(item.outlet) || !isText(item.headline)) return null;
    if (item.url !== null && !isText(item.url)) return null;
    const line = dateline(item.dateline);
    if (line === undefined && item.dateline !== undefined) return null;
    items.push({
      outlet: item.outlet,
      headline: item.headline,
      url: item.url as string | null,
      dateline: line ?? null,
    });
  }
  return items;
}

export function parseNoteRequest(p: Raw): NoteRequest | null {
  const a = article(p.article);
  const c = coverage(p.coverage);
  if (!a || !c || !isText(p.savedAt, 64) || !isObject(p.options)) return null;
  return { article: a, savedAt: p.savedAt, coverage: c, options: exportOptions(p.options) };
}

// Published and modified times as pages print them, made comparable: ISO 8601 in UTC. Used for
// page metadata (lib/extract/metadata.ts) and to give a dateline's printed day its year.

const isoLike =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?$/i;
const hasZone = /\b(?:UTC|GMT|[ECMP][SD]T)\b|[+-]\d{2}:?\d{2}$|\dZ$/i;

/**
 * ISO 8601 UTC ("2023-09-18T14:05:00.000Z") from ISO with or without a zone, "2023-09-18 14:05:00",
 * RFC 2822, "Sep 18, 2023 10:05 AM EDT", or epoch seconds or milliseconds; null when it does not
 * parse or falls outside 1990-2100 (CMS placeholders such as 1970-01-01 or 0000-00-00).
 * A time printed without a zone is taken as UTC: the page gives no better guess, and the reader's
 * own zone would make the same page give different answers on different machines.
 */
export function toIsoTime(value: string): string | null {
  const v = value.trim();
  const iso = isoLike.exec(v);
  let ms: number;
  if (/^\d{10}$|^\d{13}$/.test(v)) ms = Number(v) * (v.length === 10 ? 1000 : 1);
  else if (iso) {
    const zone = (iso[3] ?? 'Z')
      .replace(/^(?:UTC|GMT)$/i, 'Z')
      .replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    const time = (iso[2] ?? '00:00').replace(',', '.').padStart(5, '0');
    ms = Date.parse(`${iso[1]}T${time}${zone}`);
  } else {
    const spaced = v.replace(/^(\d{4}-\d{2}-\d{2})T/, '$1 ');
    ms = Date.parse(hasZone.test(v) ? spaced : `${spaced} UTC`);
  }
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  return year >= 1990 && year <= 2100 ? new Date(ms).toISOString() : null;
}

// When a card says its article appeared: <time datetime>, "3 hours ago" in a few languages, or a
// printed date. Relative times resolve against the caller's clock, never the machine's.

const seconds: Array<[RegExp, number]> = [
  [/^(s|secs?|seconds?|segundos?|secondes?|sekunden?)$/, 1],
  [/^(m|mins?|minutes?|minutos?|minuten?)$/, 60],
  [/^(h|hrs?|hours?|horas?|heures?|stunden?)$/, 3600],
  [/^(d|days?|d[ií]as?|jours?|tage?n?)$/, 86400],
  [/^(w|wks?|weeks?|semanas?|semaines?|wochen?)$/, 604800],
];

// Amount then unit: "3 hours ago", "3h", "hace 2 horas", "il y a 2 heures", "vor 2 Stunden".
const phrases = [
  /^(?:about |around )?(\d+|an?|one)\s*([a-z]+)\.?(\s+ago)?$/i,
  /^hace\s+(\d+|una?)\s+(\S+)$/i,
  /^il y a\s+(\d+|une?)\s+(\S+)$/i,
  /^vor\s+(\d+|einer?|einem)\s+(\S+)$/i,
];

const yesterday = /^(yesterday|ayer|hier|gestern|ontem|ieri)$/i;
const justNow = /^(just now|now|ahora|à l'instant|gerade eben)$/i;

/** ISO time for a relative phrase such as "3 hours ago", or null when it is not one. */
export function relativeTime(text: string, now: string): string | null {
  const t = text.trim().replace(/\s+/g, ' ');
  const base = Date.parse(now);
  if (Number.isNaN(base)) return null;
  if (justNow.test(t)) return new Date(base).toISOString();
  if (yesterday.test(t)) return new Date(base - 86400_000).toISOString();
  for (const [i, re] of phrases.entries()) {
    const m = re.exec(t);
    if (!m) continue;
    const unit = (m[2] ?? '').toLowerCase();
    // English needs "ago" except in card shorthand ("3h", "15 min"): "3 hours" alone is a duration.
    if (i === 0 && !m[3] && unit.length > 3) return null;
    const per = seconds.find(([u]) => u.test(unit))?.[1];
    if (per === undefined) continue;
    const amount = /^\d+$/.test(m[1] ?? '') ? Number(m[1]) : 1;
    return new Date(base - amount * per * 1000).toISOString();
  }
  return null;
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const printedDate =
  /^(?:[A-Z][a-z]+,?\s+)?([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** ISO time for a printed full date ("Jan 5, 2024", "2024-01-05"), read as UTC midnight. */
export function printedTime(text: string): string | null {
  const t = text.trim().replace(/\s+/g, ' ');
  const iso = isoDay.exec(t);
  const printed = iso ? null : printedDate.exec(t);
  const month = iso
    ? Number(iso[2]) - 1
    : months.indexOf(printed?.[1]?.slice(0, 3).toLowerCase() ?? '');
  const day = Number(iso?.[3] ?? printed?.[2]);
  const year = Number(iso?.[1] ?? printed?.[3]);
  if (month < 0 || !day || !year) return null;
  return new Date(Date.UTC(year, month, day)).toISOString();
}

/** An element's machine-readable time, if it carries one. */
export function datetimeAttr(el: Element): string | null {
  const value = el.getAttribute('datetime');
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

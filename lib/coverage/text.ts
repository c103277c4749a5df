// Words for comparing news text. Headlines differ in case, quotes, "U.S." versus "US" and
// plural/possessive endings far more than in substance, so those are folded before counting.

const stopwords = new Set(
  (
    'a an and are as at be been but by for from has have he her his how i if in into is it its ' +
    'just may more new no not now of on or our out over say says said she so than that the their ' +
    'them then there these they this to up us was we were what when where which who why will ' +
    'with would you your after about all also can could do does did get gets got here off one ' +
    'two first last next via vs amid against back still up down top why what report reports ' +
    'update updated live video photos watch read el la los las de del y en un una por para con ' +
    'le les des du et à au aux der die das und mit von'
  ).split(' '),
);

/** Lower case, no accents, typographic quotes folded, "U.S." -> "us". */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\b((?:[a-z]\.){2,})/g, (m) => m.replace(/\./g, ''));
}

/** Every word, in order, stopwords kept: the material of shingles for near-copy detection. */
export function words(text: string): string[] {
  return normalizeText(text).match(/[a-z0-9]+(?:[.,][0-9]+)*/g) ?? [];
}

/** Folds the endings headlines vary on most; a full stemmer merges too much ("news"/"new"). */
export function stem(word: string): string {
  if (word.length <= 3 || /^[0-9]/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is|ws)$/.test(word)) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** Content words for topical similarity: stopwords out, possessives and plurals folded. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const raw of normalizeText(text)
    .replace(/'s\b/g, '')
    .match(/[a-z0-9]+(?:[.][0-9]+)*/g) ?? []) {
    if (stopwords.has(raw) || raw.length < 2) continue;
    out.push(stem(raw));
  }
  return out;
}

/** Word n-grams, stopwords kept: two texts share many only when one copies the other. */
export function shingles(text: string, size = 3): string[] {
  const w = words(text);
  if (w.length <= size) return w.length ? [w.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + size <= w.length; i++) out.push(w.slice(i, i + size).join(' '));
  return out;
}

/** 32-bit FNV-1a: stable across runs and platforms, so persisted signatures stay valid. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Why: the byline and the date line ("By Jane Doe - 11/18/19 11:04 PM EST", "November 20, 2019 /
// 1:07 AM / CBS News", "5 min read") are page furniture around the headline. Lede shows the byline
// and the date from the page's metadata; left in the text they are stray lines before the story.
//
// Removes: <p class="byline">By <a>Paul Takahashi</a></p>, <div>By HNN Staff | November 18, 2019 at
//          2:26 PM HST</div>, <time>Nov. 20, 2019, 9:28 AM UTC</time>, <div>02 Ago 2017</div>,
//          <p class="byline">Robert Burns, AP National Security Writer</p>, <span>7 min read</span>
// Leaves:  <p>By Tuesday, the council had voted twice.</p>, <h3>Nov. 19, 2019</h3> (a timeline's
//          heading), <p>10 p.m.</p> (a live blog's time), <td>Jan. 5, 2024</td>, <p>NEW YORK, Sept
//          18 (Reuters) - Stocks rose…</p> (a dateline opens the story: it is never a date line)
import { findBlocks, within } from './blocks';
import type { Measure } from './measure';
import { namePattern, names } from './names';
import type { ClutterRule } from './rule';

const MONTH = `jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|ene|febrero|marzo|abril|abr|mayo|junio|julio|agosto|ago|septiembre|setiembre|octubre|noviembre|diciembre|dic|janeiro|fevereiro|fev|março|maio|junho|julho|setembro|set|outubro|out|novembro|dezembro|dez|janvier|janv|février|févr|mars|avril|avr|mai|juin|juillet|juil|août|septembre|octobre|novembre|décembre|déc|januar|februar|märz|juni|juli|oktober|okt|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre`;
const WEEKDAY = `mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|lunes|martes|miércoles|jueves|viernes|sábado|domingo|(?:segunda|terça|quarta|quinta|sexta)-feira|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica`;
const TIME = String.raw`\d{1,2}(?:[:.h]\d{2}){1,2}\s*(?:[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?`;
const NUMERIC = String.raw`\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}`;
const ZONE = `utc|gmt|z|[ecmpa][sd]?t|hst|akst|akdt|bst|cet|cest|eet|eest|ist|jst|kst|aest|aedt|amt|brt|art|wib|sgt|hkt`;
const WORD = `updated|last updated|published|posted|first published|modified|created|on|at|the|of|am|um|de|del|às|a las|à|le|el|il|publicado|actualizado|atualizado|em|publié|mis à jour|veröffentlicht|aktualisiert|pubblicato|aggiornato|today|yesterday|hoy|ayer|heute|gestern|aujourd'hui|hier|oggi|ieri|hoje|ontem|et|pt|ct|mt`;
const PIECE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${NUMERIC}|${TIME}|(?:${MONTH})\.?|(?:${WEEKDAY})\.?|\d{1,4}(?:st|nd|rd|th|er|º)?\.?|${ZONE}|${WORD})(?![\p{L}\p{N}])`,
  'giu',
);
const LEFTOVER = /^[\s|/,.:;()[\]\-–—•·@]*$/u;
const MONTH_DAY = new RegExp(
  String.raw`(?<![\p{L}])(?:${MONTH})\.?\s+\d{1,2}(?!\d)|(?<!\d)\d{1,2}(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(?:${MONTH})(?![\p{L}])`,
  'iu',
);
const YEAR_OR_TIME = new RegExp(String.raw`(?<!\d)(?:19|20)\d{2}(?!\d)|${TIME}`, 'iu');
const NUMERIC_DATE = new RegExp(String.raw`(?<!\d)(?:${NUMERIC})(?!\d)`, 'u');
const DATES = new RegExp(`${NUMERIC_DATE.source}|${MONTH_DAY.source}`, 'giu');
const STAMPED =
  /updated|published|posted|modified|actualizado|atualizado|mis à jour|aktualisiert|aggiornato/iu;
const RELATIVE_DAY =
  /(?<!\p{L})(today|yesterday|hoy|ayer|heute|gestern|oggi|ieri|hoje|ontem)(?!\p{L})/iu;

/** The whole text is a date and time ("Nov. 20, 2019, 9:28 AM UTC"), with a year or a time. */
export function isDateLine(text: string): boolean {
  if (text.length > 90 || !LEFTOVER.test(text.replace(PIECE, ' '))) return false;
  // Two dates without "Updated" are a span of days (an exhibition, a trial): the story's.
  if ((text.match(DATES) ?? []).length > 1 && !STAMPED.test(text)) return false;
  if (NUMERIC_DATE.test(text)) return true;
  if (MONTH_DAY.test(text)) return YEAR_OR_TIME.test(text);
  return RELATIVE_DAY.test(text) && YEAR_OR_TIME.test(text);
}

// A person: capitalised words and initials, with the particles of names ("Ludwig van Beethoven").
const NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]*)`;
const PARTICLE = String.raw`(?:de|da|del|della|der|den|van|von|du|dos|das|di|la|le|al|el|bin|ibn|st\.?)`;
const PERSON = String.raw`${NAME}(?:\s+(?:${NAME}|${PARTICLE})){0,4}`;
const PEOPLE = String.raw`${PERSON}(?:(?:\s*,\s*|\s+(?:and|&|y|et|und|e)\s+)${PERSON}){0,5}`;
const BY = new RegExp(
  String.raw`^(?:[Bb]y|BY|[Pp]or|[Pp]ar|[Vv]on|[Dd]i|[Dd]oor|[Aa]v)\s+(${PEOPLE})\s*(?:(?:,|\||-|–|—|/|•|·|\son\s)\s*(.*))?$`,
  'u',
);
const ROLE = new RegExp(`^${PEOPLE}$`, 'u');
const CREDIT_LINE = new RegExp(
  String.raw`^${PEOPLE}(?:\s*(?:,|\||/|-|–|—|•|·)\s*${PEOPLE}){0,3}$`,
  'u',
);
const READING_TIME =
  /^(?:(?:reading time|read time|lesezeit|tiempo de lectura|tempo de leitura|temps de lecture|tempo di lettura)\s*[:：]?\s*)?(?:\d+|one|a|an)\s*(?:-\s*)?(?:min(?:ute)?s?|minuto?s?|minuten)\.?(?:\s+(?:read|de lectura|de leitura|de lecture|di lettura|lesen))?$/iu;

/** "November 20, 2019 / 1:07 AM / CBS News": a date line signed by the outlet. */
function isDateAndOutlet(text: string): boolean {
  const cut = text.search(/\s[/|]\s[^/|]*$/);
  return cut > 0 && isDateLine(text.slice(0, cut)) && ROLE.test(text.slice(cut + 3).trim());
}

/** "By Jane Doe", "By Jane Doe and John Roe - Nov. 18, 2019 11:04 PM EST", "By HNN Staff | Associated Press". */
export function isByline(text: string): boolean {
  if (text.length > 160) return false;
  const match = BY.exec(text);
  if (!match) return false;
  const rest = (match[2] ?? '').trim();
  return rest === '' || isDateLine(rest) || ROLE.test(rest) || isByline(`By ${rest}`);
}

/** Boxes named for the byline or the date (not "dateline": that may be the story's first words). */
const NAMED = namePattern(
  /[ -](byline|bylines|by-line|author-byline|byline-author|article-byline|post-byline|entry-byline|timestamp|time-stamp|publish-date|published-date|pub-date|post-date|entry-date|article-date|story-date|posted-on|date-published|meta-date|byline-meta|reading-time|read-time)[ -]/,
);
const DATA = new Set(['table', 'dl', 'blockquote', 'pre', 'code']);
const TIMES = new Set(['time']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function accept(el: Element, m: Measure): boolean {
  if (m.looseMedia > 0 || m.fields > 0 || m.chars === 0 || m.chars > 160) return false;
  const text = m.text;
  const named = NAMED.test(names(el));
  if (READING_TIME.test(text)) return true;
  const heading = within(el, HEADINGS, 2);
  // Headings may read like names ("By Land and Sea"): only a box named for the byline.
  if (isByline(text)) return named || !heading;
  // A date alone may head a timeline's entry: only a named box, a <time> or a non-heading.
  if (isDateLine(text) || isDateAndOutlet(text)) return named || !heading;
  // A byline box may print the name without "By": names, a role, an outlet, nothing else.
  return named && m.chars <= 120 && CREDIT_LINE.test(text);
}

const TRIGGER = new RegExp(
  String.raw`^(?:[|/•·-]\s*)?(?:by(?:\s|$)|por\s|par\s|von\s|${NUMERIC}|\d|(?:${MONTH})\.?\s|(?:${WEEKDAY})\b|updated|published|posted|today|yesterday|reading time|read time|lesezeit|tiempo de|tempo de|temps de)`,
  'iu',
);

export const bylineRule: ClutterRule = {
  kind: 'byline',
  scope: 'article',
  find: (root) =>
    findBlocks(root, {
      seeds: {
        text: (text) => TRIGGER.test(text),
        textChars: 160,
        named: (own) => NAMED.test(own),
        element: () => true,
        tags: TIMES,
        unless: (node) => within(node, DATA, 6),
      },
      accept,
      grow: (el, m, inner) => (m.chars === inner.chars && m.looseMedia === 0) || accept(el, m),
      maxChars: 160,
      maxLevels: 3,
    }),
};

import { isRealDay } from '../../schemas/dates';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * Month names news pages print in the languages the archive holds, January first: French,
 * German, Spanish, Portuguese, Italian, Czech and Polish (nominative and genitive), Dutch,
 * Swedish, Norwegian and Danish, Turkish and Russian (genitive, as dates print it).
 */
const OTHER_MONTHS: readonly (readonly string[])[] = [
  [
    'janvier',
    'januar',
    'jänner',
    'enero',
    'janeiro',
    'gennaio',
    'leden',
    'ledna',
    'januari',
    'styczeń',
    'stycznia',
    'ocak',
    'января',
  ],
  [
    'février',
    'fevrier',
    'februar',
    'febrero',
    'fevereiro',
    'febbraio',
    'únor',
    'února',
    'februari',
    'luty',
    'lutego',
    'şubat',
    'subat',
    'февраля',
  ],
  ['mars', 'märz', 'marzo', 'março', 'marco', 'březen', 'března', 'maart', 'marzec', 'marca', 'mart', 'марта'],
  ['avril', 'abril', 'aprile', 'duben', 'dubna', 'kwiecień', 'kwietnia', 'nisan', 'апреля'],
  ['mai', 'mayo', 'maio', 'maggio', 'květen', 'května', 'mei', 'maj', 'maja', 'mayıs', 'mayis', 'мая'],
  ['juin', 'juni', 'junio', 'junho', 'giugno', 'červen', 'června', 'czerwiec', 'czerwca', 'haziran', 'июня'],
  ['juillet', 'juli', 'julio', 'julho', 'luglio', 'červenec', 'července', 'lipiec', 'lipca', 'temmuz', 'июля'],
  [
    'août',
    'aout',
    'agosto',
    'srpen',
    'srpna',
    'augustus',
    'augusti',
    'sierpień',
    'sierpnia',
    'ağustos',
    'agustos',
    'августа',
  ],
  ['septembre', 'septiembre', 'setembro', 'settembre', 'září', 'wrzesień', 'września', 'eylül', 'eylul', 'сентября'],
  [
    'octobre',
    'oktober',
    'octubre',
    'outubro',
    'ottobre',
    'říjen',
    'října',
    'październik',
    'października',
    'ekim',
    'октября',
  ],
  ['novembre', 'noviembre', 'novembro', 'listopad', 'listopadu', 'listopada', 'kasım', 'kasim', 'ноября'],
  [
    'décembre',
    'decembre',
    'dezember',
    'diciembre',
    'dezembro',
    'dicembre',
    'prosinec',
    'prosince',
    'desember',
    'grudzień',
    'grudnia',
    'aralık',
    'aralik',
    'декабря',
  ],
];

/**
 * "dec", "dec.", "december", "décembre", "Dezember", "okt", "окт." -> its month; undefined for
 * anything else. Three letters or more of a month's name stand for it, as pages abbreviate them.
 */
function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const index = MONTHS.findIndex((m) => m.startsWith(w));
  if (index !== -1) return index + 1;
  const exact = OTHER_MONTHS.findIndex((names) => names.includes(w));
  if (exact !== -1) return exact + 1;
  const prefix = OTHER_MONTHS.findIndex((names) => names.some((name) => name.startsWith(w)));
  return prefix === -1 ? undefined : prefix + 1;
}

function isoDay(year: number, month: number, day: number): string | undefined {
  if (!isRealDay(year, month, day)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ISO = /(\d{4})[-/](\d{1,2})[-/](\d{1,2})/;
const MONTH_FIRST = /(\p{L}{3,}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/u;
// "11 Dec. 2024", "12 mars 2015", "12. März 2015", "12 de marzo de 2015", "1er juin 2015".
const DAY_FIRST = /(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(\p{L}{3,}\.?),?\s+(?:de\s+)?(\d{4})/u;

/**
 * The calendar day a printed or machine date names, as YYYY-MM-DD: "December 11, 2024",
 * "11 Dec. 2024", "Wed, 11 Dec 2024 10:00:00 GMT", "2024/12/11", "2024-12-11T23:30:00+03:00".
 * A date-time keeps the day as the publisher wrote it (its own time zone), not the UTC day.
 * Undefined when no real day can be read; numeric day-month orders (11.12.2024) are ambiguous
 * and refused.
 */
export function parseDay(text: string): string | undefined {
  const iso = ISO.exec(text);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const monthFirst = MONTH_FIRST.exec(text);
  const mf = monthFirst && monthNumber(monthFirst[1] ?? '');
  if (monthFirst && mf) return isoDay(Number(monthFirst[3]), mf, Number(monthFirst[2]));
  const dayFirst = DAY_FIRST.exec(text);
  const df = dayFirst && monthNumber(dayFirst[2] ?? '');
  if (dayFirst && df) return isoDay(Number(dayFirst[3]), df, Number(dayFirst[1]));
  return undefined;
}

/** True for a short line that is only a date, optionally with a weekday, label or time. */
export function isDateLine(line: string): boolean {
  return line.length <= 60 && !/[.!?]$/.test(line) && parseDay(line) !== undefined;
}

/**
 * An instant as the schema's date-time (UTC, to the second): "Wed Dec 11 2024 12:15:00 GMT+0300"
 * -> "2024-12-11T09:15:00Z". Undefined for text that names no time of day.
 */
export function parseInstant(text: string): string | undefined {
  if (!/\d{1,2}:\d{2}/.test(text)) return undefined;
  const date = new Date(text.replace(/\s*\([^)]*\)\s*$/, ''));
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The day a line of print names: written out ("5 janvier 2025", "Oct 23, 2025"), else in digits
 * with dots, which are read day first wherever they are used ("05.04.2025 - Güncelleme :
 * 05.04.2025" -> 2025-04-05). Undefined when the line names no real day.
 */
export function printedDay(text: string): string | undefined {
  const written = parseDay(text);
  if (written) return written;
  const dotted = /(?:^|\D)(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?:\D|$)/.exec(text);
  return dotted ? isoDay(Number(dotted[3]), Number(dotted[2]), Number(dotted[1])) : undefined;
}

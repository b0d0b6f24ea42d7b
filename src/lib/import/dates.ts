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
 * German, Spanish, Portuguese, Italian, Czech (nominative and genitive) and Dutch.
 */
const OTHER_MONTHS: readonly (readonly string[])[] = [
  ['janvier', 'januar', 'jänner', 'enero', 'janeiro', 'gennaio', 'leden', 'ledna', 'januari'],
  ['février', 'fevrier', 'februar', 'febrero', 'fevereiro', 'febbraio', 'únor', 'února', 'februari'],
  ['mars', 'märz', 'marzo', 'março', 'marco', 'březen', 'března', 'maart'],
  ['avril', 'abril', 'aprile', 'duben', 'dubna'],
  ['mai', 'mayo', 'maio', 'maggio', 'květen', 'května', 'mei'],
  ['juin', 'juni', 'junio', 'junho', 'giugno', 'červen', 'června'],
  ['juillet', 'juli', 'julio', 'julho', 'luglio', 'červenec', 'července'],
  ['août', 'aout', 'agosto', 'srpen', 'srpna', 'augustus'],
  ['septembre', 'septiembre', 'setembro', 'settembre', 'září'],
  ['octobre', 'oktober', 'octubre', 'outubro', 'ottobre', 'říjen', 'října'],
  ['novembre', 'noviembre', 'novembro', 'listopad', 'listopadu'],
  ['décembre', 'decembre', 'dezember', 'diciembre', 'dezembro', 'dicembre', 'prosinec', 'prosince'],
];

/** "dec", "dec.", "december", "décembre", "Dezember" -> 12; undefined for anything else. */
function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const index = MONTHS.findIndex((m) => m.startsWith(w));
  if (index !== -1) return index + 1;
  const other = OTHER_MONTHS.findIndex((names) => names.includes(w));
  return other === -1 ? undefined : other + 1;
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

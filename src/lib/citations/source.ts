/** What every citation of a snapshot is made from. */
export interface CitationSource {
  /** The headline as published. */
  headline: string;
  /** The headline in sentence case, when an editor has supplied it (APA needs it). */
  headlineSentenceCase?: string | undefined;
  /** Authors as the byline prints them, "Given Family". */
  authors: readonly { name: string }[];
  /** The newspaper's name as it prints it, e.g. "The Moscow Times". */
  publication: string;
  /** The day the original was published, YYYY-MM-DD. */
  published: string;
  /** The original article's address. */
  sourceUrl: string;
  /** The archive's name. */
  archiveName: string;
  /** The snapshot's permanent address, absolute. */
  archiveUrl: string;
  /** The snapshot's date: when it was captured, or else when it was added (YYYY-MM-DD or an instant). */
  archived: string;
  /** BCP 47 language tag of the text. */
  language: string;
  /**
   * The title a reference manager shows in short: the headline without its kicker ("Exclusive"),
   * when it has one. Zotero would otherwise take the words before the first colon: the kicker.
   */
  shortTitle?: string | undefined;
}

/**
 * "Pyotr Kozlov" -> { given: "Pyotr", family: "Kozlov" }: the family name is the last word of the
 * name as printed, which holds for the bylines the archive keeps ("Bashar al-Assad" -> "al-Assad").
 */
export function splitName(name: string): { given: string; family: string } {
  const words = name.trim().split(/\s+/);
  return words.length === 1
    ? { given: '', family: words[0]! }
    : { given: words.slice(0, -1).join(' '), family: words.at(-1)! };
}

/** "2024-12-11" (or an instant) -> [2024, 12, 11]. */
export function dateParts(iso: string): [number, number, number] {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return [y!, m!, d!];
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The month's full name, 1-based. */
export const monthName = (month: number) => MONTHS[month - 1]!;

/**
 * Typographic quotation marks for a title printed inside double quotation marks: apostrophes
 * (inside a word, or a plural possessive such as "Diplomats'") become ’, and the title's own
 * quotation marks become single ones (‘ ’), as both Chicago and MLA nest quotations.
 */
export function quotedTitle(title: string): string {
  return title
    .replace(/(\w)'(\w)/g, '$1’$2')
    .replace(/(\ws)'(?=\s|$|[,.;:!?])/g, '$1’')
    .replace(/"([^"]*)"/g, '‘$1’')
    .replace(/'([^']*)'/g, '‘$1’')
    .replace(/'/g, '’');
}

/** Apostrophes as ’ in a title printed without quotation marks (italic titles). */
export function italicTitle(title: string): string {
  return title.replace(/'/g, '’').replace(/"([^"]*)"/g, '“$1”');
}

/**
 * A title followed by a period, unless it already ends in one or in a question or exclamation
 * mark; a closing quotation mark stays outside the period (“‘No Deal.’”).
 */
export function withPeriod(title: string): string {
  const closing = /[’”]$/.test(title) ? title.slice(-1) : '';
  const body = closing ? title.slice(0, -1) : title;
  return /[.?!]$/.test(body) ? title : `${body}.${closing}`;
}

/** "The Moscow Times" -> "Moscow Times": styles that drop an initial "The" from newspaper names. */
export function withoutThe(name: string): string {
  return name.replace(/^The\s+/, '');
}

/** A citation in two forms: plain text to paste anywhere, and HTML with its italics. */
export interface Formatted {
  text: string;
  html: string;
}

/** Text made safe inside HTML: `&`, `<` and `>` as entities. */
export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Builds a citation from parts, some italic: the text form drops the italics, the HTML form marks
 * them with <i> and escapes everything else.
 */
export function compose(parts: readonly (string | { italic: string })[]): Formatted {
  return {
    text: parts.map((p) => (typeof p === 'string' ? p : p.italic)).join(''),
    html: parts.map((p) => (typeof p === 'string' ? escapeHtml(p) : `<i>${escapeHtml(p.italic)}</i>`)).join(''),
  };
}

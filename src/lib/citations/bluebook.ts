import { compose, dateParts, italicTitle, withoutThe, type CitationSource, type Formatted } from './source';

/** Bluebook table T12: months abbreviated, except May, June and July. */
const T12_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** "Dec. 11, 2024". */
function bluebookDate(iso: string): string {
  const [y, m, d] = dateParts(iso);
  return `${T12_MONTHS[m - 1]} ${d}, ${y}`;
}

/**
 * Words of periodical names abbreviated per Bluebook table T13 (and T10 for places), the ones
 * newspaper names use most; "The" is dropped.
 */
const T13: [RegExp, string][] = [
  [/\bNew York\b/g, 'N.Y.'],
  [/\bLos Angeles\b/g, 'L.A.'],
  [/\bWashington\b/g, 'Wash.'],
  [/\bWall Street\b/g, 'Wall St.'],
  [/\bJournal\b/g, 'J.'],
  [/\bChronicle\b/g, 'Chron.'],
  [/\bInternational\b/g, "Int'l"],
  [/\bNational\b/g, "Nat'l"],
  [/\bMagazine\b/g, 'Mag.'],
  [/\bReview\b/g, 'Rev.'],
];

/** "The New York Times" -> "N.Y. Times"; "The Wall Street Journal" -> "Wall St. J.". */
export function bluebookPeriodical(name: string): string {
  return T13.reduce((text, [pattern, abbreviation]) => text.replace(pattern, abbreviation), withoutThe(name));
}

/** Authors in full as printed; two joined by "&"; three or more: the first and "et al." */
export function bluebookAuthors(authors: readonly { name: string }[]): string {
  if (authors.length === 0) return '';
  if (authors.length === 1) return authors[0]!.name;
  if (authors.length === 2) return `${authors[0]!.name} & ${authors[1]!.name}`;
  return `${authors[0]!.name} et al.`;
}

/**
 * A Bluebook (22nd edition) citation of a newspaper article online, as court documents print it:
 * author, italic title, the newspaper's name abbreviated per table T13, the date in parentheses,
 * the URL, and the archived copy's address in square brackets as Perma.cc links are cited:
 *
 *   Pyotr Kozlov, Title, Moscow Times (Dec. 11, 2024), https://original [https://archive].
 */
export function bluebook(source: CitationSource): Formatted {
  const authors = bluebookAuthors(source.authors);
  return compose([
    authors ? `${authors}, ` : '',
    { italic: italicTitle(source.headline) },
    `, ${bluebookPeriodical(source.publication)} (${bluebookDate(source.published)}), ${source.sourceUrl} [${source.archiveUrl}].`,
  ]);
}

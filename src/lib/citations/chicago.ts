import {
  compose,
  dateParts,
  monthName,
  quotedTitle,
  splitName,
  withoutThe,
  withPeriod,
  type CitationSource,
  type Formatted,
} from './source';

/** "December 11, 2024": Chicago writes dates month day, year, the month in full. */
export function chicagoDate(iso: string): string {
  const [y, m, d] = dateParts(iso);
  return `${monthName(m)} ${d}, ${y}`;
}

/**
 * The authors as a Chicago bibliography entry begins: the first inverted ("Kozlov, Pyotr"), the
 * others in normal order, "and" before the last, a serial comma from three names on.
 */
export function chicagoAuthors(authors: readonly { name: string }[]): string {
  const names = authors.map((a, i) => {
    if (i > 0) return a.name;
    const { given, family } = splitName(a.name);
    return given ? `${family}, ${given}` : family;
  });
  if (names.length <= 1) return names.join('');
  if (names.length === 2) return `${names[0]}, and ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
}

/**
 * A Chicago (18th edition) bibliography entry for a newspaper article read online, with the
 * archived copy after the original URL:
 *
 *   Kozlov, Pyotr. “Title.” Moscow Times, December 11, 2024. https://original. Archived November 25, 2026, at https://archive.
 *
 * Headline-style title in quotation marks; the newspaper's name in italics without an initial
 * "The"; no byline means the entry begins with the title.
 */
export function chicago(source: CitationSource): Formatted {
  const authors = chicagoAuthors(source.authors);
  return compose([
    authors ? `${withPeriod(authors)} ` : '',
    `“${withPeriod(quotedTitle(source.headline))}” `,
    { italic: withoutThe(source.publication) },
    `, ${chicagoDate(source.published)}. ${source.sourceUrl}. `,
    `Archived ${chicagoDate(source.archived)}, at ${source.archiveUrl}.`,
  ]);
}

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
  // More than six authors: the first three, then "et al." (CMOS 18, 14.76).
  const listed = authors.length > 6 ? authors.slice(0, 3) : authors;
  const names = listed.map((a, i) => {
    if (i > 0) return a.name;
    const { given, family } = splitName(a.name);
    return given ? `${family}, ${given}` : family;
  });
  if (authors.length > 6) return `${names.join(', ')}, et al`;
  if (names.length <= 1) return names.join('');
  if (names.length === 2) return `${names[0]}, and ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
}

/**
 * A Chicago (18th edition) bibliography entry for a newspaper article read online, with the
 * archived copy after the original URL:
 *
 *   Kozlov, Pyotr. “Title.” Moscow Times, December 11, 2024. https://original. Archived November 25, 2026, at News Archive, https://archive.
 *
 * The archive element names the archive before its address, as the Manual's form for an archived
 * web page does ("archived ... at the Wayback Machine, https://...").
 *
 * Headline-style title in quotation marks; the newspaper's name in italics without an initial
 * "The". An unsigned article puts the newspaper's name in the author's place:
 *
 *   Moscow Times. “Title.” December 11, 2024. https://original. Archived ...
 */
export function chicago(source: CitationSource): Formatted {
  const authors = chicagoAuthors(source.authors);
  const title = `“${withPeriod(quotedTitle(source.headline))}” `;
  const paper = { italic: withoutThe(source.publication) };
  const rest = `${chicagoDate(source.published)}. ${source.sourceUrl}. Archived ${chicagoDate(source.archived)}, at ${source.archiveName}, ${source.archiveUrl}.`;
  return authors
    ? compose([`${withPeriod(authors)} `, title, paper, `, ${rest}`])
    : compose([paper, `. ${title}`, rest]);
}

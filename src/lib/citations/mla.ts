import {
  compose,
  dateParts,
  monthName,
  quotedTitle,
  splitName,
  withPeriod,
  type CitationSource,
  type Formatted,
} from './source';

/** MLA abbreviates months longer than four letters: "Sept." but "June" and "July" in full. */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** "11 Dec. 2024": MLA writes day month year. */
export function mlaDate(iso: string): string {
  const [y, m, d] = dateParts(iso);
  return `${d} ${MLA_MONTHS[m - 1] ?? monthName(m)} ${y}`;
}

/** MLA gives URLs without "http://" or "https://". */
function mlaUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

/** One author inverted; two joined by "and"; three or more: the first and "et al." */
export function mlaAuthors(authors: readonly { name: string }[]): string {
  if (authors.length === 0) return '';
  const { given, family } = splitName(authors[0]!.name);
  const first = given ? `${family}, ${given}` : family;
  if (authors.length === 1) return first;
  if (authors.length === 2) return `${first}, and ${authors[1]!.name}`;
  return `${first}, et al`;
}

/**
 * An MLA (9th edition) works-cited entry. The newspaper is the first container, named as it
 * prints itself ("The" kept); the archive is a second container with the date of the snapshot and
 * its permanent address:
 *
 *   Kozlov, Pyotr. “Title.” The Moscow Times, 11 Dec. 2024, original-url. News Archive, 25 Nov. 2026, archive-url.
 */
export function mla(source: CitationSource): Formatted {
  const authors = mlaAuthors(source.authors);
  return compose([
    authors ? `${withPeriod(authors)} ` : '',
    `“${withPeriod(quotedTitle(source.headline))}” `,
    { italic: source.publication },
    `, ${mlaDate(source.published)}, ${mlaUrl(source.sourceUrl)}. `,
    { italic: source.archiveName },
    `, ${mlaDate(source.archived)}, ${mlaUrl(source.archiveUrl)}.`,
  ]);
}

/**
 * The seed article's citations, each written out by hand from its manual's rules (the rule is
 * noted beside each part), and compared with what the archive produces.
 */
import { describe, expect, it } from 'vitest';
import { citationFiles, citationsFor, type CitationSource } from '../../../../src/lib/citations';

const ORIGINAL =
  'https://www.themoscowtimes.com/2024/12/11/exclusive-russia-reeling-from-syrian-regimes-collapse-bets-on-chaos-to-preserve-its-foothold-a87297';
const ARCHIVE =
  'https://archive.example.org/articles/the-moscow-times/2024-12-11/russia-bets-on-chaos-to-preserve-its-syrian-foothold/20261125/';

const seed: CitationSource = {
  headline: "Exclusive: Russia, Reeling from Syrian Regime's Collapse, Bets on Chaos to Preserve Its Foothold",
  headlineSentenceCase:
    "Exclusive: Russia, reeling from Syrian regime's collapse, bets on chaos to preserve its foothold",
  authors: [{ name: 'Pyotr Kozlov' }],
  publication: 'The Moscow Times',
  published: '2024-12-11',
  sourceUrl: ORIGINAL,
  archiveName: 'News Archive',
  archiveUrl: ARCHIVE,
  archived: '2026-11-25',
  language: 'en',
  shortTitle: "Russia, Reeling from Syrian Regime's Collapse, Bets on Chaos to Preserve Its Foothold",
};

const style = (id: string) => citationsFor(seed).styles.find((s) => s.id === id)!.citation;

describe('citations of the seed article', () => {
  it('Chicago (18th): bibliography entry for a newspaper article read online', () => {
    const expected = [
      'Kozlov, Pyotr. ', // first author inverted, followed by a period
      '“Exclusive: Russia, Reeling from Syrian Regime’s Collapse, Bets on Chaos to Preserve Its Foothold.” ', // headline-style title in quotation marks, period inside
      'Moscow Times, ', // newspaper in italics, initial "The" omitted
      'December 11, 2024. ', // month day, year
      `${ORIGINAL}. `, // URL of the original
      `Archived November 25, 2026, at News Archive, ${ARCHIVE}.`, // the archive and the copy consulted, with its date
    ].join('');
    expect(style('chicago').text).toBe(expected);
    expect(style('chicago').html).toContain('<i>Moscow Times</i>, December 11, 2024.');
  });

  it('APA (7th): reference for a newspaper article, through citation-js', () => {
    const expected = [
      'Kozlov, P. ', // family name, initials
      '(2024, December 11). ', // (year, month day)
      'Exclusive: Russia, reeling from Syrian regime’s collapse, bets on chaos to preserve its foothold. ', // sentence case, no quotation marks
      'The Moscow Times. ', // newspaper in italics, "The" kept
      ORIGINAL, // URL last, with no period after it
      ` Archived November 25, 2026, at ${ARCHIVE}.`, // APA has no archive element: the archived copy follows in a sentence of its own
    ].join('');
    expect(style('apa').text).toBe(expected);
    expect(style('apa').html).toContain('<i>The Moscow Times</i>');
  });

  it('MLA (9th): works-cited entry with the archive as a second container', () => {
    const expected = [
      'Kozlov, Pyotr. ', // author inverted
      '“Exclusive: Russia, Reeling from Syrian Regime’s Collapse, Bets on Chaos to Preserve Its Foothold.” ', // title in quotation marks
      'The Moscow Times, ', // container, italic, named as it prints itself
      '11 Dec. 2024, ', // day month year, month abbreviated
      'www.themoscowtimes.com/2024/12/11/exclusive-russia-reeling-from-syrian-regimes-collapse-bets-on-chaos-to-preserve-its-foothold-a87297. ', // URL without https://
      'News Archive, ', // second container, italic
      '25 Nov. 2026, ', // the date of the archived copy
      'archive.example.org/articles/the-moscow-times/2024-12-11/russia-bets-on-chaos-to-preserve-its-syrian-foothold/20261125/.', // its location
    ].join('');
    expect(style('mla').text).toBe(expected);
    expect(style('mla').html).toContain('<i>The Moscow Times</i>, 11 Dec. 2024');
    expect(style('mla').html).toContain('<i>News Archive</i>, 25 Nov. 2026');
  });

  it('Bluebook (22nd): newspaper article online, archived copy in brackets as Perma.cc links are cited', () => {
    const expected = [
      'Pyotr Kozlov, ', // author's full name as printed
      'Exclusive: Russia, Reeling from Syrian Regime’s Collapse, Bets on Chaos to Preserve Its Foothold, ', // title in italics
      'Moscow Times ', // newspaper name, "The" omitted
      '(Dec. 11, 2024), ', // date in parentheses, month abbreviated per table T12
      `${ORIGINAL} `, // the URL
      `[${ARCHIVE}].`, // archived copy in square brackets
    ].join('');
    expect(style('bluebook').text).toBe(expected);
    expect(style('bluebook').html).toMatch(/^Pyotr Kozlov, <i>Exclusive: .* Its Foothold<\/i>, Moscow Times/);
  });

  it('CSL-JSON: an article-newspaper item with the original URL and the archived copy', () => {
    const [item] = JSON.parse(citationFiles(seed).cslJson);
    expect(item).toEqual({
      id: 'the-moscow-times/2024-12-11/russia-bets-on-chaos-to-preserve-its-syrian-foothold/20261125',
      type: 'article-newspaper',
      title: seed.headline,
      'title-short': seed.shortTitle, // the headline without its kicker
      author: [{ family: 'Kozlov', given: 'Pyotr' }],
      'container-title': 'The Moscow Times',
      issued: { 'date-parts': [[2024, 12, 11]] },
      URL: ORIGINAL,
      archive: 'News Archive', // the archive's name; no shelf mark, no invented access date
      note: `Archived copy: News Archive, 2026-11-25, ${ARCHIVE}`,
      language: 'en',
    });
  });

  it('RIS: a NEWS record, one tag per line, CRLF line ends', () => {
    const expected = [
      'TY  - NEWS', // reference type: newspaper article, first
      'AU  - Kozlov, Pyotr', // author, "Family, Given"
      'DA  - 2024/12/11/', // date as YYYY/MM/DD/
      'PY  - 2024', // publication year
      'LA  - en', // language
      `ST  - ${seed.shortTitle}`, // short title: the headline without its kicker
      'T2  - The Moscow Times', // secondary title: the newspaper
      `TI  - ${seed.headline}`, // primary title, whole, on one line
      `UR  - ${ORIGINAL}`, // the original's URL
      'DB  - News Archive', // name of database: the archive
      `N1  - Archived copy: News Archive, 2026-11-25, ${ARCHIVE}`, // note: the copy, as cite.json's note and Zotero's Extra
      'ER  - ', // end of record
      '',
    ].join('\r\n');
    expect(citationFiles(seed).ris).toBe(expected);
  });

  it('BibTeX: an @article entry (BibTeX has no newspaper type) with the archived copy in its note', () => {
    const expected = [
      '@article{Kozlov2024Exclusive,', // key: author, year, first title word
      '\tentrysubtype = {newspaper},', // biblatex's mark of a newspaper article
      '\tauthor = {Kozlov, Pyotr},', // "Family, Given"
      '\tjournal = {The Moscow Times},', // the newspaper
      '\tyear = {2024},',
      '\tmonth = dec,', // BibTeX's month macro, unbraced
      '\tday = {11},', // biblatex reads the day
      `\tnote = {Archived copy: News Archive, 2026-11-25, ${ARCHIVE}},`, // kept by every style
      "\ttitle = {Exclusive: Russia, {Reeling} from {Syrian} {Regime}'s {Collapse}, {Bets} on {Chaos} to {Preserve} {Its} {Foothold}},", // capitals braced so styles keep them
      `\turl = {${ORIGINAL}},`,
      `\tshorttitle = {${seed.shortTitle}},`, // the headline without its kicker
      '}',
      '',
    ].join('\n');
    expect(citationFiles(seed).bibtex).toBe(expected);
  });

  it('is computed once per snapshot', () => {
    expect(citationsFor({ ...seed })).toBe(citationsFor(seed));
  });
});

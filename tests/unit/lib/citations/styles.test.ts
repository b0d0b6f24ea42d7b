import { describe, expect, it } from 'vitest';
import { bluebook, bluebookAuthors, bluebookPeriodical } from '../../../../src/lib/citations/bluebook';
import { chicago, chicagoAuthors } from '../../../../src/lib/citations/chicago';
import { mla, mlaAuthors, mlaDate } from '../../../../src/lib/citations/mla';
import { quotedTitle, withPeriod, type CitationSource } from '../../../../src/lib/citations/source';

const base: CitationSource = {
  headline: 'Who Said "Never"?',
  authors: [],
  publication: 'The Guardian',
  published: '2023-09-05',
  sourceUrl: 'https://example.com/a',
  archiveName: 'News Archive',
  archiveUrl: 'https://archive.example/a/',
  archived: '2023-09-06',
  language: 'en',
};

describe('citation styles beyond the seed', () => {
  it('name several authors the way each manual lists them', () => {
    const three = [{ name: 'Ann Lee' }, { name: 'Bo Park' }, { name: 'Cy Young' }];
    expect(chicagoAuthors(three)).toBe('Lee, Ann, Bo Park, and Cy Young');
    expect(chicagoAuthors(three.slice(0, 2))).toBe('Lee, Ann, and Bo Park');
    expect(mlaAuthors(three)).toBe('Lee, Ann, et al');
    expect(mlaAuthors(three.slice(0, 2))).toBe('Lee, Ann, and Bo Park');
    expect(bluebookAuthors(three.slice(0, 2))).toBe('Ann Lee & Bo Park');
    expect(bluebookAuthors(three)).toBe('Ann Lee et al.');
  });

  it('handle an unsigned article, and add no period after a question mark', () => {
    // Chicago puts the newspaper in the author's place; MLA and Bluebook begin with the title.
    expect(chicago(base).text).toMatch(/^Guardian\. “Who Said ‘Never’\?” September 5, 2023\./);
    expect(mla(base).text).toMatch(/^“Who Said ‘Never’\?” The Guardian, 5 Sept\. 2023,/);
    expect(bluebook(base).text).toMatch(/^Who Said “Never”\?, Guardian \(Sept\. 5, 2023\)/);
  });

  it('write MLA months as the handbook abbreviates them', () => {
    expect(mlaDate('2024-06-01')).toBe('1 June 2024');
    expect(mlaDate('2024-05-31')).toBe('31 May 2024');
    expect(mlaDate('2024-09-30')).toBe('30 Sept. 2024');
  });

  it('nest quotation marks and turn apostrophes typographic', () => {
    expect(quotedTitle(`Regime's "Collapse"`)).toBe('Regime’s ‘Collapse’');
    expect(quotedTitle("Diplomats' Fears Grow as 'War' Looms")).toBe('Diplomats’ Fears Grow as ‘War’ Looms');
    expect(withPeriod(quotedTitle("'No Deal'"))).toBe('‘No Deal.’');
    expect(withPeriod('Already ended.')).toBe('Already ended.');
  });

  it('list at most six authors in Chicago, then the first three and et al.', () => {
    const seven = ['A One', 'B Two', 'C Three', 'D Four', 'E Five', 'F Six', 'G Seven'].map((name) => ({ name }));
    expect(chicagoAuthors(seven)).toBe('One, A, B Two, C Three, et al');
  });

  it('abbreviate newspaper names in Bluebook per table T13', () => {
    expect(bluebookPeriodical('The New York Times')).toBe('N.Y. Times');
    expect(bluebookPeriodical('The Wall Street Journal')).toBe('Wall St. J.');
    expect(bluebookPeriodical('The Washington Post')).toBe('Wash. Post');
    expect(bluebookPeriodical('The Moscow Times')).toBe('Moscow Times');
  });

  it('escape markup in the HTML form', () => {
    expect(chicago({ ...base, headline: '<script>x</script>' }).html).not.toContain('<script>');
  });
});

describe('APA through citeproc', () => {
  it('keeps only the italics of the style, never markup or styles from a headline', async () => {
    const { italicsOnly } = await import('../../../../src/lib/citations/citation-js');
    expect(italicsOnly('A <b>bold</b> claim. <i>The <span style="font-style:normal;">Evil</span> Times</i>.')).toBe(
      'A bold claim. <i>The Evil Times</i>.',
    );
    expect(italicsOnly('&#60;/script&#62; <i onclick="x()">P</i>')).toBe('&#x3C;/script> <i>P</i>');
  });
});

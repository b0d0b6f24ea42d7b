import { describe, expect, it } from 'vitest';
import { apa, cslItem } from '../../../../src/lib/citations/citation-js';
import type { CitationSource } from '../../../../src/lib/citations';

const source = (i: number, author = `Anna Petrova${i}`): CitationSource => ({
  headline: `Story number ${i}`,
  authors: [{ name: author }],
  publication: 'The Moscow Times',
  published: '2024-12-11',
  sourceUrl: `https://www.themoscowtimes.com/2024/12/11/story-${i}`,
  archiveName: 'News Archive',
  archiveUrl: `https://archive.example/articles/the-moscow-times/2024-12-11/story-${i}/20261125/`,
  archived: '2026-11-25',
  language: 'en',
});
const format = (s: CitationSource) => apa(s, cslItem(s, s.archiveUrl)).text;

describe('APA across a whole archive', () => {
  it('formats each article the same whatever was formatted before it', () => {
    const first = format(source(0));
    for (let i = 1; i <= 50; i++) format(source(i));
    expect(format(source(0))).toBe(first);
  });

  it('never tells two articles by one author apart with a year letter, as each reference stands alone', () => {
    const a = format(source(1, 'Pyotr Kozlov'));
    const b = format(source(2, 'Pyotr Kozlov'));
    expect(a).toMatch(/^Kozlov, P\. \(2024, December 11\)\. Story number 1\./);
    expect(b).toMatch(/^Kozlov, P\. \(2024, December 11\)\. Story number 2\./);
  });
});

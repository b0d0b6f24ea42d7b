import { createRequire } from 'node:module';
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

/** citation-js's one APA engine (citeproc), as its own cache holds it. */
function apaEngine(): { tmp: { taintedItemIDs?: Record<string, unknown> } } {
  const { fetchEngine } = createRequire(import.meta.url)('@citation-js/plugin-csl/lib/engines.js');
  return fetchEngine(
    'apa',
    'en-US',
    '',
    () => ({}),
    () => '',
  );
}

describe('APA across a whole archive', () => {
  it('formats each article the same whatever was formatted before it', () => {
    const first = format(source(0));
    for (let i = 1; i <= 50; i++) format(source(i));
    expect(format(source(0))).toBe(first);
  });

  it('keeps citeproc from recording every article it has formatted, which slowed each next one', () => {
    for (let i = 100; i < 150; i++) format(source(i));
    expect(Object.keys(apaEngine().tmp.taintedItemIDs ?? {}).length).toBeLessThanOrEqual(1);
  });

  it('never tells two articles by one author apart with a year letter, as each reference stands alone', () => {
    const a = format(source(1, 'Pyotr Kozlov'));
    const b = format(source(2, 'Pyotr Kozlov'));
    expect(a).toMatch(/^Kozlov, P\. \(2024, December 11\)\. Story number 1\./);
    expect(b).toMatch(/^Kozlov, P\. \(2024, December 11\)\. Story number 2\./);
  });
});

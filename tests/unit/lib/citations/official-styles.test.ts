/**
 * The seed's `cite.json`, as a reference manager would render it: through citeproc-js (the CSL
 * processor inside Zotero and Mendeley) with the official Chicago 18th, APA 7th and MLA 9th styles.
 * Each reference must read as a sentence of its manual, naming the newspaper article at its original
 * address, with nothing of the archived copy printed where a style expects a shelf mark or a
 * reader's access date.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import CSL from 'citeproc';
import { describe, expect, it } from 'vitest';
import { citationFiles, type CitationSource } from '../../../../src/lib/citations';
import { ROOT } from '../../../helpers/project-copy';

const ORIGINAL =
  'https://www.themoscowtimes.com/2024/12/11/exclusive-russia-reeling-from-syrian-regimes-collapse-bets-on-chaos-to-preserve-its-foothold-a87297';
const ARCHIVE =
  'https://archive.example.org/articles/the-moscow-times/2024-12-11/russia-bets-on-chaos-to-preserve-its-syrian-foothold/20261125/';
const HEADLINE = "Exclusive: Russia, Reeling from Syrian Regime's Collapse, Bets on Chaos to Preserve Its Foothold";

const seed: CitationSource = {
  headline: HEADLINE,
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

const csl = (file: string) => readFileSync(join(ROOT, 'tests/fixtures/csl', file), 'utf8');

const items = new Map<string, { id: string }>();
const engines = new Map<string, CSL.Engine>();

/** The bibliography entry citeproc-js makes of one CSL-JSON item in one official style, as text. */
function render(style: string, item: { id: string }): string {
  items.set(item.id, item);
  // A style is compiled once: the Chicago one is large.
  const engine =
    engines.get(style) ??
    new CSL.Engine(
      { retrieveLocale: () => csl('locales-en-US.xml'), retrieveItem: (id: string) => items.get(id)! },
      csl(`${style}.csl`),
      'en-US',
    );
  engines.set(style, engine);
  engine.setOutputFormat('text');
  engine.updateItems([item.id]);
  const [, entries] = engine.makeBibliography() || [null, []];
  return entries.join('').trim();
}

/** What makes a reference read wrongly: each flaw a reader would notice, named. */
function flaws(text: string): string[] {
  return [
    /\bHttps?:\/\//.test(text) && 'an address capitalised as the start of a sentence',
    /[.,;:]\s*[.,;:]/.test(text) && 'doubled punctuation',
    text.includes(ARCHIVE) && "the archived copy's address printed as a place in an archive",
    /\b(accessed|retrieved)\b/i.test(text) && 'an access date the reader never gave',
    !text.includes(ORIGINAL) && 'no original address',
    !/Moscow Times/.test(text) && 'no newspaper',
    !/Kozlov/.test(text) && 'no author',
    !/2024/.test(text) && 'no date of publication',
    !text.includes('Preserve Its Foothold') && 'no full headline',
  ].filter((flaw): flaw is string => typeof flaw === 'string');
}

const item = JSON.parse(citationFiles(seed).cslJson)[0];

describe.each([
  ['chicago-notes-bibliography', 'Chicago 18th', 'Kozlov, Pyotr. “Exclusive:'],
  ['apa', 'APA 7th', 'Kozlov, P. (2024, December 11). Exclusive:'],
  ['modern-language-association', 'MLA 9th', 'Kozlov, Pyotr. “Exclusive:'],
])("the seed's cite.json in the official %s style", (style, name, start) => {
  it(`reads as a ${name} reference to the newspaper article at its original address`, () => {
    const text = render(style, item);
    expect(text.startsWith(start), text).toBe(true);
    expect(flaws(text), text).toEqual([]);
    expect(text).toContain('News Archive');
  });

  it('would show the flaws of an item with the copy in archive_location and an access date', () => {
    // The form cite.json once had: these checks must be able to see what went wrong with it.
    const { note: _note, ...rest } = item;
    const misused = { ...rest, id: 'misused', archive_location: ARCHIVE, accessed: { 'date-parts': [[2026, 11, 25]] } };
    expect(flaws(render(style, misused)).length).toBeGreaterThan(0);
  });
});

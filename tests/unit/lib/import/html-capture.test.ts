import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtmlCapture } from '../../../../src/lib/import/html-capture';

const fixture = (name: string) =>
  parseHtmlCapture(readFileSync(new URL(`../../../fixtures/import/${name}`, import.meta.url), 'utf8'));

/** Text from the pages' scripts, styles, navigation, ads and footers: none may reach an entry. */
const JUNK = [
  'MUST-NOT-APPEAR',
  'trackingPixel',
  'document.write',
  'Advertisement',
  'Sponsored',
  'Most read',
  'cookies',
  'Subscribe',
  'Copyright',
  'Terms of use',
  'newsletter',
  '<',
];

function expectCleanBody(body: string, paragraphs: string[]) {
  for (const junk of JUNK) expect(body, junk).not.toContain(junk);
  for (const paragraph of paragraphs) expect(body).toContain(paragraph);
}

describe('a page with JSON-LD NewsArticle (in @graph)', () => {
  const draft = fixture('news-json-ld.html');

  it('takes every field from JSON-LD over Open Graph and the canonical link', () => {
    expect(draft.headline).toEqual({
      value: 'Analysis: River Treaty Talks Stall as Drought Deepens',
      source: 'json-ld',
    });
    expect(draft.kicker).toBe('Analysis');
    expect(draft.authors).toEqual({ value: ['Marta Kowalska', 'Idris Haddad'], source: 'json-ld' });
    expect(draft.published).toEqual({ value: '2024-03-05', source: 'json-ld' });
    expect(draft.sourceUrl).toEqual({
      value: 'https://www.northerntribune.example/world/2024/03/05/analysis-river-treaty-talks-stall',
      source: 'json-ld',
    });
    // The publisher is a reference to an Organization node elsewhere in the graph.
    expect(draft.publicationName).toEqual({ value: 'The Northern Tribune', source: 'json-ld' });
    expect(draft.photo).toEqual({
      caption: 'The dry bed of the river near the border crossing.',
      credit: 'Anna Berg / Tribune',
      source: 'json-ld',
    });
    expect(draft.language).toEqual({ value: 'en-GB', source: 'page' });
  });

  it("reads the capture time from SingleFile's comment", () => {
    expect(draft.captured).toEqual({ value: '2024-03-05T17:42:10Z', source: 'saved-page' });
  });

  it('keeps the article text as Markdown without the headline, byline, dateline, figure or scripts', () => {
    expectCleanBody(draft.body, [
      "Negotiators from the three river states left Vienna on Monday without an agreement on how to share the river's shrinking flow",
      '## A treaty written for wetter years',
      '> Every month without a deal is a month of dry fields.',
      '[agriculture ministry](https://www.northerntribune.example/tags/agriculture)',
    ]);
    expect(draft.body).not.toContain('River Treaty Talks Stall');
    expect(draft.body).not.toContain('5 March 2024');
    expect(draft.body).not.toContain('Anna Berg');
  });
});

describe('a page with only Open Graph', () => {
  const draft = fixture('news-open-graph.html');

  it('takes the fields from og:* and article:* tags, skipping an author given as a URL', () => {
    expect(draft.headline).toEqual({ value: 'Harbour Cranes Return to Work After Strike Ends', source: 'open-graph' });
    expect(draft.authors).toEqual({ value: ['Sam Okafor'], source: 'open-graph' });
    expect(draft.published).toEqual({ value: '2024-06-14', source: 'open-graph' });
    expect(draft.sourceUrl).toEqual({
      value: 'https://news.coastalcourier.example/local/harbour-cranes-return',
      source: 'open-graph',
    });
    expect(draft.publicationName).toEqual({ value: 'Coastal Courier', source: 'open-graph' });
    expect(draft.captured).toBeUndefined();
  });

  it('finds the lead caption and sees that it has no credit', () => {
    expect(draft.photo).toEqual({ caption: 'Cranes at the container terminal on Friday morning.', source: 'page' });
  });

  it('keeps the article paragraphs only', () => {
    expectCleanBody(draft.body, [
      'The cranes at the container terminal were moving again on Friday',
      'limits night shifts to three a week',
      'Port managers said it would take about a week',
    ]);
  });
});

describe('a page with only citation_* tags', () => {
  const draft = fixture('news-citation.html');

  it('takes the fields from citation_* tags and the URL from the canonical link', () => {
    expect(draft.headline).toEqual({ value: 'Library to Stay Open on Sundays After Council Vote', source: 'citation' });
    // citation_author gives "Family, Given"; the entry keeps names as a byline prints them.
    expect(draft.authors).toEqual({ value: ['Elin Lindqvist', 'Kofi Mensah'], source: 'citation' });
    expect(draft.published).toEqual({ value: '2023-11-20', source: 'citation' });
    expect(draft.publicationName).toEqual({ value: 'The Valley Ledger', source: 'citation' });
    expect(draft.sourceUrl).toEqual({
      value: 'https://valleyledger.example/2023/11/20/library-sundays',
      source: 'canonical',
    });
    expect(draft.photo).toBeUndefined();
    expect(draft.language).toBeUndefined();
  });

  it('keeps the article paragraphs without the dateline', () => {
    expectCleanBody(draft.body, [
      'The town library will open on Sundays from January',
      'Councillors approved the spending by seven votes to two.',
      'repairing roads in the north of the town',
    ]);
    expect(draft.body).not.toContain('November 20, 2023');
  });
});

describe('a page with no metadata, only a visible byline and <time>', () => {
  const draft = fixture('news-visible-only.html');

  it('reads the headline, byline and date from the page itself', () => {
    expect(draft.headline).toEqual({ value: 'Ferry Timetable Changes for Winter', source: 'page' });
    expect(draft.authors).toEqual({ value: ['Ana Lima'], source: 'page' });
    expect(draft.published).toEqual({ value: '2024-10-28', source: 'page' });
    expect(draft.language).toEqual({ value: 'pt-BR', source: 'page' });
  });

  it('gives no source URL, so the editor must pass --url', () => {
    expect(draft.sourceUrl).toBeUndefined();
  });

  it('keeps the article paragraphs only', () => {
    expectCleanBody(draft.body, [
      "The island's ferry operator will run four crossings a day",
      'review the timetable in February',
    ]);
    expect(draft.body).not.toContain('By Ana Lima');
  });
});

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

/** A saved page with the given head and body, its article long enough for Readability. */
const page = (head: string, body: string, end = '') =>
  parseHtmlCapture(
    `<html lang="en"><head><title>Bridge vote</title>${head}</head><body><article><h1>Bridge vote</h1>${body}${'<p>The council voted on Tuesday to build a new bridge across the river, after a debate that lasted most of the night.</p>'.repeat(4)}${end}</article></body></html>`,
    { published: { value: '2024-03-05', source: 'flag' } },
  );

describe('the publication name by agreement', () => {
  it("counts og:site_name once, so the title's fuller spelling wins the tie", () => {
    const draft = parseHtmlCapture(
      `<html lang="en"><head><title>Bridge vote - The Harbour Courier</title><meta property="og:site_name" content="Harbour Courier"></head><body><article><h1>Bridge vote</h1>${'<p>The council voted on Tuesday to build a new bridge across the river, after a debate that lasted most of the night.</p>'.repeat(4)}</article></body></html>`,
      { published: { value: '2024-03-05', source: 'flag' } },
    );
    expect(draft.publicationName?.value).toBe('The Harbour Courier');
  });
});

describe('bylines as pages print them', () => {
  it('reads the name in a byline whose parts run together, leaving out the date after it', () => {
    const draft = page(
      '',
      '<p class="byline"><span>by</span><a href="/a/jr">Jane Roe</a><time>22 Dec, 2016</time></p>',
    );
    expect(draft.authors?.value).toEqual(['Jane Roe']);
  });

  it('takes the author element inside a byline, not the role printed under it', () => {
    const draft = page(
      '',
      '<div class="byline"><a class="byline__author">Jane Roe</a><div>Harbour Reporter</div></div>',
    );
    expect(draft.authors?.value).toEqual(['Jane Roe']);
  });

  it('reads an agency byline with an "Updated" stamp as the agency', () => {
    const draft = page('', '<div class="byline">Harbour Wire Updated: January 16, 2020</div>');
    expect(draft.authors?.value).toEqual(['Harbour Wire']);
  });

  it('gives no author for a desk credit, a photo credit or the publisher company', () => {
    expect(page('', '<div class="byline">Our Foreign Staff</div>').authors).toBeUndefined();
    expect(page('', '<div class="byline">TMZ Staff</div>').authors).toBeUndefined();
    expect(page('<meta name="author" content="Jane Roe/Harbour Wire files">', '').authors).toBeUndefined();
    expect(page('<meta name="author" content="Courier Media GmbH, Munich, Germany">', '').authors).toBeUndefined();
  });

  it('drops the closing note about the author, keeping a last paragraph about the story', () => {
    const note = '<p>Jane Roe is a reporter for the Courier covering the harbour and the city council.</p>';
    const withNote = page('', '<div class="byline">By Jane Roe</div>', note);
    expect(withNote.body).not.toContain('Jane Roe is a reporter');
    const story = '<p>Jane Roe, the mayor, is expected to sign the order on Friday, her office said.</p>';
    expect(page('', '<div class="byline">By Jane Roe</div>', story).body).toContain('expected to sign');
  });

  it('drops a closing note that opens with the author and a verb other than "is"', () => {
    const note = '<p>Jane Roe covers the harbour. Since joining the Courier, she has covered the council.</p>';
    expect(page('', '<div class="byline">By Jane Roe</div>', note).body).not.toContain('Jane Roe covers');
  });

  it("does not take a reader comment's author for the byline", () => {
    const comments =
      '<section id="comments"><ol><li><div class="comment-author vcard">B.A. sagt:</div><p>Gut.</p></li></ol></section>';
    const draft = page('', '', comments);
    expect(draft.authors?.value ?? []).not.toContain('B.A. sagt:');
  });

  it('reads a byline set as a paragraph after the standfirst, and leaves it out of the text', () => {
    const text =
      '<p>Die Stadt baut eine Brücke über den Hafen, und der Rat hat den Bau am Dienstag beschlossen.</p>' +
      '<p><em>Von Anna Muster</em></p>';
    const draft = page('', text);
    expect(draft.authors?.value).toEqual(['Anna Muster']);
    expect(draft.body).not.toContain('Von Anna Muster');
  });
});

describe('JSON-LD of a piece that is not typed as an article', () => {
  it('reads the headline and date of a RadioEpisode', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'RadioEpisode',
      headline: 'Taking the floor',
      datePublished: '2020-01-14',
      publisher: { '@type': 'Organization', name: 'Harbour Radio' },
    });
    const draft = parseHtmlCapture(
      `<html><head><script type="application/ld+json">${ld}</script></head><body><article>${'<p>The council voted on Tuesday to build a new bridge across the river, after a debate that lasted most of the night.</p>'.repeat(4)}</article></body></html>`,
    );
    expect(draft.headline).toEqual({ value: 'Taking the floor', source: 'json-ld' });
    expect(draft.published).toEqual({ value: '2020-01-14', source: 'json-ld' });
    expect(draft.publicationName?.value).toBe('Harbour Radio');
  });
});

/** A saved page with no flag to fall back on: every field must come from the page. */
const bare = (head: string, body: string) =>
  parseHtmlCapture(
    `<html lang="en"><head><title>Bridge vote</title>${head}</head><body><article><h1>Bridge vote</h1>${body}${'<p>The council voted on Tuesday to build a new bridge across the river, after a debate that lasted most of the night.</p>'.repeat(4)}</article></body></html>`,
  );

describe('the publication day, by agreement', () => {
  it('reads the day an article id in the URL’s query starts with', () => {
    const draft = bare('<meta property="og:url" content="https://news.example/hl?a=20170309-35097838-sci">', '');
    expect(draft.published).toEqual({ value: '2017-03-09', source: 'url' });
  });

  it('lets the printed date and the URL outvote a JSON-LD time past midnight in UTC', () => {
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Bridge vote',
      datePublished: '2017-11-17T10:41:09Z',
    });
    const draft = bare(
      `<script type="application/ld+json">${ld}</script><meta property="og:url" content="https://news.example/2017/11/16/bridge/">`,
      '<p><time datetime="2017-11-16T14:15+0000">16 November 2017</time></p>',
    );
    expect(draft.published?.value).toBe('2017-11-16');
  });

  it('still takes a metadata date that stands alone against the URL', () => {
    const draft = bare(
      '<meta property="article:published_time" content="2017-11-17"><meta property="og:url" content="https://news.example/2017/11/16/bridge/">',
      '',
    );
    expect(draft.published).toEqual({ value: '2017-11-17', source: 'open-graph' });
  });
});

describe('bylines the page prints itself', () => {
  it('prefers the printed agency signature to a JSON-LD author the page never shows', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Bridge vote', author: { name: 'Edna Editor' } });
    const draft = page(
      `<script type="application/ld+json">${ld}</script>`,
      '',
      '<div class="signature"><strong class="signature__agency">Harbour Wire</strong></div>',
    );
    expect(draft.authors?.value).toEqual(['Harbour Wire']);
  });

  it('keeps the JSON-LD author the page prints', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Bridge vote', author: { name: 'Jane Roe' } });
    const draft = page(
      `<script type="application/ld+json">${ld}</script>`,
      '<p class="byline">By Jane Roe and John Doe</p>',
    );
    expect(draft.authors).toEqual({ value: ['Jane Roe'], source: 'json-ld' });
  });

  it('reads an author box, leaving out the place after the name', () => {
    const draft = page('', '<div class="author-box"><strong>Von <span>Anna Muster</span>, Berlin</strong></div>');
    expect(draft.authors?.value).toEqual(['Anna Muster']);
  });

  it('stops at a desk credit rather than taking a name from another story’s teaser', () => {
    const draft = page('', '<p class="byline">Our Foreign Staff</p>', '<div class="teaser-author">Jane Roe</div>');
    expect(draft.authors).toBeUndefined();
  });

  it('reads a byline signed at the foot of the article and leaves it out of the text', () => {
    const draft = page('', '', '<p>Par <strong>Jeanne Roux</strong></p>');
    expect(draft.authors?.value).toEqual(['Jeanne Roux']);
    expect(draft.body).not.toContain('Jeanne Roux');
  });

  it('reads the authors a closing note in italics introduces, and leaves the note out', () => {
    const draft = page('', '', '<p><em>Ana Ruiz es politóloga. Luis Gómez es abogado.</em></p>');
    expect(draft.authors?.value).toEqual(['Ana Ruiz', 'Luis Gómez']);
    expect(draft.body).not.toContain('politóloga');
  });
});

describe('the headline and the publication', () => {
  it('takes the printed <h1> when the metadata adds a tail to it', () => {
    const draft = page(
      '<meta property="og:title" content="Bridge vote (Harbour Wire) - The Courier"><meta property="og:site_name" content="The Courier">',
      '',
    );
    expect(draft.headline).toEqual({ value: 'Bridge vote', source: 'page' });
  });

  it('takes the name two witnesses agree on over the site’s shorter name', () => {
    const draft = page(
      '<meta property="og:site_name" content="Harbour"><meta name="twitter:site" content="@harbournews">',
      '',
    ).publicationName;
    expect(draft?.value).toBe('Harbour');
    const agreed = parseHtmlCapture(
      `<html><head><title>Bridge vote - Harbour News</title><meta property="og:site_name" content="Harbour"><meta name="twitter:site" content="@harbournews"></head><body><article><h1>Bridge vote</h1>${'<p>The council voted on Tuesday to build a new bridge across the river, after a debate that lasted most of the night.</p>'.repeat(4)}</article></body></html>`,
      { published: { value: '2024-03-05', source: 'flag' } },
    ).publicationName;
    expect(agreed?.value).toBe('Harbour News');
  });
});

describe('the article text keeps its classes through Readability', () => {
  it('drops a caption marked only by its class inside the article', () => {
    const draft = page('', '<p class="photo-caption">The old bridge in 1968</p>');
    expect(draft.body).not.toContain('The old bridge in 1968');
  });
});

describe('furniture the importer takes out before Readability', () => {
  const PARAGRAPH =
    '<p>The council voted on Tuesday to build a new bridge across the river, after a debate that lasted most of the night.</p>';

  it('keeps an article whose wrapper’s class mentions a byline', () => {
    const draft = parseHtmlCapture(
      `<html><head><title>Bridge vote | Courier | 12.03.2019</title></head><body><article class="story--has-byline"><h1>Bridge vote</h1>${PARAGRAPH.repeat(4)}</article></body></html>`,
      { published: { value: '2024-03-05', source: 'flag' } },
    );
    expect(draft.body).toContain('The council voted on Tuesday');
    // A date after the site's name in the <title> is passed over.
    expect(draft.publicationName?.value).toBe('Courier');
  });
});
